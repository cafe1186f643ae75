// Applying counts (stock.quant._apply_inventory) and making moves done
// (stock.move._action_done / stock.move.line._action_done), reduced to what
// inventory adjustments and the demo history need.
import { userError, validationError } from '../errors';
import { checkCompany } from '../orm/check_company';
import { Env, SUPERUSER_ID } from '../orm/env';
import type { Vals } from '../orm/model';
import type { Row } from '../orm/store';
import { productInfo } from './product_info';
import { synchronizeQuant } from './quant_stock';

/** float_is_zero / float_compare with a unit's rounding. */
export const isZero = (v: number, rounding: number) => Math.abs(v) < rounding / 2;
export const compareQty = (a: number, b: number, rounding: number) => (isZero(a - b, rounding) ? 0 : a < b ? -1 : 1);

export function productRounding(env: Env, productId: number): number {
  return productInfo(env, productId).rounding;
}

/** product.property_stock_inventory for the company: the product's own, else the company default. */
export function inventoryLocation(env: Env, productId: number, companyId: number): number {
  const product = env.registry.store.table('product.product').get(productId)!;
  const own = env.model('product.product').value(env, product, 'property_stock_inventory') as number | null;
  if (own) return own;
  return env.registry.store.table('res.company').get(companyId)!.__property_stock_inventory as number;
}

/** _get_inventory_move_values: the move and its single line that make a quant match its count (column values). */
function inventoryMove(env: Env, quant: Row, qty: number, from: number, to: number, packageId: number | null, resultPackageId: number | null): [Vals, Vals] {
  const rounding = productRounding(env, quant.product_id as number);
  const given = env.context.inventory_name as string | undefined;
  let name = given || (isZero(qty, rounding) ? 'Product Quantity Confirmed' : 'Product Quantity Updated');
  const userName = (uid: number) => ` (${env.model('res.users').displayName(env, uid)})`;
  const rule = env.registry.traits.userInReference;
  // 17/18: the counting user goes after any name; 19: the move's creator after the default name only; 16: nobody
  if (rule === 'always' && quant.user_id && quant.user_id !== SUPERUSER_ID) name += userName(quant.user_id as number);
  if (rule === 'default-name' && !given && env.uid !== SUPERUSER_ID) name += userName(env.uid);
  const uom = productInfo(env, quant.product_id as number).uom;
  const company = (quant.company_id as number) || env.companyId;
  const move: Vals = {
    name,
    product_id: quant.product_id,
    product_uom: uom,
    product_uom_qty: qty,
    company_id: company,
    state: 'confirmed',
    location_id: from,
    location_dest_id: to,
    restrict_partner_id: quant.owner_id ?? null,
    is_inventory: true,
    picked: true,
  };
  const line: Vals = {
    product_id: quant.product_id,
    product_uom_id: uom,
    [env.registry.traits.moveLineQuantity]: qty,
    location_id: from,
    location_dest_id: to,
    company_id: company,
    lot_id: quant.lot_id ?? null,
    package_id: packageId,
    result_package_id: resultPackageId,
    owner_id: quant.owner_id ?? null,
    picked: true,
  };
  return [move, line];
}

/** _apply_inventory: one done move per quant between its location and the inventory-loss location. */
export function applyInventory(env: Env, quantIds: number[]): void {
  if (env.registry.traits.onlyManagersApply && !env.hasGroup('stock.group_stock_manager'))
    throw userError('Only a stock manager can validate an inventory adjustment.');
  const quants = env.model('stock.quant');
  const moveRows: Vals[] = [];
  const lineRows: Vals[] = [];
  for (const id of quantIds) {
    const q = quants.table.get(id)!;
    const diff = (q.inventory_diff_quantity as number) ?? 0;
    const rounding = productRounding(env, q.product_id as number);
    const loss = inventoryLocation(env, q.product_id as number, (q.company_id as number) || env.companyId);
    const [move, line] =
      compareQty(diff, 0, rounding) > 0
        ? inventoryMove(env, q, diff, loss, q.location_id as number, null, (q.package_id as number) ?? null)
        : inventoryMove(env, q, -diff || 0, q.location_id as number, loss, (q.package_id as number) ?? null, null);
    moveRows.push(move);
    lineRows.push(line);
  }
  // stock.move.create(move_vals) with one (0, 0, line) each, as column values (see BaseModel.createRaw)
  const moveEnv = env.withContext({ inventory_mode: false });
  const moveIds = env.model('stock.move').createRaw(moveEnv, moveRows);
  lineRows.forEach((l, i) => (l.move_id = moveIds[i]));
  env.model('stock.move.line').createRaw(moveEnv, lineRows);
  actionDone(moveEnv, moveIds);
  const locations = [...new Set(quantIds.map((id) => quants.table.get(id)!.location_id as number))];
  env.model('stock.location').write(env, locations, { last_inventory_date: env.today() });
  const location = env.model('stock.location') as unknown as { nextInventoryDate(env: Env, id: number): string | null };
  const nextDates = new Map<number, string | null>();
  for (const id of quantIds) {
    const loc = quants.table.get(id)!.location_id as number;
    if (!nextDates.has(loc)) nextDates.set(loc, location.nextInventoryDate(env, loc));
    quants.table.update(id, 'inventory_date', nextDates.get(loc) ?? null);
  }
  quants.write(env, quantIds, { inventory_quantity: 0, user_id: false });
  quants.write(env, quantIds, { inventory_diff_quantity: 0 });
}

