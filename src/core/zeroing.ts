// The zeroing adjustment: every internal quant of the chosen products counted to 0.
import { Product, Quant } from './model';
import { lineKey } from './originals';
import { GENERAL, ID, SheetLayout, TEXT, columnIndex } from './sheet-layout';
import { _lt, _t, quantity } from './words/translate';
import { isZero, numberFormatFor, roundTo } from './uom';

export interface ZeroLine {
  quant: Quant;
  product: Product;
}

const qtyFormat = (l: ZeroLine) => numberFormatFor(l.product.uom.rounding);

export const ZEROING_LAYOUT: SheetLayout<ZeroLine> = {
  sheet: 'Zeroing',
  table: 'Zeroing',
  columns: [
    { id: 'reference', header: _lt('Product reference'), value: (l) => l.product.reference, format: TEXT, width: 110 },
    { id: 'product', header: _lt('Product'), value: (l) => l.product.name, format: TEXT, width: 200 },
    { id: 'location', header: _lt('Location'), value: (l) => l.quant.location.name, format: TEXT, width: 160 },
    { id: 'company', header: _lt('Company'), value: (l) => l.quant.company?.name ?? null, format: TEXT, width: 120 },
    { id: 'package', header: _lt('Package'), value: (l) => l.quant.package?.name ?? null, format: TEXT, width: 110 },
    { id: 'owner', header: _lt('Owner'), value: (l) => l.quant.owner?.name ?? null, format: TEXT, width: 130 },
    { id: 'onHand', header: _lt('On hand'), value: (l) => l.quant.quantity, format: qtyFormat, width: 80 },
    { id: 'counted', header: _lt('Counted'), value: () => 0, format: qtyFormat, width: 80 },
    { id: 'difference', header: _lt('Difference'), value: (l) => -l.quant.quantity, format: qtyFormat, width: 80 },
    { id: 'uom', header: _lt('UoM'), value: (l) => l.product.uom.name, format: TEXT, width: 60 },
    { id: 'quantId', header: _lt('Quant ID'), value: (l) => l.quant.id, format: ID, technical: true },
    { id: 'productId', header: _lt('Product ID'), value: (l) => l.product.id, format: ID, technical: true },
    { id: 'locationId', header: _lt('Location ID'), value: (l) => l.quant.location.id, format: GENERAL, technical: true },
    { id: 'packageId', header: _lt('Package ID'), value: (l) => l.quant.package?.id ?? null, format: GENERAL, technical: true },
    { id: 'ownerId', header: _lt('Owner ID'), value: (l) => l.quant.owner?.id ?? null, format: GENERAL, technical: true },
  ],
};

/** A row of the Zeroing sheet as the user confirmed it. */
export interface PlannedZero {
  quantId: number;
  key: string;
  label: string;
  onHand: number;
}

export function readZeroingSheet(values: readonly (readonly unknown[])[]): PlannedZero[] {
  const col = columnIndex(ZEROING_LAYOUT.columns, values[0] ?? []);
  const get = (row: readonly unknown[], id: string) => row[col.get(id) ?? -1];
  const id = (v: unknown) => (typeof v === 'number' && v > 0 ? v : null);
  return values.slice(1).flatMap((row) => {
    const quantId = id(get(row, 'quantId'));
    const productId = id(get(row, 'productId'));
    const locationId = id(get(row, 'locationId'));
    if (!quantId || !productId || !locationId) return [];
    return [
      {
        quantId,
        key: lineKey(productId, locationId, id(get(row, 'packageId')), id(get(row, 'ownerId'))),
        label: _t('{product} at {location}', { product: String(get(row, 'reference') || get(row, 'product')), location: String(get(row, 'location')) }),
        onHand: Number(get(row, 'onHand')),
      },
    ];
  });
}

/**
 * Internal quants with stock and without a lot, of the chosen products. Stock already in
 * lots (a product whose tracking was switched before) is not the run's and stays as it is.
 */
export function planZeroing(quants: readonly Quant[], products: ReadonlyMap<number, Product>): ZeroLine[] {
  return quants
    .filter((q) => !q.lot && products.has(q.product.id) && !isZero(q.quantity, products.get(q.product.id)!.uom.rounding))
    .map((quant) => ({ quant, product: products.get(quant.product.id)! }))
    .sort(
      (a, b) =>
        (a.product.reference || a.product.name).localeCompare(b.product.reference || b.product.name, 'en', { numeric: true }) ||
        a.quant.location.name.localeCompare(b.quant.location.name) ||
        a.quant.id - b.quant.id,
    );
}

export interface ZeroingSummary {
  products: number;
  quants: number;
  /** Units per unit of measure, e.g. { Units: 240, kg: 12.35 }. */
  quantities: Record<string, number>;
  /** On hand x cost: what leaves the books at zeroing (Odoo values standard/AVCO this way). */
  value: number;
}

export function summarizeZeroing(lines: readonly ZeroLine[]): ZeroingSummary {
  const quantities: Record<string, number> = {};
  let value = 0;
  for (const l of lines) {
    quantities[l.product.uom.name] = roundTo((quantities[l.product.uom.name] ?? 0) + l.quant.quantity, l.product.uom.rounding);
    value += l.quant.quantity * l.product.cost;
  }
  return { products: new Set(lines.map((l) => l.product.id)).size, quants: lines.length, quantities, value: Math.round(value * 100) / 100 };
}

/**
 * Compare the plan the user confirmed with the quants read right before posting.
 * A quant whose quantity changed, appeared or vanished means stock moved in between:
 * the user must look at the new numbers before anything is posted. Quants this run
 * already zeroed (a resumed post) are expected to be at 0 and are not changes.
 */
export function changesSincePlan(planned: readonly PlannedZero[], current: readonly ZeroLine[], zeroedByRun: ReadonlySet<string>): string[] {
  const after = new Map(current.map((l) => [l.quant.id, l]));
  const plannedIds = new Set(planned.map((p) => p.quantId));
  const changes: string[] = [];
  for (const p of planned) {
    const now = after.get(p.quantId);
    if (!now) {
      if (!zeroedByRun.has(p.key))
        changes.push(_t('{place}: {sheet} in the sheet, now {odoo} in Odoo', { place: p.label, sheet: quantity(p.onHand), odoo: quantity(0) }));
    } else if (now.quant.quantity !== p.onHand)
      changes.push(_t('{place}: {sheet} in the sheet, now {odoo} in Odoo', { place: p.label, sheet: quantity(p.onHand), odoo: quantity(now.quant.quantity) }));
  }
  for (const [id, line] of after) {
    if (!plannedIds.has(id))
      changes.push(
        _t('{place}: {odoo} in Odoo, not in the sheet', {
          place: _t('{product} at {location}', { product: line.product.reference || line.product.name, location: line.quant.location.name }),
          odoo: quantity(line.quant.quantity),
        }),
      );
  }
  return changes;
}
