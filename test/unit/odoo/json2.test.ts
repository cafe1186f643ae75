// JSON-2 (Odoo 19): positional arguments named per method, the API key in a bearer header,
// errors from HTTP statuses, and how connecting chooses between JSON-2 and /jsonrpc.
import { OdooClient } from '../../../src/odoo/client';
import { isUnknownModel, OdooError } from '../../../src/odoo/errors';
import { Json2Caller, toNamedCall } from '../../../src/odoo/json2';
import { FetchLike, JsonRpcTransport } from '../../../src/odoo/transport';

describe('toNamedCall', () => {
  test.each([
    ['search_read', [[['id', '>', 0]]], { fields: ['name'], limit: 5 }, { named: { domain: [['id', '>', 0]], fields: ['name'], limit: 5 } }],
    ['search_count', [[]], {}, { named: { domain: [] } }],
    ['create', [[{ name: 'a' }]], { context: { inventory_mode: true } }, { named: { vals_list: [{ name: 'a' }], context: { inventory_mode: true } } }],
    ['read', [[7], ['login']], {}, { ids: [7], named: { fields: ['login'] } }],
    ['write', [[1, 2], { tracking: 'lot' }], {}, { ids: [1, 2], named: { vals: { tracking: 'lot' } } }],
    ['has_group', [[2], 'stock.group_stock_user'], {}, { ids: [2], named: { group_ext_id: 'stock.group_stock_user' } }],
    ['action_apply_inventory', [[5, 6]], { context: { inventory_name: 'X' } }, { ids: [5, 6], named: { context: { inventory_name: 'X' } } }],
    [
      'read_group',
      [[], ['product_id'], ['product_id']],
      { lazy: false },
      { named: { domain: [], fields: ['product_id'], groupby: ['product_id'], lazy: false } },
    ],
  ])('%s', (method, args, kwargs, expected) => {
    expect(toNamedCall('m', method, args as unknown[], kwargs)).toEqual(expected);
  });

  test('a record method without ids, or more arguments than names, is a programming error', () => {
    expect(() => toNamedCall('res.users', 'has_group', ['stock.group_stock_user'])).toThrow(/ids as the first argument/);
    expect(() => toNamedCall('stock.quant', 'action_apply_inventory', [[1], 'extra'])).toThrow(/1 positional arguments, JSON-2 names only 0/);
  });
});

