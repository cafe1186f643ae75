import { OdooClient } from '../../../src/odoo/client';
import { dialectFor, majorOf } from '../../../src/odoo/dialect';
import { OdooError } from '../../../src/odoo/errors';
import { FetchLike, JsonRpcTransport } from '../../../src/odoo/transport';

/** A fake Odoo answering from a function, recording what was sent. */
function fakeOdoo(answer: (params: { service: string; method: string; args: unknown[] }) => unknown) {
  const sent: string[] = [];
  const fetchImpl: FetchLike = async (_url, init) => {
    sent.push(init.body);
    const { params, id } = JSON.parse(init.body);
    const reply = answer(params);
    return { ok: true, status: 200, text: async () => JSON.stringify({ jsonrpc: '2.0', id, ...(reply as object) }) };
  };
  return { transport: new JsonRpcTransport('/odoo', fetchImpl), sent };
}

test('a reply without result (a method returning None) gives null', async () => {
  const { transport } = fakeOdoo(() => ({}));
  await expect(transport.call('object', 'execute_kw', ['db', 2, 'pw', 'stock.quant', 'action_apply_inventory', [[1]], {}])).resolves.toBeNull();
});

test("Odoo's error payload becomes a typed error with Odoo's words", async () => {
  const { transport } = fakeOdoo(() => ({
    error: {
      code: 200,
      message: 'Odoo Server Error',
      data: { name: 'odoo.exceptions.ValidationError', message: 'The serial number has already been assigned' },
    },
  }));
  const call = transport.call('object', 'execute_kw', ['db', 2, 'secret-password', 'stock.quant', 'action_apply_inventory', [[1]], {}]);
  await expect(call).rejects.toBeInstanceOf(OdooError);
  await expect(call).rejects.toMatchObject({ kind: 'validation', operation: 'stock.quant.action_apply_inventory' });
  await expect(call).rejects.toThrow('Odoo rejected the data: The serial number has already been assigned');
  await expect(call).rejects.not.toThrow(/secret-password/);
});

test('session expiry (code 100) and non-JSON answers', async () => {
  const { transport } = fakeOdoo(() => ({
    error: { code: 100, message: 'Odoo Session Expired', data: { name: 'odoo.http.SessionExpiredException', message: 'Session expired' } },
  }));
  await expect(transport.call('common', 'version', [])).rejects.toMatchObject({ kind: 'session' });
  const html = new JsonRpcTransport('/odoo', async () => ({ ok: false, status: 404, text: async () => '<html>Not Found</html>' }));
  await expect(html.call('common', 'version', [])).rejects.toMatchObject({ kind: 'protocol', message: expect.stringContaining('no Odoo JSON-RPC endpoint') });
});

test('a network failure names what was being done, never the secret', async () => {
  const transport = new JsonRpcTransport(
    '/odoo',
    async () => {
      throw new TypeError('fetch failed');
    },
    undefined,
    { sleep: async () => undefined },
  );
  const call = transport.call('common', 'authenticate', ['db', 'admin', 'hunter2', {}]);
  await expect(call).rejects.toMatchObject({ kind: 'network' });
  await expect(call).rejects.toThrow(/common\.authenticate/);
  await expect(call).rejects.not.toThrow(/hunter2/);
});

test('counts calls and bytes both ways', async () => {
  const { transport } = fakeOdoo(() => ({ result: [1, 2, 3] }));
  await transport.call('common', 'version', []);
  expect(transport.stats.calls).toBe(1);
  expect(transport.stats.bytesSent).toBeGreaterThan(50);
  expect(transport.stats.bytesReceived).toBeGreaterThan(20);
});

test('connect refuses an unsupported version before sending the password', async () => {
  const { transport, sent } = fakeOdoo((p) =>
    p.method === 'version' ? { result: { server_version: '15.0', server_version_info: [15, 0, 0, 'final', 0, ''] } } : { result: 2 },
  );
  await expect(OdooClient.connect(transport, { db: 'db', login: 'admin', secret: 'pw' })).rejects.toThrow(/Odoo 15 is not supported/);
  expect(sent).toHaveLength(1);
});

test('a signed-in client never serialises its secret', async () => {
  const { transport } = fakeOdoo((p) =>
    p.method === 'version' ? { result: { server_version: '17.0-20240709', server_version_info: [17, 0, 0, 'final', 0, ''] } } : { result: 2 },
  );
  const client = await OdooClient.connect(transport, { db: 'db', login: 'admin', secret: 'api-key-123' });
  expect(JSON.stringify(client)).not.toContain('api-key-123');
  expect(client.uid).toBe(2);
});

test('the version map', () => {
  expect(majorOf('saas~17.2')).toBe(17);
  expect(majorOf('17.0-20240709', [17, 0, 0])).toBe(17);
  expect(dialectFor(16).moveLineQuantity).toBe('qty_done');
  expect(dialectFor(17).storableDomain).toEqual([['detailed_type', '=', 'product']]);
  expect(dialectFor(18).storableDomain).toEqual([['is_storable', '=', true]]);
  expect(dialectFor(19).userGroups).toBe('group_ids');
  expect(() => dialectFor(15)).toThrow(/not supported/);
});
