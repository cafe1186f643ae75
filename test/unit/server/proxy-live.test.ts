// The proxy on a running server: what reaches Odoo, and how it says Odoo is down.
import { createServer } from 'node:net';
import { JsonRpcTransport } from '../../../src/odoo/transport';
import { post, raw, stillServes, testServer } from './helpers';

let t: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  t = await testServer();
});
afterAll(() => t.close());

test.each(['/odoo/json/2/../web', '/odoo/json/2/%2e%2e/web', '/odoo/json/2/..%2fweb', '/odoo/jsonrpc/..;/web/login', '/odoo/json/2/%252e%252e/web'])(
  'POST %s never reaches Odoo',
  async (path) => {
    const answer = await raw(t.port, post(path));
    expect(answer.status).toBe(404);
    expect(t.odoo.seen).toEqual([]);
  },
);

test('allowed paths reach Odoo as they are', async () => {
  t.odoo.seen.length = 0;
  expect((await raw(t.port, post('/odoo/jsonrpc'))).status).toBe(200);
  expect((await raw(t.port, post('/odoo/json/2/stock.quant/search_read'))).status).toBe(200);
  expect(t.odoo.seen).toEqual(['POST /jsonrpc', 'POST /json/2/stock.quant/search_read']);
});

test('other methods are refused with 405', async () => {
  const answer = await raw(t.port, `PUT /odoo/jsonrpc HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
  expect(answer.status).toBe(405);
});

test('Odoo down: a 502 that says the request was not forwarded', async () => {
  // A port that was free a moment ago: nothing listens there.
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
  });
  const down = await testServer({ odooUrl: `http://127.0.0.1:${port}` });
  try {
    const answer = await raw(down.port, post('/odoo/jsonrpc'));
    expect(answer.status).toBe(502);
    const body = JSON.parse(answer.body);
    expect(body.error.data).toMatchObject({ name: 'lot_reassign.proxy', delivered: false });
    expect(body.error.message).toMatch(/not forwarded/);
    expect(await stillServes(down.port)).toBe(true);
  } finally {
    await down.close();
  }
});

test("the gateway reads the proxy's 'not forwarded' and may send even a write again", async () => {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
  });
  const down = await testServer({ odooUrl: `http://127.0.0.1:${port}` });
  try {
    const transport = new JsonRpcTransport(`${down.server.url}/odoo`, undefined, undefined, { sleep: async () => undefined });
    const write = transport.call('object', 'execute_kw', ['db', 2, 'pw', 'stock.quant', 'action_apply_inventory', [[1]], {}]);
    await expect(write).rejects.toMatchObject({ kind: 'network', message: expect.stringMatching(/could not be reached.*4 tries/) });
    expect(transport.stats).toMatchObject({ calls: 4, retries: 3 });
  } finally {
    await down.close();
  }
});
