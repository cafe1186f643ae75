// How quants change when a move is done, after stock.quant._update_available_quantity,
// _get_available_quantity and stock.move.line._synchronize_quant (17.0). These rules
// decide which quant a lot-tracked move takes from, so they are followed closely:
// - quants are gathered "strictly": same product, location, package and owner, and
//   the same lot OR no lot when a lot is given;
// - an incoming quantity with a lot only goes to a quant of that lot;
// - the quant updated is the first by lot_id (NULLs last), i.e. the lot's own quant
//   when it exists, else an untracked one;
// - a lot going negative is compensated from untracked stock at the same place.
import { Env } from '../orm/env';
import { roundDigits } from '../orm/fields';
import { productInfo } from './product_info';
import type { BaseModel } from '../orm/model';
import type { Index, Row } from '../orm/store';

export interface QuantKey {
  product: number;
  location: number;
  lot: number | null;
  package: number | null;
  owner: number | null;
}

type StockQuantLike = BaseModel & { addQuantity(env: Env, id: number, delta: number, inDate: string): void };

const gatherIndexes = new WeakMap<object, Index>();

function gatherIndex(env: Env): Index {
  const table = env.registry.store.table('stock.quant');
  let idx = gatherIndexes.get(table);
  if (!idx) gatherIndexes.set(table, (idx = table.addIndex(['product_id', 'location_id', 'lot_id', 'package_id', 'owner_id'])));
  return idx;
}

/** _gather(strict=True): the lot's quants and the untracked ones (untracked only without a lot). */
export function gatherStrict(env: Env, key: QuantKey): Row[] {
  const table = env.registry.store.table('stock.quant');
  const idx = gatherIndex(env);
  const ids = table.lookup(idx, [key.product, key.location, null, key.package, key.owner]);
  if (key.lot) ids.push(...table.lookup(idx, [key.product, key.location, key.lot, key.package, key.owner]));
  const rows = ids.map((id) => table.get(id)!);
  // fifo removal order (in_date, id), then quants with a lot first
  if (rows.length > 1) rows.sort((a, b) => (a.in_date === b.in_date ? a.id - b.id : String(a.in_date ?? '') < String(b.in_date ?? '') ? -1 : 1));
  return [...rows.filter((r) => r.lot_id), ...rows.filter((r) => !r.lot_id)];
}

function bypassesReservation(env: Env, locationId: number): boolean {
  const loc = env.registry.store.table('stock.location').get(locationId)!;
  return (
    ['supplier', 'customer', 'inventory', 'production'].includes(loc.usage as string) ||
    loc.scrap_location === true ||
    (loc.usage === 'transit' && !loc.company_id)
  );
}

/** _update_available_quantity: returns [available quantity after the update, in_date]. */
export function updateAvailableQuantity(env: Env, key: QuantKey, quantity: number, inDate: string | null): [number, string] {
  const su = env.sudo();
  const quants = su.model('stock.quant');
  let rows = gatherStrict(su, key);
  if (key.lot && quantity > 0) rows = rows.filter((r) => r.lot_id);
  const dates = bypassesReservation(env, key.location)
    ? []
    : rows.filter((r) => r.in_date && ((r.quantity as number) ?? 0) > 0).map((r) => r.in_date as string);
  if (inDate) dates.push(inDate);
  const date = dates.length ? dates.sort()[0] : env.now();
  // "ORDER BY lot_id LIMIT 1": the lowest lot id first, untracked (NULL) last
  const target = [...rows].sort((a, b) => lotOrder(a) - lotOrder(b) || a.id - b.id)[0];
  const model = quants as StockQuantLike;
  if (target) model.addQuantity(su, target.id, quantity, date);
  else {
    const [created] = model.createRaw(su, [
      {
        product_id: key.product,
        location_id: key.location,
        lot_id: key.lot,
        package_id: key.package,
        owner_id: key.owner,
        in_date: date,
        quantity: roundDigits(quantity, 2),
      },
    ]);
    rows = [...rows, quants.table.get(created)!];
  }
  // the strict gather after the update is the same set of rows (updated in place) plus a new one
  const gathered = key.lot && quantity > 0 ? gatherStrict(su, key) : rows;
  return [availableFrom(env, key, gathered, true), date];
}

const lotOrder = (r: Row) => (r.lot_id ? (r.lot_id as number) : Number.MAX_SAFE_INTEGER);

/** _get_available_quantity(strict=True). */
export function availableQuantity(env: Env, key: QuantKey, allowNegative: boolean): number {
  return availableFrom(env, key, gatherStrict(env, key), allowNegative);
}

function availableFrom(env: Env, key: QuantKey, rows: Row[], allowNegative: boolean): number {
  const tracking = productInfo(env, key.product).tracking;
  const free = (r: Row) => ((r.quantity as number) ?? 0) - ((r.reserved_quantity as number) ?? 0);
  if (tracking === 'none') {
    let total = 0;
    for (const r of rows) total += free(r);
    return allowNegative || total >= 0 ? total : 0;
  }
  const byLot = new Map<string, number>([['untracked', 0]]);
  for (const r of rows) {
    if (!r.lot_id && key.lot) continue;
    const k = r.lot_id ? String(r.lot_id) : 'untracked';
    byLot.set(k, (byLot.get(k) ?? 0) + free(r));
  }
  const values = [...byLot.values()];
  return allowNegative ? values.reduce((s, v) => s + v, 0) : values.filter((v) => v > 0).reduce((s, v) => s + v, 0);
}

/** _synchronize_quant: update one end of a move line, compensating a negative lot from untracked stock. */
export function synchronizeQuant(env: Env, key: QuantKey, quantity: number, inDate: string | null): [number, string | null] {
  if (Math.abs(quantity) < 1e-9) return [0, null];
  const [available, date] = updateAvailableQuantity(env, key, quantity, inDate);
  if (available < 0 && key.lot) {
    const untracked = availableQuantity(env, { ...key, lot: null }, false);
    if (untracked) {
      const taken = Math.min(untracked, Math.abs(quantity));
      updateAvailableQuantity(env, { ...key, lot: null }, -taken, date);
      updateAvailableQuantity(env, key, taken, date);
    }
  }
  return [available, date];
}
