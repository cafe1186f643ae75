// Several companies as Odoo plays them: a new company's locations and warehouse
// (stock res_company.py / stock_warehouse.py), env.company / env.companies and
// allowed_company_ids (odoo/api.py), the multi-company record rules
// (stock_security.xml, product_security.xml) and _check_company (odoo/models.py).
import { SandboxOdoo } from '../../../server/sandbox';
import { INVENTORY, Rpc } from './helpers';

const STOCK = 8;
let rpc: Rpc;

function setup(version?: '16.0' | '17.0' | '18.0' | '19.0') {
  rpc = new Rpc(new SandboxOdoo({ seed: 'empty', version, now: () => new Date('2026-05-04T10:00:00Z') }));
}
beforeEach(() => setup());

const storable = () => (rpc.sandbox.traits.storable === 'is_storable' ? { type: 'consu', is_storable: true } : { detailed_type: 'product' });
function product(name: string, extra: Record<string, unknown> = {}): number {
  return rpc.call<number>('product.product', 'create', [{ name, default_code: name.toUpperCase(), ...storable(), ...extra }]);
}
function north(): { company: number; stock: number; loss: number } {
  const company = rpc.call<number>('res.company', 'create', [{ name: 'North' }]);
  const warehouse = () => rpc.searchRead<{ lot_stock_id: [number, string] }>('stock.warehouse', [['company_id', '=', company]], ['lot_stock_id'])[0];
  // 18 and 19 leave the warehouse to the user (stock res_company.py create makes it only under tests)
  if (!warehouse()) rpc.call('stock.warehouse', 'create', [{ name: 'North', code: 'North', company_id: company }]);
  const wh = warehouse();
  const [loss] = rpc.searchRead<{ id: number }>(
    'stock.location',
    [
      ['company_id', '=', company],
      ['usage', '=', 'inventory'],
      ['scrap_location', '=', false],
    ],
    ['id'],
  );
  return { company, stock: wh.lot_stock_id[0], loss: loss.id };
}

describe('a new company', () => {
  it('has no warehouse on 18 and 19 until one is made (only 16 and 17 make it at once)', () => {
    for (const [version, made] of [
      ['17.0', 1],
      ['18.0', 0],
      ['19.0', 0],
    ] as const) {
      setup(version);
      const company = rpc.call<number>('res.company', 'create', [{ name: 'North' }]);
      expect(rpc.searchRead('stock.warehouse', [['company_id', '=', company]], ['id'])).toHaveLength(made);
    }
  });

  it('gets its warehouse (code from its name), <CODE>/Stock and its own inventory-loss location; the creator may use it', () => {
    const { company, stock, loss } = north();
    const [wh] = rpc.searchRead('stock.warehouse', [['company_id', '=', company]], ['name', 'code', 'view_location_id', 'lot_stock_id']);
    expect(wh).toMatchObject({ name: 'North', code: 'North', lot_stock_id: [stock, 'North/Stock'] });
    const [loc] = rpc.call<Record<string, unknown>[]>('stock.location', 'read', [[stock], ['barcode', 'usage', 'company_id', 'active']]);
    expect(loc).toMatchObject({ barcode: 'NORTH-STOCK', usage: 'internal', company_id: [company, 'North'], active: true });
    const [lossRow] = rpc.call<Record<string, unknown>[]>('stock.location', 'read', [[loss], ['complete_name', 'company_id']]);
    expect(lossRow).toEqual({ id: loss, complete_name: 'Virtual Locations/Inventory adjustment', company_id: [company, 'North'] });
    const [admin] = rpc.call<{ company_ids: number[]; company_id: [number, string] }[]>('res.users', 'read', [[2], ['company_ids', 'company_id']]);
    expect(admin.company_ids).toEqual([1, company]);
    expect(admin.company_id[0]).toBe(1);
  });
});

describe('env.company and allowed_company_ids', () => {
  it('a lot defaults to the user’s default company, or the first allowed company', () => {
    const { company } = north();
    const p = product('Drill', { tracking: 'lot' });
    const a = rpc.call<number>('stock.lot', 'create', [{ name: 'L1', product_id: p }]);
    const b = rpc.call<number>('stock.lot', 'create', [{ name: 'L1', product_id: p }], { context: { allowed_company_ids: [company, 1] } });
    const rows = rpc.call<{ company_id: [number, string] }[]>('stock.lot', 'read', [[a, b], ['company_id']]);
    // the same lot name in two companies is allowed: unique per (name, product, company)
    expect(rows.map((r) => r.company_id[0])).toEqual([1, company]);
  });

  it('refuses companies the user may not use', () => {
    const { company } = north();
    const clerkPartner = rpc.call<number>('res.users', 'create', [{ name: 'Clerk', login: 'clerk', password: 'clerk' }]);
    const clerk = { uid: clerkPartner, password: 'clerk' };
    rpc.call('res.users', 'write', [[clerkPartner], { [rpc.sandbox.traits.userGroups]: [[4, 22]] }]);
    const err = rpc.error('stock.quant', 'search_read', [[]], { fields: ['id'], context: { allowed_company_ids: [company] } }, clerk);
    expect(err).toMatchObject({ name: 'odoo.exceptions.AccessError', message: 'Access to unauthorized or invalid companies.' });
  });
});

