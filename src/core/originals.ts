// Original quantities, rebuilt from Odoo's own history: the done inventory move
// lines that took untracked stock to the inventory-adjustment location.
import { MoveLine, Ref } from './model';
import { RunPhase, isMoveOfRun } from './run';

export interface OriginalLine {
  /** "product/location/package/owner" ids, the line's identity in every sheet. */
  key: string;
  productId: number;
  location: Ref;
  package: Ref | null;
  owner: Ref | null;
  /** The company of the location: lots restored here are made in it. */
  company: Ref | null;
  quantity: number;
  /** Where the number comes from, for the accountant's audit. */
  evidence: { references: string[]; dates: string[]; moveLineIds: number[] };
  /** Why the history leaves this number in doubt; the user must confirm it (see core/recovery). */
  doubts?: string[];
}

export function lineKey(productId: number, locationId: number, packageId: number | null, ownerId: number | null): string {
  return `${productId}/${locationId}/${packageId ?? 0}/${ownerId ?? 0}`;
}

/**
 * Originals of one run: its zeroing lines (internal -> inventory loss) summed per
 * product, location, package and owner. A zeroing resumed after a crash may have
 * posted in several calls; the sum is still the original.
 */
export function originalsOfRun(lines: readonly MoveLine[], run: string, phase: RunPhase = 'zero'): OriginalLine[] {
  const byKey = new Map<string, OriginalLine>();
  for (const line of lines) {
    if (!line.isInventory || line.lot || !isMoveOfRun(line.reference, run, phase)) continue;
    const outgoing = line.from.usage === 'internal' || line.to.usage === 'inventory';
    const location = outgoing ? line.from : line.to;
    const pack = outgoing ? line.package : line.resultPackage;
    const key = lineKey(line.product.id, location.id, pack?.id ?? null, line.owner?.id ?? null);
    const entry = byKey.get(key) ?? {
      key,
      productId: line.product.id,
      location: { id: location.id, name: location.name },
      package: pack,
      owner: line.owner,
      company: line.company,
      quantity: 0,
      evidence: { references: [], dates: [], moveLineIds: [] },
    };
    entry.quantity += outgoing ? line.quantity : -line.quantity;
    if (!entry.evidence.references.includes(line.reference)) entry.evidence.references.push(line.reference);
    entry.evidence.dates.push(line.date);
    entry.evidence.moveLineIds.push(line.id);
    byKey.set(key, entry);
  }
  return [...byKey.values()].filter((o) => Math.abs(o.quantity) > 1e-9).map((o) => ({ ...o, quantity: Math.round(o.quantity * 1e6) / 1e6 }));
}
