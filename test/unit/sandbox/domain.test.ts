// Domains, ordering and paging on the demo database, including Odoo 17's error messages.
import { SandboxOdoo } from '../../../server/sandbox';
import { Rpc } from './helpers';

const rpc = new Rpc(new SandboxOdoo({ seed: 'demo', now: () => new Date('2026-04-01T09:00:00Z') }));
const codes = (domain: unknown[], kwargs: Record<string, unknown> = {}) =>
  rpc.searchRead<{ default_code: string }>('product.product', domain, ['default_code'], { order: 'default_code', ...kwargs }).map((p) => p.default_code);

describe('domain operators', () => {
  test('implicit and explicit & and |, and !', () => {
    expect(
      codes([
        ['default_code', 'like', 'FURN_000'],
        ['default_code', '<', 'FURN_0003'],
      ]),
    ).toEqual(['FURN_0001', 'FURN_0002']);
    expect(codes(['&', ['default_code', 'like', 'FURN_000'], ['default_code', '<', 'FURN_0003']])).toEqual(['FURN_0001', 'FURN_0002']);
    expect(codes(['|', ['default_code', '=', 'ACC-0001'], ['default_code', '=', 'FURN_0010']])).toEqual(['ACC-0001', 'FURN_0010']);
    expect(codes(['!', ['default_code', 'like', 'FURN'], ['detailed_type', '=', 'product']])).toEqual([
      'ACC-0001',
      'ACC-0002',
      'ACC-0003',
      'ACC-0004',
      'ACC-0005',
      'ACC-0006',
      'ACC-0007',
      'ACC-0008',
      'ACC-0009',
      'ACC-0010',
      'BULK-0001',
      'LOT-0001',
      // the demo's real-database cases: a serial product and two T-shirt variants
      'SER-0001',
      'TSHIRT-M',
      'TSHIRT-S',
    ]);
  });

  test('in, not in, =, != and comparisons', () => {
    expect(codes([['default_code', 'in', ['ACC-0002', 'FURN_0002', 'NOPE']]])).toEqual(['ACC-0002', 'FURN_0002']);
    expect(codes([['detailed_type', 'not in', ['product']]])).toEqual(['CONS-0001', 'SERV-0001']);
    expect(codes([['detailed_type', '!=', 'product']])).toEqual(['CONS-0001', 'SERV-0001']);
    expect(codes([['standard_price', '>=', 300]])).toEqual(['FURN_0003', 'FURN_0009']);
    expect(codes([['tracking', '=', 'lot']])).toEqual(['LOT-0001']);
  });

  test('like, ilike, not ilike, =like, =ilike follow SQL LIKE (with % and _ as wildcards)', () => {
    expect(codes([['name', 'ilike', 'desk l']])).toEqual(['ACC-0001', 'FURN_0007']);
    expect(codes([['name', 'like', 'desk']])).toEqual([]);
    expect(codes([['default_code', '=like', 'ACC-000_']])).toHaveLength(9);
    expect(codes([['default_code', '=ilike', 'furn%1']])).toEqual(['FURN_0001']);
    expect(
      codes([
        ['default_code', 'not ilike', 'a'],
        ['default_code', 'not ilike', 'f'],
      ]),
    ).toEqual(['BULK-0001', 'CONS-0001', 'LOT-0001', 'SER-0001', 'SERV-0001', 'TSHIRT-M', 'TSHIRT-S']);
    // "_" is a wildcard: FURN_000 matches FURNX000 too; Odoo does not escape it
    expect(codes([['default_code', 'like', 'FURN_']])).toHaveLength(10);
  });

  test('false comparisons are IS NULL / IS NOT NULL, and != includes NULL', () => {
    const owned = rpc.searchRead<{ owner_id: unknown; location_id: unknown }>('stock.quant', [['owner_id', '!=', false]], ['owner_id', 'location_id']);
    // the receipt's consignment line: +4 at WH/Stock and -4 at Partners/Vendors
    expect(owned.map((q) => [q.location_id, q.owner_id])).toEqual([
      [
        [4, 'Partners/Vendors'],
        [expect.any(Number), 'Azure Interior'],
      ],
      [
        [8, 'WH/Stock'],
        [expect.any(Number), 'Azure Interior'],
      ],
    ]);
    const unowned = rpc.call<number>('stock.quant', 'search_count', [
      [
        ['owner_id', '=', false],
        ['location_id.usage', '=', 'internal'],
      ],
    ]);
    const all = rpc.call<number>('stock.quant', 'search_count', [[['location_id.usage', '=', 'internal']]]);
    expect(unowned).toBe(all - 1);
    const lotA = rpc.searchRead<{ id: number }>('stock.lot', [['name', '=', 'VAR-2026-001']], ['id'])[0].id;
    // a NULL lot_id is "!= lotA" for Odoo (it adds "OR lot_id IS NULL")
    expect(
      rpc.call<number>('stock.quant', 'search_count', [
        [
          ['lot_id', '!=', lotA],
          ['location_id.usage', '=', 'internal'],
        ],
      ]),
    ).toBe(all - 1);
    expect(codes([['barcode', '=', false]])).toEqual(['CONS-0001', 'SERV-0001']);
  });

  test('dotted paths and many2one names', () => {
    const onShelves = rpc.searchRead<{ location_id: [number, string] }>('stock.quant', [['location_id.name', 'ilike', 'shelf']], ['location_id']);
    expect(new Set(onShelves.map((q) => q.location_id[1]))).toEqual(new Set(['WH/Stock/Shelf 1', 'WH/Stock/Shelf 2']));
    const byName = rpc.searchRead<{ product_id: [number, string] }>(
      'stock.quant',
      [
        ['product_id', 'ilike', 'bookshelf'],
        ['location_id.usage', '=', 'internal'],
      ],
      ['product_id'],
    );
    expect(byName.map((q) => q.product_id[1])).toEqual(['[FURN_0005] Bookshelf Oak', '[FURN_0005] Bookshelf Oak']);
    const virtual = rpc.call<number>('stock.quant', 'search_count', [[['location_id.usage', '=', 'inventory']]]);
    expect(virtual).toBeGreaterThan(0);
  });

  test('child_of and parent_of', () => {
    const stock = rpc.searchRead<{ id: number }>('stock.location', [['complete_name', '=', 'WH/Stock']], ['id'])[0].id;
    const children = rpc.searchRead<{ complete_name: string }>('stock.location', [['id', 'child_of', stock]], ['complete_name'], { order: 'complete_name' });
    expect(children.map((l) => l.complete_name)).toEqual(['WH/Stock', 'WH/Stock/Shelf 1', 'WH/Stock/Shelf 2']);
    const parents = rpc.searchRead<{ complete_name: string }>('stock.location', [['id', 'parent_of', children[2] && stock]], ['complete_name'], {
      order: 'complete_name',
    });
    expect(parents.map((l) => l.complete_name)).toEqual(['Physical Locations', 'WH', 'WH/Stock']);
    const quantsUnder = rpc.call<number>('stock.quant', 'search_count', [[['location_id', 'child_of', stock]]]);
    // the first company's internal quants (North/Stock is the second company's)
    const internal = rpc.call<number>('stock.quant', 'search_count', [
      [
        ['location_id.usage', '=', 'internal'],
        ['company_id', '=', 1],
      ],
    ]);
    expect(quantsUnder).toBe(internal);
  });

  test('active_test: archived records are hidden unless asked for', () => {
    expect(codes([['default_code', '=', 'FURN_0099']])).toEqual([]);
    expect(codes([['default_code', '=', 'FURN_0099']], { context: { active_test: false } })).toEqual(['FURN_0099']);
    expect(
      codes([
        ['default_code', '=', 'FURN_0099'],
        ['active', '=', false],
      ]),
    ).toEqual(['FURN_0099']);
    const id = rpc.call<number[]>('product.product', 'search', [[['default_code', '=', 'FURN_0099']]], { context: { active_test: false } })[0];
    // read() of an archived record works without any context
    expect(rpc.call<{ active: boolean }[]>('product.product', 'read', [[id], ['active']])[0].active).toBe(false);
    // inactive locations of a fresh database: WH/Input and the transit ones (6), and the same
    // five for the demo's second company North (its Inter-warehouse transit, Input, Quality
    // Control, Output, Packing Zone)
    expect(rpc.call<number>('stock.location', 'search_count', [[['active', '=', false]]])).toBe(11);
  });
});

