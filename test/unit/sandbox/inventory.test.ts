// Inventory mode and action_apply_inventory as Odoo 17 does them (stock_quant.py).
import { SandboxOdoo } from '../../../server/sandbox';
import { INVENTORY, Rpc } from './helpers';

const STOCK = 8;
const ADJUSTMENT = 14;
const NOW = new Date('2026-05-04T10:20:30Z');

let rpc: Rpc;
let seq = 0;

beforeEach(() => {
  rpc = new Rpc(new SandboxOdoo({ seed: 'empty', now: () => NOW }));
});

function product(extra: Record<string, unknown> = {}): number {
  seq++;
  return rpc.call<number>('product.product', 'create', [{ name: `Widget ${seq}`, default_code: `W-${seq}`, detailed_type: 'product', ...extra }]);
}

function count(lines: Record<string, unknown>[], context: Record<string, unknown> = {}): number[] {
  return rpc.call<number[]>('stock.quant', 'create', [lines], { context: { inventory_mode: true, ...context } });
}

function apply(ids: number[], context: Record<string, unknown> = {}) {
  return rpc.reply('stock.quant', 'action_apply_inventory', [ids], { context: { inventory_mode: true, ...context } });
}

type Quant = {
  id: number;
  location_id: [number, string];
  lot_id: [number, string] | false;
  quantity: number;
  inventory_quantity: number;
  inventory_quantity_set: boolean;
  inventory_diff_quantity: number;
};
const quants = (productId: number, extra: unknown[] = []) =>
  rpc.searchRead<Quant>(
    'stock.quant',
    [['product_id', '=', productId], ...extra],
    ['location_id', 'lot_id', 'quantity', 'inventory_quantity', 'inventory_quantity_set', 'inventory_diff_quantity'],
    { order: 'id' },
  );
type Line = {
  reference: string;
  location_id: [number, string];
  location_dest_id: [number, string];
  quantity: number;
  lot_id: [number, string] | false;
  state: string;
  date: string;
};
const lines = (productId: number) =>
  rpc.searchRead<Line>(
    'stock.move.line',
    [['product_id', '=', productId]],
    ['reference', 'location_id', 'location_dest_id', 'quantity', 'lot_id', 'state', 'date'],
    { order: 'id' },
  );

describe('inventory-mode create', () => {
  test('only the inventory fields are accepted', () => {
    const p = product();
    const err = rpc.error('stock.quant', 'create', [{ product_id: p, location_id: STOCK, inventory_quantity: 1, quantity: 5 }], INVENTORY);
    expect([err.name, err.message]).toEqual(['odoo.exceptions.UserError', "Quant's creation is restricted, you can't do this operation."]);
  });

  test('reuses the quant with the same product, location, lot, package and owner', () => {
    const p = product();
    const [first] = count([{ product_id: p, location_id: STOCK, inventory_quantity: 3 }]);
    const [again] = count([{ product_id: p, location_id: STOCK, inventory_quantity: 4 }]);
    expect(again).toBe(first);
    const [q] = quants(p);
    expect(q).toMatchObject({ inventory_quantity: 4, inventory_quantity_set: true, inventory_diff_quantity: 4, quantity: 0 });
    const owner = rpc.call<number>('res.partner', 'create', [{ name: 'Someone' }]);
    const [owned] = count([{ product_id: p, location_id: STOCK, inventory_quantity: 1, owner_id: owner }]);
    expect(owned).not.toBe(first);
  });

  test('a single dict returns an id, a list returns ids', () => {
    const p = product();
    expect(rpc.call('stock.quant', 'create', [{ product_id: p, location_id: STOCK, inventory_quantity: 1 }], INVENTORY)).toEqual(expect.any(Number));
    expect(rpc.call('stock.quant', 'create', [[{ product_id: p, location_id: STOCK, inventory_quantity: 1 }]], INVENTORY)).toEqual([expect.any(Number)]);
  });

  test('quants only for storable products, never in view locations', () => {
    const consu = product({ detailed_type: 'consu' });
    const err = rpc.error('stock.quant', 'create', [{ product_id: consu, location_id: STOCK, inventory_quantity: 1 }], INVENTORY);
    expect([err.name, err.message]).toEqual(['odoo.exceptions.ValidationError', 'Quants cannot be created for consumables or services.']);
    const view = rpc.error('stock.quant', 'create', [{ product_id: product(), location_id: 7, inventory_quantity: 1 }], INVENTORY);
    expect(view.message).toBe('You cannot take products from or deliver products to a location of type "view" (WH).');
  });
});

