// Authentication, access rights and the RPC error envelope, on the demo database
// (admin/admin, manager/manager = stock manager, clerk/clerk = stock user).
import { SandboxOdoo } from '../../../server/sandbox';
import { as, INVENTORY, Rpc } from './helpers';

let rpc: Rpc;
beforeEach(() => {
  rpc = new Rpc(new SandboxOdoo({ seed: 'demo' }));
});

describe('authentication', () => {
  test('login, authenticate, version and db.list', () => {
    expect(rpc.raw('common', 'login', ['sandbox', 'admin', 'admin']).result).toBe(2);
    expect(rpc.raw('common', 'login', ['sandbox', 'admin', 'nope']).result).toBe(false);
    expect(rpc.raw('common', 'authenticate', ['sandbox', 'clerk', 'clerk', {}]).result).toEqual(expect.any(Number));
    expect(rpc.raw('common', 'authenticate', ['sandbox', 'clerk', 'clerk']).error?.data.message).toBe(
      "exp_authenticate() missing 1 required positional argument: 'user_agent_env'",
    );
    expect(rpc.raw('common', 'version', []).result).toMatchObject({ server_serie: '17.0', server_version_info: [17, 0, 0, 'final', 0, ''] });
    expect(rpc.raw('db', 'list', []).result).toEqual(['sandbox']);
  });

  test('the admin API key works wherever the password goes', () => {
    expect(rpc.raw('common', 'login', ['sandbox', 'admin', 'sandbox-admin-api-key']).result).toBe(2);
    expect(rpc.call('res.users', 'read', [[2], ['login']], {}, { uid: 2, password: 'sandbox-admin-api-key' })).toEqual([{ id: 2, login: 'admin' }]);
  });

  test('a wrong password or uid on execute_kw is AccessDenied', () => {
    for (const user of [
      { uid: 2, password: 'wrong' },
      { uid: 99, password: 'admin' },
      { uid: 2, password: '' },
    ]) {
      const err = rpc.error('res.partner', 'search', [[]], {}, user);
      expect([err.name, err.message, err.arguments]).toEqual(['odoo.exceptions.AccessDenied', 'Access Denied', ['Access Denied']]);
    }
  });

  test('an unknown database fails like PostgreSQL does', () => {
    expect(rpc.raw('common', 'login', ['nope', 'admin', 'admin']).error?.data.name).toBe('psycopg2.OperationalError');
  });
});

describe('the error envelope', () => {
  test('private methods, unknown models and methods, bad arguments', () => {
    expect(rpc.error('stock.quant', '_apply_inventory', [[1]]).message).toBe('Private methods (such as _apply_inventory) cannot be called remotely.');
    expect(rpc.error('no.such.model', 'search', [[]]).message).toBe("Object no.such.model doesn't exist");
    const attr = rpc.error('stock.quant', 'frobnicate', [[]]);
    expect([attr.name, attr.message]).toEqual(['builtins.AttributeError', "The method 'frobnicate' does not exist on the model 'stock.quant'"]);
    const typed = rpc.error('stock.quant', 'search_count', [[]], { colour: 'red' });
    expect([typed.name, typed.message]).toEqual(['builtins.TypeError', "BaseModel.search_count() got an unexpected keyword argument 'colour'"]);
    expect(rpc.error('stock.quant', 'search_read', [[]], { colour: 'red' }).message).toBe(
      "BaseModel._read_format() got an unexpected keyword argument 'colour'",
    );
    expect(rpc.error('stock.quant', 'search', []).message).toBe("BaseModel.search() missing 1 required positional argument: 'domain'");
  });

  test('a reply is HTTP-200 JSON-RPC with error.code 200 and the Python class name', () => {
    const reply = rpc.reply('no.such.model', 'search', [[]]);
    expect(reply).toEqual({
      jsonrpc: '2.0',
      id: expect.any(Number),
      error: {
        code: 200,
        message: 'Odoo Server Error',
        data: {
          name: 'odoo.exceptions.UserError',
          debug: expect.any(String),
          message: "Object no.such.model doesn't exist",
          arguments: ["Object no.such.model doesn't exist"],
          context: {},
        },
      },
    });
  });
});

