// Original quantities recovered from Odoo's history for zeroings done by anyone, any
// way: this add-in, a quant's Apply button ("Product Quantity Updated (user)"), the
// header Apply with a typed reason, over several days. The full done history of each
// product is replayed per location, package and owner, so older adjustments and
// transfers are counted exactly as Odoo counted them, not guessed.
import { MoveLine } from './model';
import { OriginalLine, lineKey } from './originals';
import { _t, quantity } from './words/translate';
import { day } from './words/dates';

export interface RecoveredLine extends OriginalLine {
  /** Reasons to ask the user instead of trusting the number silently. */
  doubts: string[];
  zeroedAt: string;
  zeroedBy: string;
  /** Untracked stock at this place now (should be 0). */
  untrackedNow: number;
}

const EPS = 1e-9;

interface Place {
  key: string;
  productId: number;
  location: { id: number; name: string };
  package: { id: number; name: string } | null;
  owner: { id: number; name: string } | null;
  company: { id: number; name: string } | null;
}

interface Zeroing {
  line: MoveLine;
  before: number;
}

/**
 * Replay untracked stock per place; a zeroing is an inventory move out of an internal
 * location that leaves 0 behind. The latest zeroing of each place gives its original.
 */
export function recoverOriginals(lines: readonly MoveLine[]): RecoveredLine[] {
  const ordered = [...lines].filter((l) => !l.lot).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  const balance = new Map<string, number>();
  const places = new Map<string, Place>();
  const zeroings = new Map<string, Zeroing[]>();
  const after = new Map<string, MoveLine[]>(); // moves into a place after its latest zeroing

  const touch = (place: Place, delta: number, line: MoveLine, outgoing: boolean) => {
    places.set(place.key, place);
    const before = balance.get(place.key) ?? 0;
    const now = before + delta;
    balance.set(place.key, now);
    const zs = zeroings.get(place.key);
    if (outgoing && line.isInventory && before > EPS && Math.abs(now) < EPS) {
      zeroings.set(place.key, [...(zs ?? []), { line, before }]);
      after.set(place.key, []);
    } else if (zs && !outgoing) after.get(place.key)!.push(line);
  };

  for (const line of ordered) {
    if (line.from.usage === 'internal') {
      touch(place(line, line.from, line.package), -line.quantity, line, true);
    }
    if (line.to.usage === 'internal') {
      touch(place(line, line.to, line.resultPackage), line.quantity, line, false);
    }
  }

  const recovered: RecoveredLine[] = [];
  for (const [key, list] of zeroings) {
    const latest = list[list.length - 1];
    const p = places.get(key)!;
    const doubts: string[] = [];
    const arrivals = after.get(key) ?? [];
    const now = Math.round((balance.get(key) ?? 0) * 1e6) / 1e6;
    if (list.length > 1) {
      doubts.push(
        _t('This place was zeroed {count} times ({zeroings}); the latest is used.', {
          count: list.length,
          zeroings: list.map((z) => `${day(z.line.date)}: ${quantity(round(z.before))}`).join(', '),
        }),
      );
    }
    if (arrivals.length) {
      doubts.push(
        _t('Stock arrived here after the zeroing ({arrivals}); it is not part of the original.', {
          arrivals: arrivals
            .map((a) => _t('{qty} by {reference} on {date}', { qty: quantity(round(a.quantity)), reference: a.reference, date: day(a.date) }))
            .join('; '),
        }),
      );
    }
    if (now < -EPS) doubts.push(_t('Odoo shows a negative untracked quantity here now ({qty}).', { qty: quantity(now) }));
    if (list.some((z, i) => i > 0 && z.before < 0)) doubts.push(_t('The quantity was negative before a zeroing.'));
    recovered.push({
      key,
      productId: p.productId,
      location: p.location,
      package: p.package,
      owner: p.owner,
      company: p.company,
      quantity: round(latest.before),
      evidence: { references: [latest.line.reference], dates: [latest.line.date], moveLineIds: [latest.line.id] },
      doubts,
      zeroedAt: latest.line.date,
      zeroedBy: latest.line.user,
      untrackedNow: now,
    });
  }
  return recovered;
}

/** Places zeroed and never restored: nothing came back since, untracked or with lots. */
export function stillAtZero(recovered: readonly RecoveredLine[], restoredWithLots: ReadonlyMap<string, number>): RecoveredLine[] {
  return recovered.filter((r) => Math.abs(r.untrackedNow) < EPS && (restoredWithLots.get(r.key) ?? 0) < EPS);
}

function place(line: MoveLine, location: { id: number; name: string }, pack: { id: number; name: string } | null): Place {
  return {
    key: lineKey(line.product.id, location.id, pack?.id ?? null, line.owner?.id ?? null),
    productId: line.product.id,
    location: { id: location.id, name: location.name },
    package: pack,
    owner: line.owner,
    company: line.company,
  };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
