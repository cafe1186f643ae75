// Each function's batch: resolve the products once, read once, answer every cell.
import { lotFor } from '../core/restore-plan';
import { isWithin, onHand } from '../core/onhand';
import { CellError } from './function-errors';
import { StockSource } from './stock-source';
import { _lt, _t, translated } from '../core/words/translate';

export interface OnHandCall {
  product: unknown;
  location?: unknown;
  lot?: unknown;
}

const optional = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : String(v).trim());

export async function answerOnHand(source: StockSource, calls: OnHandCall[]): Promise<(number | Error)[]> {
  const products = await source.resolveProducts(calls.map((c) => c.product));
  const quants = await source.quantsOf(products.flatMap((p) => (p instanceof CellError ? [] : [p.id])));
  return calls.map((call, i) => {
    const product = products[i];
    if (product instanceof CellError) return product;
    return onHand(quants.get(product.id) ?? [], product.id, optional(call.location), optional(call.lot));
  });
}

export async function answerTracking(source: StockSource, calls: { product: unknown }[]): Promise<(string | Error)[]> {
  const products = await source.resolveProducts(calls.map((c) => c.product));
  return products.map((p) => (p instanceof CellError ? p : p.tracking));
}

/** The header row of =ODOO.LOTS, shown in the user's language (`translated`). */
export const LOTS_HEADER = [_lt('Lot/Serial'), _lt('Location'), _lt('Quantity'), _lt('Expiration date')];

export async function answerLots(source: StockSource, calls: { product: unknown; location?: unknown }[]): Promise<((string | number)[][] | Error)[]> {
  const products = await source.resolveProducts(calls.map((c) => c.product));
  const found = products.flatMap((p) => (p instanceof CellError ? [] : [p.id]));
  const [quants, expirations] = await Promise.all([source.quantsOf(found), source.expirationsOf(found)]);
  return calls.map((call, i) => {
    const product = products[i];
    if (product instanceof CellError) return product;
    const location = optional(call.location);
    const dates = expirations.get(product.id);
    const rows = (quants.get(product.id) ?? [])
      .filter((q) => q.lot && q.quantity !== 0 && (!location || isWithin(q.location.name, location)))
      .sort((a, b) => a.lot!.name.localeCompare(b.lot!.name, 'en', { numeric: true }) || a.location.name.localeCompare(b.location.name))
      .map((q) => [q.lot!.name, q.location.name, q.quantity, (dates && lotFor(dates, product.id, q.company?.id ?? null, q.lot!.name)) ?? '']);
    return [LOTS_HEADER.map((header) => translated(header)), ...rows];
  });
}

export async function answerOriginal(source: StockSource, calls: { product: unknown; location: unknown }[]): Promise<(number | Error)[]> {
  const products = await source.resolveProducts(calls.map((c) => c.product));
  const originals = await source.originalsOf(products.flatMap((p) => (p instanceof CellError ? [] : [p.id])));
  return calls.map((call, i) => {
    const product = products[i];
    if (product instanceof CellError) return product;
    const location = optional(call.location);
    if (!location) return new CellError('#VALUE!', _t('Give a location, such as WH/Stock.'));
    const lines = (originals.get(product.id) ?? []).filter((o) => isWithin(o.location.name, location));
    if (!lines.length)
      return new CellError('#N/A', _t("No zeroing of {product} at {location} in Odoo's history", { product: product.reference || product.name, location }));
    return Math.round(lines.reduce((s, o) => s + o.quantity, 0) * 1e6) / 1e6;
  });
}
