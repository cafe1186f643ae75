// What =ODOO.ONHAND answers, computed from quants already read: pure, so the
// custom functions batch their Odoo reads and this stays testable.
import { Product, Quant } from './model';
import { _t } from './words/translate';

export type ProductArg = { kind: 'id'; id: number } | { kind: 'code'; code: string };

/** A product argument: an Odoo id (a number, or digits only after "#"), else a reference or barcode. */
export function parseProductArg(value: unknown): ProductArg {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return { kind: 'id', id: value };
  const text = String(value ?? '').trim();
  if (!text) throw new TypeError(_t('The product is empty: give an internal reference, a barcode or an Odoo id.'));
  const id = /^#(\d+)$/.exec(text);
  return id ? { kind: 'id', id: Number(id[1]) } : { kind: 'code', code: text };
}

/**
 * The product an argument names, or why none can be chosen. Odoo does not make references
 * unique: variants of one template often share one, and answering for the first would
 * silently give another variant's stock.
 */
export function findProduct(arg: ProductArg, products: readonly Product[]): Product | { ambiguous: Product[] } | undefined {
  if (arg.kind === 'id') return products.find((p) => p.id === arg.id);
  const byReference = products.filter((p) => p.reference === arg.code);
  const matches = byReference.length ? byReference : products.filter((p) => p.barcode === arg.code);
  return matches.length > 1 ? { ambiguous: matches } : matches[0];
}

/** Is `name` the location `parent` or one of its children? ("WH/Stock" contains "WH/Stock/Shelf 1".) */
export function isWithin(name: string, parent: string): boolean {
  return name === parent || name.startsWith(`${parent}/`);
}

export function onHand(quants: readonly Quant[], productId: number, location?: string, lot?: string): number {
  let total = 0;
  for (const quant of quants) {
    if (quant.product.id !== productId) continue;
    if (location && !isWithin(quant.location.name, location)) continue;
    if (lot !== undefined && lot !== '' && quant.lot?.name !== lot) continue;
    total += quant.quantity;
  }
  return Math.round(total * 1e6) / 1e6;
}