describe('inventory-mode write', () => {
  test('product, location, lot, package and owner cannot be changed', () => {
    const p = product();
    const [id] = count([{ product_id: p, location_id: STOCK, inventory_quantity: 1 }]);
    const err = rpc.error('stock.quant', 'write', [[id], { location_id: STOCK }], INVENTORY);
    expect(err.message).toBe("Quant's editing is restricted, you can't do this operation.");
  });

  test('on a quant of the inventory-loss location it silently does nothing (None)', () => {
    const p = product();
    apply(count([{ product_id: p, location_id: STOCK, inventory_quantity: 2 }]));
    const [virtual] = quants(p, [['location_id', '=', ADJUSTMENT]]);
    const reply = rpc.reply('stock.quant', 'write', [[virtual.id], { owner_id: false }], INVENTORY);
    expect(reply).toEqual({ jsonrpc: '2.0', id: expect.any(Number) });
  });

  test('writing the count updates the difference and the "set" flag', () => {
    const p = product();
    const [id] = count([{ product_id: p, location_id: STOCK, inventory_quantity: 5 }]);
    apply([id]);
    rpc.call('stock.quant', 'write', [[id], { inventory_quantity: 2 }], INVENTORY);
    expect(quants(p, [['id', '=', id]])[0]).toMatchObject({ quantity: 5, inventory_quantity: 2, inventory_diff_quantity: -3, inventory_quantity_set: true });
  });
});