interface Seen {
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fake server: answers by path, records what was sent. */
function fakeOdoo(answers: Record<string, [number, unknown]>, seen: Seen[] = []): FetchLike {
  return async (url, init) => {
    seen.push({ url, headers: init.headers, body: JSON.parse(init.body) });
    const path = new URL(url).pathname;
    const key = path === '/jsonrpc' ? `jsonrpc:${(JSON.parse(init.body) as { params: { method: string } }).params.method}` : path;
    const [status, body] = answers[key] ?? [404, '<html>not found</html>'];
    return { ok: status < 300, status, text: async () => (typeof body === 'string' ? body : JSON.stringify(body)) };
  };
}

const VERSION_19 = { result: { server_version: '19.0-20260402', server_version_info: [19, 0, 0, 'final', 0, ''] } };

describe('Json2Caller', () => {
  test('sends the key as a bearer token and the database as a header, never in the body', async () => {
    const seen: Seen[] = [];
    const caller = new Json2Caller(new JsonRpcTransport('http://odoo', fakeOdoo({ '/json/2/stock.quant/write': [200, true] }, seen)), 'prod', 'key-123');
    expect(await caller.call('stock.quant', 'write', [[1], { inventory_quantity: 0 }])).toBe(true);
    expect(seen[0].url).toBe('http://odoo/json/2/stock.quant/write');
    expect(seen[0].headers).toMatchObject({ Authorization: 'bearer key-123', 'X-Odoo-Database': 'prod', 'Content-Type': 'application/json' });
    expect(seen[0].body).toEqual({ ids: [1], vals: { inventory_quantity: 0 } });
    expect(JSON.stringify(caller)).not.toContain('key-123');
  });

  test('create of one dict answers one id, as execute_kw does; a list stays a list', async () => {
    const transport = new JsonRpcTransport('http://odoo', fakeOdoo({ '/json/2/res.partner/create': [200, [42]] }));
    const caller = new Json2Caller(transport, 'prod', 'k');
    expect(await caller.call('res.partner', 'create', [{ name: 'a' }])).toBe(42);
    expect(await caller.call('res.partner', 'create', [[{ name: 'a' }]])).toEqual([42]);
  });

  test("errors carry Odoo's words and kind from the status and exception name", async () => {
    const fetch = fakeOdoo({
      '/json/2/stock.quant/_apply_inventory': [
        403,
        { name: 'odoo.exceptions.AccessError', message: "Private methods (such as 'stock.quant._apply_inventory') cannot be called remotely." },
      ],
      '/json/2/stock.quant/create': [422, { name: 'odoo.exceptions.UserError', message: "Quant's creation is restricted, you can't do this operation." }],
      '/json/2/no.such/search_read': [404, { name: 'werkzeug.exceptions.NotFound', message: "the model 'no.such' does not exist" }],
      '/json/2/res.users/context_get': [401, { name: 'werkzeug.exceptions.Unauthorized', message: 'Invalid apikey' }],
    });
    const caller = new Json2Caller(new JsonRpcTransport('http://odoo', fetch), 'prod', 'k');
    await expect(caller.call('stock.quant', '_apply_inventory', [[1]])).rejects.toMatchObject({ kind: 'access', odooName: 'odoo.exceptions.AccessError' });
    await expect(caller.call('stock.quant', 'create', [[{}]])).rejects.toMatchObject({
      kind: 'user',
      odooMessage: "Quant's creation is restricted, you can't do this operation.",
    });
    const unknown = await caller.call('no.such', 'search_read', [[]]).catch((e: unknown) => e);
    expect(isUnknownModel(unknown, 'no.such')).toBe(true);
    expect(isUnknownModel(unknown, 'no')).toBe(false);
    await expect(caller.call('res.users', 'context_get', [])).rejects.toMatchObject({ kind: 'denied' });
    await expect(caller.call('x.y', 'search_read', [[]])).rejects.toThrow(/no JSON-2 API or no database "prod"/);
  });
});

describe('connecting to Odoo 19', () => {
  test('an API key signs in over JSON-2, and calls go there', async () => {
    const seen: Seen[] = [];
    const fetch = fakeOdoo(
      {
        'jsonrpc:version': [200, VERSION_19],
        '/json/2/res.users/context_get': [200, { uid: 7, lang: 'en_US', tz: false }],
        '/json/2/res.users/read': [200, [{ id: 7, login: 'anna' }]],
        '/json/2/stock.quant/search_count': [200, 12],
      },
      seen,
    );
    const client = await OdooClient.connect(new JsonRpcTransport('http://odoo', fetch), { db: 'prod', login: 'anna', secret: 'key' });
    expect(client.api).toBe('json2');
    expect(client.uid).toBe(7);
    expect(await client.execute('stock.quant', 'search_count', [[]])).toBe(12);
    expect(seen.filter((s) => s.url.endsWith('/jsonrpc'))).toHaveLength(1); // the version only
  });

  test('a password is refused by JSON-2 (401), so the sign-in goes through /jsonrpc', async () => {
    const fetch = fakeOdoo({
      'jsonrpc:version': [200, VERSION_19],
      '/json/2/res.users/context_get': [401, { name: 'werkzeug.exceptions.Unauthorized', message: 'Invalid apikey' }],
      'jsonrpc:authenticate': [200, { result: 7 }],
    });
    const client = await OdooClient.connect(new JsonRpcTransport('http://odoo', fetch), { db: 'prod', login: 'anna', secret: 'password' });
    expect(client.api).toBe('jsonrpc');
  });

  test("another user's key is refused before anything is done", async () => {
    const fetch = fakeOdoo({
      'jsonrpc:version': [200, VERSION_19],
      '/json/2/res.users/context_get': [200, { uid: 2 }],
      '/json/2/res.users/read': [200, [{ id: 2, login: 'admin' }]],
    });
    const attempt = OdooClient.connect(new JsonRpcTransport('http://odoo', fetch), { db: 'prod', login: 'anna', secret: 'key' });
    await expect(attempt).rejects.toBeInstanceOf(OdooError);
    await expect(attempt).rejects.toThrow('This API key belongs to "admin", not to "anna".');
  });
});