describe('service errors, as a real 17.0 server answers them', () => {
  const data = (service: string, method: string, args: unknown[]) => {
    const e = rpc.raw(service, method, args).error!.data;
    return [e.name, e.message];
  };
  test('unknown services and methods', () => {
    expect(data('nope', 'x', [])).toEqual(['builtins.KeyError', 'nope']);
    expect(data('common', 'nope', [])).toEqual(['builtins.Exception', 'Method not found: nope']);
    expect(data('db', 'nope', [])).toEqual(['builtins.KeyError', 'Method not found: nope']);
    expect(data('object', 'nope', [])).toEqual(['builtins.IndexError', 'list index out of range']);
    expect(data('object', 'execute_kw', ['sandbox', 2])).toEqual(['builtins.IndexError', 'list index out of range']);
    expect(data('db', 'create_database', ['x', 'y', 'z'])).toEqual(['odoo.exceptions.AccessDenied', 'Access Denied']);
    expect(data('common', 'login', ['sandbox', 'admin'])).toEqual(['builtins.TypeError', "exp_login() missing 1 required positional argument: 'password'"]);
    expect(data('common', 'login', ['nope', 'admin', 'x'])).toEqual([
      'psycopg2.OperationalError',
      'connection to server at "127.0.0.1", port 5432 failed: FATAL:  database "nope" does not exist\n',
    ]);
    const missing = rpc.sandbox.handle({ jsonrpc: '2.0', method: 'call', id: 9, params: {} }).error!.data;
    expect(missing.message).toBe("RPC.jsonrpc() missing 3 required positional arguments: 'service', 'method', and 'args'");
  });

  test('about and server_version', () => {
    expect(rpc.raw('common', 'about', []).result).toBe('See http://openerp.com');
    expect(rpc.raw('db', 'server_version', []).result).toBe('17.0-20240709');
  });
});