describe('action_apply_inventory', () => {
  test('one done move per quant, to and from the inventory-loss location, count reset, no result', () => {
    const p = product();
    const ids = count([{ product_id: p, location_id: STOCK, inventory_quantity: 7 }]);
    const reply = apply(ids, { inventory_name: 'Opening' });
    expect(reply).toEqual({ jsonrpc: '2.0', id: expect.any(Number) });
    expect(quants(p)).toEqual([
      expect.objectContaining({
        location_id: [STOCK, 'WH/Stock'],
        quantity: 7,
        inventory_quantity: 0,
        inventory_quantity_set: false,
        inventory_diff_quantity: 0,
      }),
      expect.objectContaining({ location_id: [ADJUSTMENT, 'Virtual Locations/Inventory adjustment'], quantity: -7 }),
    ]);
    rpc.call('stock.quant', 'write', [ids, { inventory_quantity: 0 }], INVENTORY);
    apply(ids);
    expect(lines(p)).toEqual([
      {
        id: expect.any(Number),
        reference: 'Opening (Administrator)',
        location_id: [ADJUSTMENT, 'Virtual Locations/Inventory adjustment'],
        location_dest_id: [STOCK, 'WH/Stock'],
        quantity: 7,
        lot_id: false,
        state: 'done',
        date: '2026-05-04 10:20:30',
      },
      // counted through write: no user on the quant, so no " (user)" suffix
      {
        id: expect.any(Number),
        reference: 'Product Quantity Updated',
        location_id: [STOCK, 'WH/Stock'],
        location_dest_id: [ADJUSTMENT, 'Virtual Locations/Inventory adjustment'],
        quantity: 7,
        lot_id: false,
        state: 'done',
        date: '2026-05-04 10:20:30',
      },
    ]);
    expect(quants(p).map((q) => q.quantity)).toEqual([0, 0]); // zero quants stay (Odoo's cron removes them later)
    const moves = rpc.searchRead<{ name: string; is_inventory: boolean; state: string; picking_id: unknown }>(
      'stock.move',
      [['product_id', '=', p]],
      ['name', 'is_inventory', 'state', 'picking_id'],
    );
    expect(moves.map((m) => [m.name, m.is_inventory, m.state, m.picking_id])).toEqual([
      ['Opening (Administrator)', true, 'done', false],
      ['Product Quantity Updated', true, 'done', false],
    ]);
  });

  test('an unchanged count gives a 0-quantity "Product Quantity Confirmed" move', () => {
    const p = product();
    const ids = count([{ product_id: p, location_id: STOCK, inventory_quantity: 3 }]);
    apply(ids);
    rpc.call('stock.quant', 'write', [ids, { inventory_quantity: 3 }], INVENTORY);
    apply(ids);
    expect(lines(p).map((l) => [l.reference, l.quantity])).toEqual([
      ['Product Quantity Updated (Administrator)', 3],
      ['Product Quantity Confirmed', 0],
    ]);
  });

  test('a tracked product counted without lot returns the confirmation wizard', () => {
    const p = product({ tracking: 'lot' });
    const ids = count([{ product_id: p, location_id: STOCK, inventory_quantity: 2 }]);
    const reply = apply(ids, { inventory_name: 'x' });
    expect(reply.result).toEqual({
      name: 'Tracked Products in Inventory Adjustment',
      type: 'ir.actions.act_window',
      view_mode: 'form',
      views: [[false, 'form']],
      res_model: 'stock.track.confirmation',
      target: 'new',
      context: { inventory_mode: true, inventory_name: 'x', default_quant_ids: ids, default_product_ids: [p] },
    });
    expect(lines(p)).toEqual([]);
    // the wizard's Apply applies anyway (inventory moves need no lot)
    const wizard = rpc.call<number>('stock.track.confirmation', 'create', [{}], { context: reply.result && (reply.result as { context: object }).context });
    rpc.call('stock.track.confirmation', 'action_confirm', [[wizard]]);
    expect(quants(p, [['location_id', '=', STOCK]])[0].quantity).toBe(2);
  });

  test('a count made before the stock moved returns the conflict wizard', () => {
    const p = product();
    const [id] = count([{ product_id: p, location_id: STOCK, inventory_quantity: 5 }]);
    apply([id]);
    rpc.call('stock.quant', 'write', [[id], { inventory_quantity: 6 }], INVENTORY);
    // meanwhile another count of the same place is applied
    const [same] = count([{ product_id: p, location_id: STOCK, inventory_quantity: 9 }]);
    expect(same).toBe(id);
    rpc.call('stock.quant', 'write', [[id], { inventory_quantity: 9 }], INVENTORY);
    apply([id]);
    rpc.call('stock.quant', 'write', [[id], { inventory_quantity: 10, inventory_diff_quantity: 5 }], INVENTORY);
    const reply = apply([id]);
    expect((reply.result as { res_model: string }).res_model).toBe('stock.inventory.conflict');
    expect((reply.result as { context: Record<string, unknown> }).context.default_quant_to_fix_ids).toEqual([id]);
  });

  test('the move name takes the counting user when set by the count', () => {
    const p = product();
    const ids = count([{ product_id: p, location_id: STOCK, inventory_quantity: 1 }]);
    apply(ids, { inventory_name: 'Quantity Updated' });
    expect(lines(p)[0].reference).toBe('Quantity Updated (Administrator)');
  });
});