describe('order, offset and limit', () => {
  test('order by several fields with directions, and paging', () => {
    const lines = rpc.searchRead<{ id: number; date: string }>('stock.move.line', [], ['date'], { order: 'date desc, id desc' });
    const sorted = [...lines].sort((a, b) => (a.date === b.date ? b.id - a.id : a.date < b.date ? 1 : -1));
    expect(lines).toEqual(sorted);
    const page = rpc.searchRead('stock.move.line', [], ['date'], { order: 'date desc, id desc', offset: 2, limit: 3 });
    expect(page).toEqual(lines.slice(2, 5));
    expect(rpc.call<number[]>('stock.quant', 'search', [[]], { order: 'id', limit: 3 })).toEqual([1, 2, 3]);
  });

  test('many2one fields sort by the comodel order (locations by complete name)', () => {
    const quants = rpc.searchRead<{ location_id: [number, string] }>('stock.quant', [['location_id.usage', '=', 'internal']], ['location_id'], {
      order: 'location_id, id',
    });
    const names = quants.map((q) => q.location_id[1]);
    expect(names).toEqual([...names].sort());
  });

  test('an invalid order is a UserError with Odoo text', () => {
    const err = rpc.error('stock.quant', 'search', [[]], { order: 'id; drop table' });
    expect(err.name).toBe('odoo.exceptions.UserError');
    expect(err.message).toBe(
      'Invalid "order" specified (id; drop table). A valid "order" specification is a comma-separated list of valid field names (optionally followed by asc/desc for the direction)',
    );
    expect(rpc.error('stock.quant', 'search', [[]], { order: 'nope desc' }).message).toBe("Invalid field 'nope' on model 'stock.quant'");
  });
});

