// The demo database: what it holds, that its history adds up to its quants, and reset.
import { SandboxOdoo } from '../../../server/sandbox';
import { as, INVENTORY, Rpc } from './helpers';

type Ref = [number, string] | false;
const id = (r: Ref) => (r ? r[0] : 0);

describe('demo data', () => {
  const rpc = new Rpc(new SandboxOdoo({ seed: 'demo' }));

  test('products: 20 storable untracked, kg, lots, a consumable, a service, an archived one', () => {
    const products = rpc.searchRead<{
      default_code: string;
      detailed_type: string;
      tracking: string;
      uom_id: Ref;
      active: boolean;
      barcode: string | false;
      standard_price: number;
    }>('product.product', [], ['default_code', 'detailed_type', 'tracking', 'uom_id', 'active', 'barcode', 'standard_price'], {
      context: { active_test: false },
      order: 'default_code',
    });
    const storableUntracked = products.filter((p) => p.detailed_type === 'product' && p.tracking === 'none' && p.active);
    expect(storableUntracked.length).toBeGreaterThanOrEqual(20);
    expect(products.find((p) => p.default_code === 'BULK-0001')?.uom_id).toEqual([12, 'kg']);
    expect(products.find((p) => p.default_code === 'LOT-0001')?.tracking).toBe('lot');
    expect(products.filter((p) => p.detailed_type !== 'product').map((p) => p.default_code)).toEqual(['CONS-0001', 'SERV-0001']);
    expect(products.filter((p) => !p.active).map((p) => p.default_code)).toEqual(['FURN_0099']);
    expect(products.every((p) => typeof p.standard_price === 'number')).toBe(true);
  });

  test('locations, the package, the owned quant, lots and decimals', () => {
    const internal = rpc.searchRead<{ complete_name: string }>('stock.location', [['usage', '=', 'internal']], ['complete_name']);
    // North/Stock: the second company's warehouse (added with the multi-company demo data)
    expect(internal.map((l) => l.complete_name)).toEqual(['North/Stock', 'WH/Stock', 'WH/Stock/Shelf 1', 'WH/Stock/Shelf 2']);
    const q = rpc.searchRead<{ product_id: Ref; location_id: Ref; package_id: Ref; owner_id: Ref; lot_id: Ref; quantity: number }>(
      'stock.quant',
      [['location_id.usage', '=', 'internal']],
      ['product_id', 'location_id', 'package_id', 'owner_id', 'lot_id', 'quantity'],
    );
    expect(
      q
        .filter((x) => x.package_id)
        .map((x) => [x.product_id && x.product_id[1], x.location_id && x.location_id[1], x.package_id && x.package_id[1], x.quantity]),
    ).toEqual([['[ACC-0003] Monitor Arm Dual', 'WH/Stock/Shelf 2', 'PACK0000001', 6]]);
    expect(q.filter((x) => x.owner_id).map((x) => [x.product_id && x.product_id[1], x.owner_id && x.owner_id[1], x.quantity])).toEqual([
      ['[FURN_0005] Bookshelf Oak', 'Azure Interior', 4],
    ]);
    // the varnish lots, and the label printer's two serials (received after its switch to serials)
    expect(q.filter((x) => x.lot_id).map((x) => [x.lot_id && x.lot_id[1], x.quantity])).toEqual([
      ['VAR-2026-001', 8],
      ['VAR-2026-002', 5],
      ['LP-2026-0001', 1],
      ['LP-2026-0002', 1],
    ]);
    expect(
      q
        .filter((x) => x.product_id && x.product_id[1].includes('Wood Glue'))
        .map((x) => x.quantity)
        .sort(),
    ).toEqual([12.35, 3.75]);
  });

  test('users, partners and the history references', () => {
    expect(
      rpc.searchRead('res.users', [['login', 'in', ['admin', 'manager', 'clerk']]], ['login'], { order: 'login' }).map((u) => (u as { login: string }).login),
    ).toEqual(['admin', 'clerk', 'manager']);
    const partners = rpc.searchRead<{ name: string }>('res.partner', [['name', 'in', ['Wood Corner', 'Azure Interior']]], ['name']);
    expect(partners.map((p) => p.name).sort()).toEqual(['Azure Interior', 'Wood Corner']);
    const refs = new Set(rpc.searchRead<{ reference: string }>('stock.move.line', [], ['reference']).map((l) => l.reference));
    // WH/IN/00002: the serials of the label printer
    expect([...refs].sort()).toEqual(['Product Quantity Updated', 'Quantity Updated (Administrator)', 'WH/IN/00001', 'WH/IN/00002', 'WH/OUT/00001']);
    const dates = rpc.searchRead<{ date: string }>('stock.move.line', [], ['date']).map((l) => l.date);
    expect(dates.every((d) => d >= '2026-01-01' && d < '2026-04-01')).toBe(true);
  });

  test('every quant equals the done moves in minus out at its place', () => {
    const quants = rpc.searchRead<{ product_id: Ref; location_id: Ref; lot_id: Ref; package_id: Ref; owner_id: Ref; quantity: number }>(
      'stock.quant',
      [],
      ['product_id', 'location_id', 'lot_id', 'package_id', 'owner_id', 'quantity'],
    );
    const lines = rpc.searchRead<{
      product_id: Ref;
      location_id: Ref;
      location_dest_id: Ref;
      lot_id: Ref;
      package_id: Ref;
      result_package_id: Ref;
      owner_id: Ref;
      quantity: number;
    }>(
      'stock.move.line',
      [['state', '=', 'done']],
      ['product_id', 'location_id', 'location_dest_id', 'lot_id', 'package_id', 'result_package_id', 'owner_id', 'quantity'],
    );
    const key = (p: Ref, l: Ref, lot: Ref, pack: Ref, owner: Ref) => [p, l, lot, pack, owner].map(id).join('/');
    const fromMoves = new Map<string, number>();
    const add = (k: string, q: number) => fromMoves.set(k, Math.round(((fromMoves.get(k) ?? 0) + q) * 100) / 100);
    for (const l of lines) {
      add(key(l.product_id, l.location_dest_id, l.lot_id, l.result_package_id, l.owner_id), l.quantity);
      add(key(l.product_id, l.location_id, l.lot_id, l.package_id, l.owner_id), -l.quantity);
    }
    const fromQuants = new Map<string, number>();
    for (const q of quants) {
      const k = key(q.product_id, q.location_id, q.lot_id, q.package_id, q.owner_id);
      fromQuants.set(k, Math.round(((fromQuants.get(k) ?? 0) + q.quantity) * 100) / 100);
    }
    for (const [k, v] of fromMoves) expect([k, fromQuants.get(k) ?? 0]).toEqual([k, v]);
    for (const [k, v] of fromQuants) expect([k, fromMoves.get(k) ?? 0]).toEqual([k, v]);
  });
});

