// The `Report` sheet: per product and location, what was there, what is there now.
import { Product, Quant } from './model';
import { OriginalLine, lineKey } from './originals';
import { GENERAL, SheetLayout, TEXT } from './sheet-layout';
import { _lt, _t } from './words/translate';
import { numberFormatFor, roundTo } from './uom';

export interface ReportRow {
  product: Product;
  location: string;
  company: string;
  package: string;
  owner: string;
  original: number;
  restored: number;
  difference: number;
  lots: number;
  untrackedLeft: number;
  references: string;
  isTotal: boolean;
  /** On a product's total row, when Odoo values stock: what the zeroing took out and the restore put back. */
  valueRemoved: number | null;
  valueAdded: number | null;
}

const qty = (r: ReportRow) => numberFormatFor(r.product.uom.rounding);

export const REPORT_LAYOUT: SheetLayout<ReportRow> = {
  sheet: 'Report',
  table: 'Report',
  columns: [
    { id: 'reference', header: _lt('Product reference'), value: (r) => r.product.reference, format: TEXT, width: 110 },
    { id: 'product', header: _lt('Product'), value: (r) => r.product.name, format: TEXT, width: 180 },
    { id: 'location', header: _lt('Location'), value: (r) => (r.isTotal ? _t('Total') : r.location), format: TEXT, width: 150 },
    { id: 'company', header: _lt('Company'), value: (r) => r.company || null, format: TEXT, width: 120 },
    { id: 'package', header: _lt('Package'), value: (r) => r.package || null, format: TEXT, width: 100 },
    { id: 'owner', header: _lt('Owner'), value: (r) => r.owner || null, format: TEXT, width: 120 },
    { id: 'original', header: _lt('Original'), value: (r) => r.original, format: qty, width: 80 },
    { id: 'restored', header: _lt('Restored'), value: (r) => r.restored, format: qty, width: 80 },
    { id: 'difference', header: _lt('Difference'), value: (r) => r.difference, format: qty, width: 80 },
    { id: 'lots', header: _lt('Lots'), value: (r) => r.lots, format: GENERAL, width: 50 },
    { id: 'untrackedLeft', header: _lt('Untracked left'), value: (r) => r.untrackedLeft, format: qty, width: 90 },
    { id: 'valueRemoved', header: _lt('Value removed'), value: (r) => r.valueRemoved, format: '#,##0.00', width: 90 },
    { id: 'valueAdded', header: _lt('Value added'), value: (r) => r.valueAdded, format: '#,##0.00', width: 90 },
    { id: 'references', header: _lt('Odoo references'), value: (r) => r.references, format: TEXT, width: 320 },
  ],
};

export interface Reconciliation {
  rows: ReportRow[];
  balanced: boolean;
  totals: { original: number; restored: number; products: number; lots: number };
  /** Value out at zeroing and in at restore, all products, when Odoo values stock. */
  value: { removed: number; added: number } | null;
}

/** Value per product of the zeroing (booked negative) and of the restore, from Odoo's valuation layers. */
export interface RunValues {
  zero: ReadonlyMap<number, number>;
  restore: ReadonlyMap<number, number>;
}

export type RestoredByLine = ReadonlyMap<string, { quantity: number; lots: ReadonlySet<string> }>;

/**
 * What the run's own restore moves brought to each original line (from `restoredByRun`):
 * lots that held stock there before the run (already-tracked products) are not counted.
 */
export function restoredByLine(byTarget: ReadonlyMap<string, number>): RestoredByLine {
  const map = new Map<string, { quantity: number; lots: Set<string> }>();
  for (const [key, quantity] of byTarget) {
    const cut = key.indexOf('|');
    const line = key.slice(0, cut);
    const entry = map.get(line) ?? { quantity: 0, lots: new Set<string>() };
    entry.quantity += quantity;
    if (quantity > 0) entry.lots.add(key.slice(cut + 1));
    map.set(line, entry);
  }
  return map;
}