describe('res.users companies', () => {
  it('a user’s default company must be one of its companies (res_users.py _check_company)', () => {
    const { company } = north();
    const uid = rpc.call<number>('res.users', 'create', [{ name: 'Clerk', login: 'clerk', password: 'clerk' }]);
    expect(rpc.call<{ company_ids: number[] }[]>('res.users', 'read', [[uid], ['company_ids']])[0].company_ids).toEqual([1]);
    const err = rpc.error('res.users', 'write', [[uid], { company_id: company }]);
    expect(err).toMatchObject({
      name: 'odoo.exceptions.ValidationError',
      message: 'Company North is not in the allowed companies for user Clerk (My Company).',
    });
    rpc.call('res.users', 'write', [[uid], { company_ids: [[4, company]], company_id: company }]);
  });
});

describe('record rules', () => {
  it('hide another company’s stock unless it is allowed; reading it anyway is refused', () => {
    const { company, stock } = north();
    const p = product('Chair');
    rpc.call(
      'stock.quant',
      'create',
      [
        [
          { product_id: p, location_id: STOCK, inventory_quantity: 2 },
          { product_id: p, location_id: stock, inventory_quantity: 3 },
        ],
      ],
      INVENTORY,
    );
    const all = rpc.searchRead<{ id: number; company_id: [number, string] }>('stock.quant', [['product_id', '=', p]], ['company_id']);
    expect(all.map((q) => q.company_id[0]).sort()).toEqual([1, company]); // no context: every company of the user
    const mine = rpc.searchRead('stock.quant', [['product_id', '=', p]], ['company_id'], { context: { allowed_company_ids: [1] } });
    expect(mine).toHaveLength(1);
    const northQuant = all.find((q) => q.company_id[0] === company)!.id;
    const err = rpc.error('stock.quant', 'read', [[northQuant], ['quantity']], { context: { allowed_company_ids: [1] } });
    expect(err.name).toBe('odoo.exceptions.AccessError');
    expect(err.message).toMatch(
      /^Uh-oh! Looks like you have stumbled upon some top-secret records.\n\nSorry, Administrator \(id=2\) doesn't have 'read' access to:\n- Quants, North\/Stock \(stock.quant: \d+, company=North\)\n\nBlame the following rules:\n- stock_quant multi-company\n\nNote: this might be a multi-company issue/,
    );
    // a product of one company is hidden from the other; shared products are seen by both
    const own = product('Own', { company_id: company });
    expect(rpc.searchRead('product.product', [['id', 'in', [p, own]]], ['id'], { context: { allowed_company_ids: [1] } })).toEqual([{ id: p }]);
  });
});

describe('check_company', () => {
  it('refuses a count whose lot belongs to another company than the location, in Odoo’s words, and rolls back', () => {
    // stock_quant.py create: the count branch creates the quant with sudo().create(vals), which
    // comes back into create in inventory mode without the count and runs quant._check_company()
    const { stock } = north();
    const p = product('Drill', { tracking: 'lot' });
    const lot = rpc.call<number>('stock.lot', 'create', [{ name: 'L1', product_id: p }]); // company 1
    const err = rpc.error('stock.quant', 'create', [[{ product_id: p, location_id: stock, lot_id: lot, inventory_quantity: 4 }]], INVENTORY);
    expect(err).toMatchObject({
      name: 'odoo.exceptions.UserError',
      message:
        "Incompatible companies on records:\n- 'North/Stock - L1' belongs to company 'North' and 'Lot/Serial Number' (lot_id: 'L1') belongs to another company.",
    });
    expect(rpc.call('stock.quant', 'search_count', [[['product_id', '=', p]]])).toBe(0);
  });

  it('refuses applying such a quant made outside inventory mode: the move line is checked (stock_move_line.py _action_done)', () => {
    const { stock } = north();
    const p = product('Drill', { tracking: 'lot' });
    const lot = rpc.call<number>('stock.lot', 'create', [{ name: 'L1', product_id: p }]);
    // without inventory_mode, create is the plain ORM create: no check there
    const q = rpc.call<number>('stock.quant', 'create', [{ product_id: p, location_id: stock, lot_id: lot, inventory_quantity: 4 }]);
    const err = rpc.error('stock.quant', 'action_apply_inventory', [[q]], INVENTORY);
    expect(err.message).toBe(
      "Incompatible companies on records:\n- '[DRILL] Drill' belongs to company 'North' and 'Lot/Serial Number' (lot_id: 'L1') belongs to another company.",
    );
    expect(rpc.call('stock.move', 'search_count', [[['product_id', '=', p]]])).toBe(0);
    expect(rpc.call<Record<string, unknown>[]>('stock.quant', 'read', [[q], ['quantity']])[0].quantity).toBe(0);
  });

  it('refuses creating such a quant in inventory mode without a count (stock_quant.py create)', () => {
    const { stock } = north();
    const p = product('Drill', { tracking: 'lot' });
    const lot = rpc.call<number>('stock.lot', 'create', [{ name: 'L1', product_id: p }]);
    const err = rpc.error('stock.quant', 'create', [{ product_id: p, location_id: stock, lot_id: lot }], INVENTORY);
    expect(err.message).toBe(
      "Incompatible companies on records:\n- 'North/Stock - L1' belongs to company 'North' and 'Lot/Serial Number' (lot_id: 'L1') belongs to another company.",
    );
  });

  it('moves made by a count carry the quant’s company and use that company’s inventory-loss location', () => {
    const { company, stock, loss } = north();
    const p = product('Chair');
    const [q] = rpc.call<number[]>('stock.quant', 'create', [[{ product_id: p, location_id: stock, inventory_quantity: 3 }]], INVENTORY);
    rpc.call('stock.quant', 'action_apply_inventory', [[q]], INVENTORY);
    const [move] = rpc.searchRead('stock.move', [['product_id', '=', p]], ['company_id', 'location_id', 'location_dest_id']);
    expect(move).toMatchObject({
      company_id: [company, 'North'],
      location_id: [loss, 'Virtual Locations/Inventory adjustment'],
      location_dest_id: [stock, 'North/Stock'],
    });
  });
});