describe('demo data of real databases', () => {
  const rpc = new Rpc(new SandboxOdoo({ seed: 'demo' }));
  type Quant = { product_id: Ref; location_id: Ref; lot_id: Ref; quantity: number; company_id: Ref };
  const quantsOf = (code: string) =>
    rpc.searchRead<Quant>(
      'stock.quant',
      [
        ['product_id.default_code', '=', code],
        ['location_id.usage', '=', 'internal'],
      ],
      ['product_id', 'location_id', 'lot_id', 'quantity', 'company_id'],
      {
        order: 'id',
      },
    );

  test('a T-shirt template with two variants, each with stock in two places', () => {
    const variants = rpc.searchRead<{ display_name: string; product_variant_count: number }>(
      'product.product',
      [['name', '=', 'Staff T-shirt']],
      ['display_name', 'product_variant_count'],
      { order: 'default_code' },
    );
    expect(variants.map((v) => [v.display_name, v.product_variant_count])).toEqual([
      ['[TSHIRT-M] Staff T-shirt (M)', 2],
      ['[TSHIRT-S] Staff T-shirt (S)', 2],
    ]);
    expect(quantsOf('TSHIRT-S').map((q) => [q.location_id && q.location_id[1], q.quantity])).toEqual([
      ['WH/Stock', 10],
      ['WH/Stock/Shelf 1', 4],
    ]);
    expect(quantsOf('TSHIRT-M').map((q) => [q.location_id && q.location_id[1], q.quantity])).toEqual([
      ['WH/Stock', 6],
      ['WH/Stock/Shelf 2', 3],
    ]);
  });

  test('a product switched to serials holding 5 units without serial and 2 serials', () => {
    const [printer] = rpc.searchRead<{ tracking: string }>('product.product', [['default_code', '=', 'SER-0001']], ['tracking']);
    expect(printer.tracking).toBe('serial');
    expect(quantsOf('SER-0001').map((q) => [q.location_id && q.location_id[1], q.lot_id && q.lot_id[1], q.quantity])).toEqual([
      ['WH/Stock', false, 5],
      ['WH/Stock', 'LP-2026-0001', 1],
      ['WH/Stock', 'LP-2026-0002', 1],
    ]);
  });

  test('a second company North with its warehouse and stock of a shared product; admin in both, the clerk in one', () => {
    const chairs = quantsOf('FURN_0001').map((q) => [q.location_id && q.location_id[1], q.company_id && q.company_id[1], q.quantity]);
    expect(chairs).toEqual([
      ['WH/Stock', 'My Company', 30],
      ['North/Stock', 'North', 8],
    ]);
    const [admin] = rpc.call<{ company_ids: number[] }[]>('res.users', 'read', [[2], ['company_ids']]);
    expect(admin.company_ids).toHaveLength(2);
    const clerk = as(rpc, 'clerk');
    const seen = rpc.searchRead<Quant>(
      'stock.quant',
      [
        ['product_id.default_code', '=', 'FURN_0001'],
        ['location_id.usage', '=', 'internal'],
      ],
      ['location_id'],
      {},
      clerk,
    );
    expect(seen.map((q) => q.location_id && q.location_id[1])).toEqual(['WH/Stock']);
  });
});

