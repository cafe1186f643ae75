// The HTTP server: /jsonrpc, /web/database/list, Odoo-like 404 and 400 answers,
// no CORS headers, and the sandbox-only reset hook.
import { startSandboxServer, SandboxServer } from '../../../server/sandbox';

let server: SandboxServer;
beforeAll(async () => {
  server = await startSandboxServer({ port: 0, seed: 'demo' });
});
afterAll(async () => server.close());

const post = (path: string, body: unknown, type = 'application/json') =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });

test('listens on 127.0.0.1 with an ephemeral port', () => {
  expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  expect(server.port).toBeGreaterThan(0);
});

test('POST /jsonrpc: HTTP 200 for results and for errors, JSON, no CORS', async () => {
  const ok = await post('/jsonrpc', {
    jsonrpc: '2.0',
    method: 'call',
    id: 1,
    params: { service: 'common', method: 'login', args: ['sandbox', 'admin', 'admin'] },
  });
  expect(ok.status).toBe(200);
  expect(ok.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(ok.headers.get('access-control-allow-origin')).toBeNull();
  expect(await ok.json()).toEqual({ jsonrpc: '2.0', id: 1, result: 2 });
  const bad = await post('/jsonrpc', {
    jsonrpc: '2.0',
    method: 'call',
    id: 2,
    params: { service: 'object', method: 'execute_kw', args: ['sandbox', 2, 'x', 'res.partner', 'search', [[]]] },
  });
  expect(bad.status).toBe(200);
  expect((await bad.json()).error.data.name).toBe('odoo.exceptions.AccessDenied');
});

test('POST /web/database/list', async () => {
  const res = await post('/web/database/list', { jsonrpc: '2.0', method: 'call', params: {} });
  expect(await res.json()).toEqual({ jsonrpc: '2.0', id: null, result: ['sandbox'] });
});

test('other paths are 404 pages, wrong content type and bad JSON are 400', async () => {
  const notFound = await post('/web/dataset/call_kw', { jsonrpc: '2.0', method: 'call', params: {} });
  expect(notFound.status).toBe(404);
  expect(await notFound.text()).toContain('<title>404 Not Found</title>');
  expect((await fetch(`${server.url}/web/login`)).status).toBe(404);
  const wrongType = await post('/jsonrpc', '{}', 'text/plain');
  // byte for byte what Odoo 17 (werkzeug 2.2) answers
  expect([wrongType.status, await wrongType.text()]).toEqual([
    400,
    '<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n<p>Request inferred type is compatible with [&#39;http&#39;] but &#39;/jsonrpc&#39; is type=&#39;json&#39;.</p>\n',
  ]);
  expect(await (await post('/jsonrpc', '[1, 2]')).text()).toBe('Invalid JSON-RPC data');
  const invalid = await post('/jsonrpc', '{not json');
  expect([invalid.status, await invalid.text()]).toEqual([400, 'Invalid JSON data']);
});

test('POST /sandbox/reset (a test hook, not Odoo) restores the seed', async () => {
  const rpc = async (method: string, args: unknown[]) =>
    (
      await (
        await post('/jsonrpc', {
          jsonrpc: '2.0',
          method: 'call',
          id: 3,
          params: { service: 'object', method: 'execute_kw', args: ['sandbox', 2, 'admin', 'res.partner', method, args] },
        })
      ).json()
    ).result;
  const before = await rpc('search_count', [[]]);
  await rpc('create', [{ name: 'Temporary' }]);
  expect(await rpc('search_count', [[]])).toBe(before + 1);
  const reset = await post('/sandbox/reset', {});
  expect(await reset.json()).toEqual({ ok: true, seed: 'demo' });
  expect(await rpc('search_count', [[]])).toBe(before);
});
