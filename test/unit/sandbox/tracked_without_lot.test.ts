// Products switched to tracking with stock already on hand: they keep quants without a
// lot. What action_apply_inventory does with such quants, per version
// (addons/stock/models/stock_quant.py action_apply_inventory, 16.0/17.0/18.0: the
// confirmation wizard only when `tracking != 'none' and not lot_id and
// inventory_quantity != quantity and not quantity`, i.e. for a count on a quant that
// holds nothing; 19 applies them without asking).
import { SandboxOdoo, SandboxVersion } from '../../../server/sandbox';
import { INVENTORY, Rpc } from './helpers';

const STOCK = 8;

describe.each(['16.0', '17.0', '18.0', '19.0'] as SandboxVersion[])('Odoo %s', (version) => {
  let rpc: Rpc;
  beforeEach(() => {
    rpc = new Rpc(new SandboxOdoo({ seed: 'empty', version, now: () => new Date('2026-05-04T10:00:00Z') }));
  });
  const storable = () => (rpc.sandbox.traits.storable === 'is_storable' ? { type: 'consu', is_storable: true } : { detailed_type: 'product' });
  const qtyField = () => rpc.sandbox.traits.moveLineQuantity;

  /** A product counted untracked at WH/Stock, then switched to serial numbers (a template write). */
  function switchedWithStock(quantity: number): { product: number; quant: number } {
    const product = rpc.call<number>('product.product', 'create', [{ name: 'Scanner', default_code: 'SCAN', ...storable() }]);
    const [quant] = rpc.call<number[]>('stock.quant', 'create', [[{ product_id: product, location_id: STOCK, inventory_quantity: quantity }]], INVENTORY);
    rpc.call('stock.quant', 'action_apply_inventory', [[quant]], INVENTORY);
    const [tmpl] = rpc.call<{ product_tmpl_id: [number, string] }[]>('product.product', 'read', [[product], ['product_tmpl_id']]);
    expect(rpc.call('product.template', 'write', [[tmpl.product_tmpl_id[0]], { tracking: 'serial' }])).toBe(true);
    return { product, quant };
  }
  const read = (quant: number) =>
    rpc.call<{ quantity: number; lot_id: unknown; inventory_quantity_set: boolean }[]>('stock.quant', 'read', [
      [quant],
      ['quantity', 'lot_id', 'inventory_quantity_set'],
    ])[0];

  it('zeroing a lot-less quant of a now-tracked product is applied at once, without the confirmation wizard', () => {
    const { product, quant } = switchedWithStock(5);
    expect(read(quant)).toMatchObject({ quantity: 5, lot_id: false });
    rpc.call('stock.quant', 'write', [[quant], { inventory_quantity: 0 }], INVENTORY);
    const reply = rpc.reply('stock.quant', 'action_apply_inventory', [[quant]], INVENTORY);
    expect(reply.error).toBeUndefined();
    expect('result' in reply).toBe(false); // None
    expect(read(quant)).toMatchObject({ quantity: 0, inventory_quantity_set: false });
    const lines = rpc.searchRead('stock.move.line', [['product_id', '=', product]], ['lot_id', qtyField(), 'location_id'], { order: 'id' });
    expect(lines[1]).toMatchObject({ lot_id: false, [qtyField()]: 5, location_id: [STOCK, 'WH/Stock'] });
  });

  it('a fractional untracked quantity (Units, rounding 0.01) survives the switch to serials and is zeroed the same way', () => {
    const { quant } = switchedWithStock(2.5);
    expect(read(quant).quantity).toBe(2.5);
    rpc.call('stock.quant', 'write', [[quant], { inventory_quantity: 0 }], INVENTORY);
    expect(rpc.reply('stock.quant', 'action_apply_inventory', [[quant]], INVENTORY).error).toBeUndefined();
    expect(read(quant).quantity).toBe(0);
  });

  it('a new lot-less count of a tracked product asks for confirmation (16-18) or is applied (19)', () => {
    const { product, quant } = switchedWithStock(5);
    rpc.call('stock.quant', 'write', [[quant], { inventory_quantity: 0 }], INVENTORY);
    rpc.call('stock.quant', 'action_apply_inventory', [[quant]], INVENTORY);
    // the quant now holds 0: counting 3 on it again is a count of a tracked product without lot
    rpc.call('stock.quant', 'write', [[quant], { inventory_quantity: 3 }], INVENTORY);
    const reply = rpc.reply('stock.quant', 'action_apply_inventory', [[quant]], INVENTORY);
    if (version === '19.0') {
      expect(reply.error).toBeUndefined();
      expect(read(quant).quantity).toBe(3);
      return;
    }
    const action = reply.result as { res_model: string; context: Record<string, unknown> };
    expect(action).toMatchObject({ res_model: 'stock.track.confirmation', name: 'Tracked Products in Inventory Adjustment' });
    expect(action.context).toMatchObject({ default_quant_ids: [quant], default_product_ids: [product] });
    expect(read(quant).quantity).toBe(0);
    // what the web client does: create the wizard with the action's context, then action_confirm
    const wizard = rpc.call<number>('stock.track.confirmation', 'create', [{}], { context: action.context });
    expect(rpc.reply('stock.track.confirmation', 'action_confirm', [[wizard]], { context: action.context }).error).toBeUndefined();
    expect(read(quant)).toMatchObject({ quantity: 3, inventory_quantity_set: false });
  });
});
