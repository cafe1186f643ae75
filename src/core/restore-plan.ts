// Turning validated targets into the fewest Odoo writes, and making a re-post a no-op:
// counts are absolute, so a target already met is skipped, never applied twice.
import { Quant } from './model';
import { lineKey } from './originals';
import { RestoreTarget } from './validate-restore';

export function targetKey(t: { lineKey: string; lot: string }): string {
  return `${t.lineKey}|${t.lot}`;
}

/** Current lot quantities of these products' quants, keyed like targets. */
export function currentLotQuantities(quants: readonly Quant[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const q of quants) {
    if (!q.lot) continue;
    const key = targetKey({ lineKey: lineKey(q.product.id, q.location.id, q.package?.id ?? null, q.owner?.id ?? null), lot: q.lot.name });
    map.set(key, (map.get(key) ?? 0) + q.quantity);
  }
  return map;
}

/** Targets not yet met in Odoo; the rest landed already (an earlier, interrupted post). */
export function pendingTargets(targets: readonly RestoreTarget[], current: ReadonlyMap<string, number>): RestoreTarget[] {
  return targets.filter((t) => Math.abs((current.get(targetKey(t)) ?? 0) - t.quantity) > 1e-9);
}

export interface NewLot {
  productId: number;
  name: string;
  /** "YYYY-MM-DD" from the sheet; null lets Odoo default it (creation + the product's expiration time). */
  expiration: string | null;
}

/** Lots to create: those of the targets that Odoo does not have yet for the product. */
export function lotsToCreate(targets: readonly RestoreTarget[], existing: ReadonlyMap<string, number>): NewLot[] {
  const wanted = new Map<string, NewLot>();
  for (const t of targets) {
    const key = `${t.productId}|${t.lot}`;
    if (existing.has(key)) continue;
    const known = wanted.get(key);
    if (!known) wanted.set(key, { productId: t.productId, name: t.lot, expiration: t.expiration ?? null });
    else known.expiration ??= t.expiration ?? null;
  }
  return [...wanted.values()];
}
