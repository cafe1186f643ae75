// Turning validated targets into the fewest Odoo writes, and making a re-post a no-op:
// counts are absolute, so a target already met is skipped, never applied twice.
import { MoveLine, Quant } from './model';
import { lineKey } from './originals';
import { isMoveOfRun } from './run';
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

/**
 * What this run's restore moves put in each (line, lot), keyed like targets: the rest of a
 * lot's stock there was Odoo's already and stays on top of what the restore brings.
 */
export function restoredByRun(lines: readonly MoveLine[], run: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const l of lines) {
    if (!l.lot || !isMoveOfRun(l.reference, run, 'restore')) continue;
    for (const [place, pack, sign] of [
      [l.to, l.resultPackage, 1],
      [l.from, l.package, -1],
    ] as const) {
      if (place.usage !== 'internal') continue;
      const key = targetKey({ lineKey: lineKey(l.product.id, place.id, pack?.id ?? null, l.owner?.id ?? null), lot: l.lot.name });
      map.set(key, (map.get(key) ?? 0) + sign * l.quantity);
    }
  }
  return map;
}

/** Targets not yet met in Odoo; the rest landed already (an earlier, interrupted post). */
export function pendingTargets(targets: readonly RestoreTarget[], current: ReadonlyMap<string, number>): RestoreTarget[] {
  return targets.filter((t) => Math.abs((current.get(targetKey(t)) ?? 0) - t.quantity) > 1e-9);
}

/**
 * A lot's identity in Odoo: product, company and name (the same name may be a lot in each
 * of two companies). Company 0 stands for a lot shared by every company (18 and later).
 */
export function lotKey(productId: number, companyId: number | null, name: string): string {
  return `${productId}|${companyId ?? 0}|${name}`;
}

/** The lot a count in `companyId` may use: that company's own, else one shared by every company. */
export function lotFor<T>(lots: ReadonlyMap<string, T>, productId: number, companyId: number | null, name: string): T | undefined {
  return lots.get(lotKey(productId, companyId, name)) ?? lots.get(lotKey(productId, null, name));
}

export interface NewLot {
  productId: number;
  /** The company of the stock the lot will hold. */
  companyId: number;
  name: string;
  /** "YYYY-MM-DD" from the sheet; null lets Odoo default it (creation + the product's expiration time). */
  expiration: string | null;
}

/** Lots to create: those of the targets that Odoo does not have yet for the product. */
export function lotsToCreate(targets: readonly RestoreTarget[], existing: ReadonlyMap<string, number>): NewLot[] {
  const wanted = new Map<string, NewLot>();
  for (const t of targets) {
    if (lotFor(existing, t.productId, t.companyId, t.lot) !== undefined) continue;
    const key = lotKey(t.productId, t.companyId, t.lot);
    const known = wanted.get(key);
    if (!known) wanted.set(key, { productId: t.productId, companyId: t.companyId, name: t.lot, expiration: t.expiration ?? null });
    else known.expiration ??= t.expiration ?? null;
  }
  return [...wanted.values()];
}