/** stock.move._action_done for moves whose lines are filled in: moves the quants, marks done. */
export function actionDone(env: Env, moveIds: number[]): void {
  const moves = env.model('stock.move');
  const lines = env.model('stock.move.line');
  const lineIds = moveIds.flatMap((id) => moves.value(env, moves.table.get(id)!, 'move_line_ids') as number[]);
  const ordered = lines.sortIds(env, lineIds);
  // stock_move.py _action_done: moves_todo._check_company(), then stock_move_line.py
  // _action_done: mls_todo._check_company(), before any quant moves
  checkCompany(env, moves, moveIds, ['product_id', 'location_id', 'location_dest_id', 'restrict_partner_id']);
  checkCompany(env, lines, ordered, ['product_id', 'package_id', 'lot_id', 'result_package_id', 'owner_id', 'location_id', 'location_dest_id']);
  for (const lid of ordered) {
    const ml = lines.table.get(lid)!;
    const info = productInfo(env, ml.product_id as number);
    const qty = (ml[env.registry.traits.moveLineQuantity] as number) ?? 0;
    if (qty < 0) throw userError('No negative quantities allowed');
    const move = moves.table.get(ml.move_id as number);
    if (qty > 0 && info.tracking !== 'none' && !ml.lot_id && !move?.is_inventory && !move?.picking_id) {
      throw userError(`You need to supply a Lot/Serial Number for product: \n - ${env.model('product.product').displayName(env, ml.product_id as number)}`);
    }
    if (!info.storable) continue;
    const base = { product: ml.product_id as number, lot: (ml.lot_id as number) ?? null, owner: (ml.owner_id as number) ?? null };
    const [, inDate] = synchronizeQuant(env, { ...base, location: ml.location_id as number, package: (ml.package_id as number) ?? null }, -qty, null);
    synchronizeQuant(env, { ...base, location: ml.location_dest_id as number, package: (ml.result_package_id as number) ?? null }, qty, inDate);
  }
  const now = env.now();
  const su = env.sudo();
  if (ordered.length) lines.write(su, ordered, { date: now, picked: true });
  // the move's quantity is the sum of its lines (a stored compute in Odoo)
  const perMove = new Map<number, number>();
  for (const lid of lineIds) {
    const l = lines.table.get(lid)!;
    perMove.set(l.move_id as number, (perMove.get(l.move_id as number) ?? 0) + ((l[env.registry.traits.moveLineQuantity] as number) ?? 0));
  }
  if (moveIds.length) moves.write(su, moveIds, { state: 'done', date: now, picked: true });
  for (const id of moveIds) moves.table.update(id, 'quantity', perMove.get(id) ?? 0);
}

/** stock.move.line _check_lot_product: a line's lot must belong to its product. */
export function checkLotProduct(env: Env, lineIds: number[]): void {
  const lines = env.registry.store.table('stock.move.line');
  const lots = env.registry.store.table('stock.lot');
  for (const id of lineIds) {
    const l = lines.get(id)!;
    if (!l.lot_id) continue;
    const lot = lots.get(l.lot_id as number)!;
    if (lot.product_id !== l.product_id) {
      throw validationError(`This lot ${lot.name} is incompatible with this product ${env.model('product.product').displayName(env, l.product_id as number)}`);
    }
  }
}