describe('errors', () => {
  test('unknown field in a domain is a ValueError naming the leaf', () => {
    const err = rpc.error('stock.quant', 'search_read', [[['foo', '=', 1]]]);
    expect(err.name).toBe('builtins.ValueError');
    expect(err.message).toBe("Invalid field stock.quant.foo in leaf ('foo', '=', 1)");
    expect(rpc.error('stock.quant', 'search_count', [[['location_id.nope', '=', 'x']]]).message).toBe(
      "Invalid field stock.location.nope in leaf ('nope', '=', 'x')",
    );
  });

  test('unknown field in read or search_read fields', () => {
    const err = rpc.error('stock.quant', 'search_read', [[]], { fields: ['quantity', 'nope'] });
    expect([err.name, err.message]).toEqual(['builtins.ValueError', "Invalid field 'nope' on model 'stock.quant'"]);
  });

  test('bad operator and bad syntax', () => {
    expect(rpc.error('stock.quant', 'search', [[['quantity', 'equals', 1]]]).message).toBe("Invalid leaf ('quantity', 'equals', 1)");
    expect(rpc.error('stock.quant', 'search', [['|', ['quantity', '=', 1]]]).message).toBe("Domain ['|', ['quantity', '=', 1]] is syntactically not correct.");
  });
});

describe('other ORM methods', () => {
  test('name_search, fields_get, read of missing ids, search_read without fields', () => {
    const found = rpc.call<[number, string][]>('product.product', 'name_search', ['FURN_0002']);
    expect(found).toEqual([[expect.any(Number), '[FURN_0002] Office Desk 160x80']]);
    const fields = rpc.call<Record<string, { type: string; relation?: string; string: string }>>('stock.quant', 'fields_get', [], {
      attributes: ['type', 'relation', 'string'],
    });
    expect(fields.lot_id).toEqual({ type: 'many2one', relation: 'stock.lot', string: 'Lot/Serial Number' });
    expect(fields.quantity).toEqual({ type: 'float', string: 'Quantity' });
    expect(rpc.call('stock.quant', 'read', [[1, 999999], ['quantity']])).toEqual([{ id: 1, quantity: expect.any(Number) }]);
    const [one] = rpc.call<Record<string, unknown>[]>('stock.quant', 'search_read', [[['id', '=', 1]]]);
    expect(Object.keys(one)).toEqual(expect.arrayContaining(['id', 'product_id', 'inventory_diff_quantity', 'display_name', 'write_date']));
  });

  test('read_group groups and counts', () => {
    const groups = rpc.call<{ location_id: [number, string]; __count: number; quantity: number }[]>(
      'stock.quant',
      'read_group',
      [[['location_id.usage', '=', 'internal']], ['quantity:sum'], ['location_id']],
      { lazy: false },
    );
    const names = groups.map((g) => g.location_id[1]);
    expect(names).toEqual(['North/Stock', 'WH/Stock', 'WH/Stock/Shelf 1', 'WH/Stock/Shelf 2']);
    const total = rpc
      .searchRead<{ quantity: number }>('stock.quant', [['location_id.usage', '=', 'internal']], ['quantity'])
      .reduce((s, q) => s + q.quantity, 0);
    expect(groups.reduce((s, g) => s + g.quantity, 0)).toBeCloseTo(total, 6);
  });
});