describe('reset', () => {
  test('reset() brings the seed back', () => {
    const sandbox = new SandboxOdoo({ seed: 'demo' });
    const rpc = new Rpc(sandbox);
    const before = rpc.call<number>('stock.quant', 'search_count', [[]]);
    const p = rpc.call<number>('product.product', 'create', [{ name: 'Temp', detailed_type: 'product' }]);
    const ids = rpc.call<number[]>('stock.quant', 'create', [[{ product_id: p, location_id: 8, inventory_quantity: 3 }]], INVENTORY);
    rpc.call('stock.quant', 'action_apply_inventory', [ids], INVENTORY);
    expect(rpc.call<number>('stock.quant', 'search_count', [[]])).toBe(before + 2);
    sandbox.reset();
    expect(rpc.call<number>('stock.quant', 'search_count', [[]])).toBe(before);
    expect(rpc.call<number>('product.product', 'search_count', [[['name', '=', 'Temp']]])).toBe(0);
  });

  test('the empty seed is a fresh database', () => {
    const rpc = new Rpc(new SandboxOdoo({ seed: 'empty' }));
    expect(rpc.call('product.product', 'search_count', [[]], { context: { active_test: false } })).toBe(0);
    expect(rpc.call('stock.quant', 'search_count', [[]])).toBe(0);
    expect(rpc.call('res.users', 'search_read', [[]], { fields: ['login'] })).toEqual([{ id: 2, login: 'admin' }]);
    expect(rpc.call('stock.warehouse', 'search_read', [[]], { fields: ['name', 'code', 'lot_stock_id'] })).toEqual([
      { id: 1, name: 'My Company', code: 'WH', lot_stock_id: [8, 'WH/Stock'] },
    ]);
  });
});