describe('serial numbers and rollback', () => {
  function serialWithStock(units: number) {
    const p = product();
    apply(count([{ product_id: p, location_id: STOCK, inventory_quantity: units }]), { inventory_name: 'Opening' });
    rpc.call('product.template', 'write', [
      [rpc.call<{ product_tmpl_id: [number, string] }[]>('product.product', 'read', [[p], ['product_tmpl_id']])[0].product_tmpl_id[0]],
      { tracking: 'serial' },
    ]);
    const lots = rpc.call<number[]>('stock.lot', 'create', [
      Array.from({ length: units }, (_, i) => ({ name: `SN-${p}-${i + 1}`, product_id: p, company_id: 1 })),
    ]);
    return { p, lots };
  }

  test('two units of one serial: ValidationError, and nothing of the call remains', () => {
    const { p, lots } = serialWithStock(3);
    const untracked = quants(p, [['location_id', '=', STOCK]])[0].id;
    rpc.call('stock.quant', 'write', [[untracked], { inventory_quantity: 0 }], INVENTORY);
    const ids = count([
      { product_id: p, location_id: STOCK, lot_id: lots[0], inventory_quantity: 1 },
      { product_id: p, location_id: STOCK, lot_id: lots[1], inventory_quantity: 2 },
    ]);
    const before = { quants: quants(p), lines: lines(p), moves: rpc.call<number>('stock.move', 'search_count', [[]]) };
    const reply = apply([untracked, ...ids]);
    expect(reply.error?.data.name).toBe('odoo.exceptions.ValidationError');
    expect(reply.error?.data.message).toBe(`The serial number has already been assigned: \n Product: [W-${seq}] Widget ${seq}, Serial Number: SN-${p}-2`);
    expect({ quants: quants(p), lines: lines(p), moves: rpc.call<number>('stock.move', 'search_count', [[]]) }).toEqual(before);
    // ids are not consumed either: the next quant gets the next id as if nothing happened
    const next = count([{ product_id: product(), location_id: STOCK, inventory_quantity: 1 }])[0];
    expect(next).toBe(Math.max(...before.quants.map((q) => q.id)) + 1);
  });

  test('reassigning: zero the untracked stock and count one unit per serial in one apply', () => {
    const { p, lots } = serialWithStock(3);
    const untracked = quants(p, [['location_id', '=', STOCK]])[0].id;
    rpc.call('stock.quant', 'write', [[untracked], { inventory_quantity: 0 }], INVENTORY);
    const ids = count(lots.map((lot) => ({ product_id: p, location_id: STOCK, lot_id: lot, inventory_quantity: 1 })));
    expect(apply([untracked, ...ids], { inventory_name: 'Lot reassign' }).error).toBeUndefined();
    const internal = quants(p, [['location_id', '=', STOCK]]);
    expect(internal.map((q) => [q.lot_id && q.lot_id[1], q.quantity])).toEqual([
      [false, 0],
      [`SN-${p}-1`, 1],
      [`SN-${p}-2`, 1],
      [`SN-${p}-3`, 1],
    ]);
    // the virtual location took 3 untracked units back and gave one unit per serial from its untracked quant
    const virtual = quants(p, [['location_id', '=', ADJUSTMENT]]);
    expect(virtual.map((q) => [q.lot_id, q.quantity])).toEqual([[false, -3]]);
    expect(
      rpc.call<number>('stock.lot', 'search_count', [
        [
          ['product_id', '=', p],
          ['product_qty', '=', 1],
        ],
      ]),
    ).toBe(3);
  });

  test('a lot of another product fails when the count is applied', () => {
    const a = product({ tracking: 'lot' });
    const b = product({ tracking: 'lot' });
    const [lotOfA] = rpc.call<number[]>('stock.lot', 'create', [[{ name: 'L-A', product_id: a, company_id: 1 }]]);
    const ids = count([{ product_id: b, location_id: STOCK, lot_id: lotOfA, inventory_quantity: 1 }]);
    const err = apply(ids).error!.data;
    expect([err.name, err.message]).toEqual(['odoo.exceptions.ValidationError', `This lot L-A is incompatible with this product [W-${seq}] Widget ${seq}`]);
  });

  test('duplicate lot names: the exact ValidationError', () => {
    const p = product({ tracking: 'serial' });
    rpc.call('stock.lot', 'create', [{ name: 'D-1', product_id: p, company_id: 1 }]);
    const err = rpc.error('stock.lot', 'create', [[{ name: 'D-1', product_id: p, company_id: 1 }]]);
    expect(err.message).toBe(
      `The combination of serial number and product must be unique across a company.\nFollowing combination contains duplicates:\n - Product: [W-${seq}] Widget ${seq}, Serial Number: D-1`,
    );
  });
});

describe('quantities on hand and unlink', () => {
  test('qty_available sums internal quants; kg quantities are rounded like Odoo (2 decimals)', () => {
    const p = product({ uom_id: 12, uom_po_id: 12 });
    apply(count([{ product_id: p, location_id: STOCK, inventory_quantity: 12.375 }]));
    const [row] = rpc.call<{ qty_available: number; uom_id: [number, string] }[]>('product.product', 'read', [[p], ['qty_available', 'uom_id']]);
    expect(row).toEqual({ id: p, qty_available: 12.38, uom_id: [12, 'kg'] });
  });

  test('nobody may unlink quants over RPC (no group has the right in 17)', () => {
    const p = product();
    const ids = count([{ product_id: p, location_id: STOCK, inventory_quantity: 4 }]);
    const err = rpc.error('stock.quant', 'unlink', [ids]);
    expect([err.name, err.message]).toEqual([
      'odoo.exceptions.AccessError',
      "You are not allowed to delete 'Quants' (stock.quant) records.\n\nNo group currently allows this operation.\n\nContact your administrator to request access if necessary.",
    ]);
  });
});
