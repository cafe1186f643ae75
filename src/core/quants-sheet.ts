// The `Quants` sheet: one row per quant, what a user reads first, Odoo ids at the right.
import { Product, Quant } from './model';
import { ID, SheetLayout, TEXT } from './sheet-layout';
import { trackingWord } from './products-sheet';
import { _lt, _t } from './words/translate';
import { numberFormatFor } from './uom';

export interface QuantRow {
  quant: Quant;
  product: Product;
}

const quantityFormat = (row: QuantRow) => numberFormatFor(row.product.uom.rounding);

export const QUANTS_LAYOUT: SheetLayout<QuantRow> = {
  sheet: 'Quants',
  table: 'Quants',
  columns: [
    { id: 'reference', header: _lt('Product reference'), value: (r) => r.product.reference, format: TEXT, width: 110 },
    { id: 'product', header: _lt('Product'), value: (r) => r.product.name, format: TEXT, width: 220 },
    { id: 'location', header: _lt('Location'), value: (r) => r.quant.location.name, format: TEXT, width: 160 },
    { id: 'company', header: _lt('Company'), value: (r) => r.quant.company?.name ?? null, format: TEXT, width: 120 },
    { id: 'package', header: _lt('Package'), value: (r) => r.quant.package?.name ?? null, format: TEXT, width: 110 },
    { id: 'owner', header: _lt('Owner'), value: (r) => r.quant.owner?.name ?? null, format: TEXT, width: 130 },
    { id: 'lot', header: _lt('Lot/Serial'), value: (r) => r.quant.lot?.name ?? null, format: TEXT, width: 120 },
    { id: 'onHand', header: _lt('On hand'), value: (r) => r.quant.quantity, format: quantityFormat, width: 80 },
    { id: 'reserved', header: _lt('Reserved'), value: (r) => r.quant.reserved, format: quantityFormat, width: 80 },
    { id: 'uom', header: _lt('UoM'), value: (r) => r.product.uom.name, format: TEXT, width: 60 },
    { id: 'tracking', header: _lt('Tracking'), value: (r) => trackingWord(r.product.tracking), format: TEXT, width: 70 },
    { id: 'quantId', header: _lt('Quant ID'), value: (r) => r.quant.id, format: ID, technical: true },
    { id: 'productId', header: _lt('Product ID'), value: (r) => r.product.id, format: ID, technical: true },
    { id: 'locationId', header: _lt('Location ID'), value: (r) => r.quant.location.id, format: ID, technical: true },
    { id: 'packageId', header: _lt('Package ID'), value: (r) => r.quant.package?.id ?? null, format: ID, technical: true },
    { id: 'ownerId', header: _lt('Owner ID'), value: (r) => r.quant.owner?.id ?? null, format: ID, technical: true },
    { id: 'lotId', header: _lt('Lot ID'), value: (r) => r.quant.lot?.id ?? null, format: ID, technical: true },
  ],
};

/** Stable order a user expects: product reference, then location, then package, owner, lot. */
export function sortQuantRows(rows: QuantRow[]): QuantRow[] {
  const key = (r: QuantRow) => [
    r.product.reference || r.product.name,
    r.quant.location.name,
    r.quant.package?.name ?? '',
    r.quant.owner?.name ?? '',
    r.quant.lot?.name ?? '',
  ];
  return rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      const order = ka[i].localeCompare(kb[i], 'en', { numeric: true });
      if (order !== 0) return order;
    }
    return a.quant.id - b.quant.id;
  });
}

/** Join quants with their products, refusing silently-dropped rows: a quant whose product is unknown is a bug. */
export function joinQuants(quants: readonly Quant[], products: ReadonlyMap<number, Product>): QuantRow[] {
  return quants.map((quant) => {
    const product = products.get(quant.product.id);
    if (!product) throw new Error(_t('Quant {quant} belongs to product {product}, which was not read.', { quant: quant.id, product: quant.product.id }));
    return { quant, product };
  });
}

/** Zeroed quants linger in Odoo with 0 on hand until a cron removes them; they are not stock. */
export function isEmptyQuant(quant: Quant): boolean {
  return quant.quantity === 0 && quant.reserved === 0 && quant.pendingCount === null;
}

export interface QuantsSummary {
  rows: number;
  products: number;
  locations: number;
}

/** Rows for the Quants sheet: empty quants dropped, joined with products, in a stable order. */
export function planQuantsSheet(quants: readonly Quant[], products: ReadonlyMap<number, Product>): { rows: QuantRow[]; summary: QuantsSummary } {
  const rows = sortQuantRows(
    joinQuants(
      quants.filter((q) => !isEmptyQuant(q)),
      products,
    ),
  );
  return {
    rows,
    summary: {
      rows: rows.length,
      products: new Set(rows.map((r) => r.product.id)).size,
      locations: new Set(rows.map((r) => r.quant.location.id)).size,
    },
  };
}