describe('access rights of Odoo 17 stock', () => {
  test('a stock user may read and count, not apply nor edit products', () => {
    const clerk = as(rpc, 'clerk');
    expect(rpc.call<number>('stock.quant', 'search_count', [[]], {}, clerk)).toBeGreaterThan(0);
    const [quant] = rpc.call<number[]>(
      'stock.quant',
      'search',
      [
        [
          ['location_id.usage', '=', 'internal'],
          ['lot_id', '=', false],
        ],
      ],
      { limit: 1 },
      clerk,
    );
    rpc.call('stock.quant', 'write', [[quant], { inventory_quantity: 1 }], INVENTORY, clerk);
    expect(rpc.error('stock.quant', 'action_apply_inventory', [[quant]], INVENTORY, clerk).message).toBe(
      'Only a stock manager can validate an inventory adjustment.',
    );
    const err = rpc.error('product.template', 'write', [[1], { tracking: 'lot' }], {}, clerk);
    expect(err.message).toBe(
      "You are not allowed to modify 'Product' (product.template) records.\n\nThis operation is allowed for the following groups:\n\t- Administration/Settings\n\t- Inventory/Administrator\n\nContact your administrator to request access if necessary.",
    );
  });

  test('a stock user cannot read external ids nor manager-only fields', () => {
    const clerk = as(rpc, 'clerk');
    const err = rpc.error('ir.model.data', 'search_read', [[['module', '=', 'stock']]], {}, clerk);
    expect(err.message).toBe(
      "You are not allowed to access 'Model Data' (ir.model.data) records.\n\nThis operation is allowed for the following groups:\n\t- Administration/Access Rights\n\nContact your administrator to request access if necessary.",
    );
    const field = rpc.error('stock.quant', 'search_read', [[]], { fields: ['inventory_quantity_auto_apply'], limit: 1 }, clerk);
    expect(field.name).toBe('odoo.exceptions.AccessError');
    expect(field.message).toContain("- inventory_quantity_auto_apply (allowed for groups 'Inventory / Administrator')");
  });

  test('has_group answers for the calling user', () => {
    const clerk = as(rpc, 'clerk');
    const manager = as(rpc, 'manager');
    const has = (user: { uid: number; password: string }, group: string) => rpc.call<boolean>('res.users', 'has_group', [group], {}, user);
    expect([has(clerk, 'stock.group_stock_user'), has(clerk, 'stock.group_stock_manager'), has(clerk, 'base.group_system')]).toEqual([true, false, false]);
    expect([has(manager, 'stock.group_stock_manager'), has(manager, 'base.group_system')]).toEqual([true, false]);
    expect(has({ uid: 2, password: 'admin' }, 'base.group_system')).toBe(true);
    expect(rpc.error('res.users', 'has_group', ['group_system']).name).toBe('builtins.AssertionError');
  });

  test('a stock manager may apply and change tracking, but not the settings', () => {
    const manager = as(rpc, 'manager');
    const [quant] = rpc.call<number[]>(
      'stock.quant',
      'search',
      [
        [
          ['location_id.usage', '=', 'internal'],
          ['lot_id', '=', false],
        ],
      ],
      { limit: 1 },
      manager,
    );
    rpc.call('stock.quant', 'write', [[quant], { inventory_quantity: 1 }], INVENTORY, manager);
    expect(rpc.reply('stock.quant', 'action_apply_inventory', [[quant]], INVENTORY, manager).error).toBeUndefined();
    expect(rpc.call('product.template', 'write', [[1], { tracking: 'lot' }], {}, manager)).toBe(true);
    const err = rpc.error('res.config.settings', 'create', [{ group_stock_production_lot: true }], {}, manager);
    expect(err.message).toContain("You are not allowed to create 'Config Settings' (res.config.settings) records.");
  });

  test('the settings switch lots on for every internal user (admin only)', () => {
    const fresh = new Rpc(new SandboxOdoo({ seed: 'empty' }));
    const gid = fresh.searchRead<{ res_id: number }>(
      'ir.model.data',
      [
        ['module', '=', 'base'],
        ['name', '=', 'group_user'],
      ],
      ['res_id'],
    )[0].res_id;
    const sid = fresh.searchRead<{ res_id: number }>(
      'ir.model.data',
      [
        ['module', '=', 'stock'],
        ['name', '=', 'group_stock_user'],
      ],
      ['res_id'],
    )[0].res_id;
    fresh.call('res.users', 'create', [{ name: 'Clerk', login: 'clerk', password: 'clerk', groups_id: [[6, 0, [gid, sid]]] }]);
    const clerk = as(fresh, 'clerk');
    expect(fresh.call('res.users', 'has_group', ['stock.group_production_lot'], {}, clerk)).toBe(false);
    const settings = fresh.call<number>('res.config.settings', 'create', [{ group_stock_production_lot: true }]);
    expect(fresh.call('res.config.settings', 'execute', [[settings]])).toEqual({ type: 'ir.actions.client', tag: 'reload' });
    expect(fresh.call('res.users', 'has_group', ['stock.group_production_lot'], {}, clerk)).toBe(true);
  });

  test('outside inventory mode a stock user writes quants like any model (Odoo 17 has no guard)', () => {
    const clerk = as(rpc, 'clerk');
    const [quant] = rpc.call<number[]>('stock.quant', 'search', [[['location_id.usage', '=', 'internal']]], { limit: 1 }, clerk);
    expect(rpc.call('stock.quant', 'write', [[quant], { location_id: 8 }], {}, clerk)).toBe(true);
    const base = rpc.searchRead<{ res_id: number }>(
      'ir.model.data',
      [
        ['module', '=', 'base'],
        ['name', '=', 'group_user'],
      ],
      ['res_id'],
    )[0].res_id;
    rpc.call('res.users', 'create', [{ name: 'Viewer', login: 'viewer', password: 'viewer', groups_id: [[6, 0, [base]]] }]);
    const viewer = as(rpc, 'viewer');
    expect(rpc.error('stock.quant', 'write', [[quant], { inventory_quantity: 1 }], INVENTORY, viewer).message).toContain(
      "You are not allowed to modify 'Quants' (stock.quant) records.",
    );
  });
});