describe('check_company in 18 and 19', () => {
  const refused = () => {
    const { stock } = north();
    const p = product('Drill', { tracking: 'lot' });
    const lot = rpc.call<number>('stock.lot', 'create', [{ name: 'L1', product_id: p, company_id: 1 }]);
    return rpc.error('stock.quant', 'create', [[{ product_id: p, location_id: stock, lot_id: lot, inventory_quantity: 4 }]], INVENTORY).message;
  };
  it('18 quotes with curly quotes (odoo/models.py 18.0)', () => {
    setup('18.0');
    expect(refused()).toBe(
      "Incompatible companies on records:\n- “North/Stock - L1” belongs to company “North” and “Lot/Serial Number” (lot_id: 'L1') belongs to another company.",
    );
  });
  it('19 words it its own way (odoo/orm/models.py 19.0)', () => {
    setup('19.0');
    expect(refused()).toBe(
      "Uh-oh! You’ve got some company inconsistencies here:\n- “North/Stock - L1” belongs to company “North” while “Lot/Serial Number” (lot_id: 'L1') belongs to another company.\nTo avoid a mess, no company crossover is allowed!",
    );
  });
});

describe('lots and product companies', () => {
  it('refuses a lot of a company for a product of another company (stock.lot _check_company_auto)', () => {
    const { company } = north();
    const p = product('Own', { company_id: company, tracking: 'lot' });
    const err = rpc.error('stock.lot', 'create', [{ name: 'X1', product_id: p, company_id: 1 }]);
    expect(err.message).toBe(
      "Incompatible companies on records:\n- 'X1' belongs to company 'My Company' and 'Product' (product_id: '[OWN] Own') belongs to another company.",
    );
  });

  it('18 gives a new lot its product’s company: none for a shared product', () => {
    setup('18.0');
    const { company } = north();
    const shared = product('Shared', { tracking: 'lot' });
    const own = product('Own', { company_id: company, tracking: 'lot' });
    const ids = rpc.call<number[]>('stock.lot', 'create', [
      [
        { name: 'A', product_id: shared },
        { name: 'B', product_id: own },
      ],
    ]);
    expect(rpc.call<{ company_id: unknown }[]>('stock.lot', 'read', [ids, ['company_id']]).map((l) => l.company_id)).toEqual([false, [company, 'North']]);
  });
});

describe('lot uniqueness in 18', () => {
  it('allows a name in two companies but not beside a lot without company', () => {
    setup('18.0');
    const { company } = north();
    const p = product('Drill', { tracking: 'lot' });
    rpc.call('stock.lot', 'create', [{ name: 'L1', product_id: p, company_id: 1 }]);
    rpc.call('stock.lot', 'create', [{ name: 'L1', product_id: p, company_id: company }]);
    const err = rpc.error('stock.lot', 'create', [{ name: 'L1', product_id: p, company_id: false }]);
    expect(err.message).toBe(
      'The combination of lot/serial number and product must be unique within a company including when no company is defined.\nThe following combinations contain duplicates:\n - Product: [DRILL] Drill, Lot/Serial Number: L1',
    );
  });
});