/**
 * Compare each original line with what came back: the lot quants now at the same
 * location, package and owner, or, given `restored`, what the run's restore moves
 * brought there. Untracked stock left for these products is shown too: it must be 0.
 */
export function reconcile(
  originals: readonly OriginalLine[],
  quants: readonly Quant[],
  products: ReadonlyMap<number, Product>,
  references: readonly string[],
  values: RunValues | null = null,
  restored?: RestoredByLine,
): Reconciliation {
  const restoredBy = new Map<string, { quantity: number; lots: ReadonlySet<string> }>(restored ?? []);
  const untrackedBy = new Map<string, number>();
  for (const q of quants) {
    const key = lineKey(q.product.id, q.location.id, q.package?.id ?? null, q.owner?.id ?? null);
    if (q.lot) {
      if (restored) continue;
      const entry = restoredBy.get(key) ?? { quantity: 0, lots: new Set<string>() };
      entry.quantity += q.quantity;
      if (q.quantity > 0) (entry.lots as Set<string>).add(q.lot.name);
      restoredBy.set(key, entry);
    } else untrackedBy.set(key, (untrackedBy.get(key) ?? 0) + q.quantity);
  }
  const rows: ReportRow[] = [];
  const productIds = [...new Set(originals.map((o) => o.productId))].sort((a, b) =>
    (products.get(a)?.reference ?? '').localeCompare(products.get(b)?.reference ?? '', 'en', { numeric: true }),
  );
  let balanced = true;
  let lotsTotal = 0;
  for (const productId of productIds) {
    const product = products.get(productId)!;
    const r = (n: number) => roundTo(n, product.uom.rounding);
    const own = originals.filter((o) => o.productId === productId).sort((a, b) => a.location.name.localeCompare(b.location.name));
    const money = (n: number | undefined) => (values ? Math.round((n ?? 0) * 100) / 100 : null);
    const total: ReportRow = {
      product,
      location: '',
      company: '',
      package: '',
      owner: '',
      original: 0,
      restored: 0,
      difference: 0,
      lots: 0,
      untrackedLeft: 0,
      references: '',
      isTotal: true,
      valueRemoved: money(-(values?.zero.get(productId) ?? 0)),
      valueAdded: money(values?.restore.get(productId)),
    };
    for (const o of own) {
      const restored = restoredBy.get(o.key);
      const row: ReportRow = {
        product,
        location: o.location.name,
        company: o.company?.name ?? '',
        package: o.package?.name ?? '',
        owner: o.owner?.name ?? '',
        original: r(o.quantity),
        restored: r(restored?.quantity ?? 0),
        difference: r((restored?.quantity ?? 0) - o.quantity),
        lots: restored?.lots.size ?? 0,
        untrackedLeft: r(untrackedBy.get(o.key) ?? 0),
        references: [...o.evidence.references, ...references].join(', '),
        isTotal: false,
        valueRemoved: null,
        valueAdded: null,
      };
      if (row.difference !== 0 || row.untrackedLeft !== 0) balanced = false;
      rows.push(row);
      total.original = r(total.original + row.original);
      total.restored = r(total.restored + row.restored);
      total.lots += row.lots;
      total.untrackedLeft = r(total.untrackedLeft + row.untrackedLeft);
    }
    total.difference = r(total.restored - total.original);
    lotsTotal += total.lots;
    rows.push(total);
  }
  const totals = rows.filter((row) => row.isTotal);
  const sum = (pick: (r: ReportRow) => number | null) => Math.round(totals.reduce((s, r) => s + (pick(r) ?? 0), 0) * 100) / 100;
  return {
    rows,
    balanced,
    value: values ? { removed: sum((r) => r.valueRemoved), added: sum((r) => r.valueAdded) } : null,
    totals: {
      original: totals.reduce((s, t) => s + t.original, 0),
      restored: totals.reduce((s, t) => s + t.restored, 0),
      products: totals.length,
      lots: lotsTotal,
    },
  };
}
