// Transient failures between the add-in and Odoo: 502/503/504 and refused connections are
// retried with backoff and a bound, reads after any of them, writes only when it is certain
// nothing reached Odoo. A write whose fate is unknown is reported, never sent again blindly.
import { Json2Caller } from '../../../src/odoo/json2';
import { FetchLike, JsonRpcTransport } from '../../../src/odoo/transport';

type Step = { status: number; body: string } | Error;

const ok = (result: unknown) => ({ status: 200, body: JSON.stringify({ jsonrpc: '2.0', id: 1, result }) });
const proxyDown = {
  status: 502,
  body: JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: 502, message: 'x', data: { name: 'lot_reassign.proxy', message: 'x', delivered: false } } }),
};
const proxyCut = {
  status: 502,
  body: JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: 502, message: 'x', data: { name: 'lot_reassign.proxy', message: 'x', delivered: null } } }),
};
const gateway = (status: number) => ({ status, body: `<html><title>${status}</title></html>` });
const refused = () =>
  Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8069'), { code: 'ECONNREFUSED' }) });
const reset = () => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });

function scripted(steps: Step[]) {
  const sent: string[] = [];
  const waits: number[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    sent.push(`${url} ${init.body.length}`);
    const step = steps.shift() ?? ok(true);
    if (step instanceof Error) throw step;
    return { ok: step.status < 400, status: step.status, text: async () => step.body };
  };
  const transport = new JsonRpcTransport('/odoo', fetchImpl, undefined, {
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { transport, sent, waits };
}

const read = (t: JsonRpcTransport, signal?: AbortSignal) => t.call('object', 'execute_kw', ['db', 2, 'pw', 'stock.quant', 'search_read', [[]], {}], { signal });
const write = (t: JsonRpcTransport) => t.call('object', 'execute_kw', ['db', 2, 'pw', 'stock.quant', 'action_apply_inventory', [[1]], {}]);

test.each([
  ['503', gateway(503)],
  ['502', gateway(502)],
  ['504', gateway(504)],
  ['a refused connection', refused()],
  ['a reset connection', reset()],
  ["the proxy's not-forwarded 502", proxyDown],
])('a read is retried after %s, with growing waits', async (_name, failure) => {
  const { transport, sent, waits } = scripted([failure, failure, ok([{ id: 1 }])]);
  await expect(read(transport)).resolves.toEqual([{ id: 1 }]);
  expect(sent).toHaveLength(3);
  expect(waits).toEqual([500, 1000]);
});

test('retries are bounded: after 4 tries the read fails with what happened', async () => {
  const { transport, sent, waits } = scripted([gateway(503), gateway(503), gateway(503), gateway(503), gateway(503)]);
  await expect(read(transport)).rejects.toMatchObject({ kind: 'network', message: expect.stringMatching(/HTTP 503.*4 tries/) });
  expect(sent).toHaveLength(4);
  expect(waits).toEqual([500, 1000, 2000]);
});

test.each([
  ['a refused connection', refused()],
  ["the proxy's not-forwarded 502", proxyDown],
])('a write is retried after %s: nothing reached Odoo', async (_name, failure) => {
  const { transport, sent } = scripted([failure, ok(null)]);
  await expect(write(transport)).resolves.toBeNull();
  expect(sent).toHaveLength(2);
});

test.each([
  ['502 from a gateway', gateway(502)],
  ['503 from a gateway', gateway(503)],
  ['504', gateway(504)],
  ['a reset connection', reset()],
  ["the proxy's 502 after the request may have gone", proxyCut],
])('a write is not sent again after %s: the error says Odoo may have applied it', async (_name, failure) => {
  const { transport, sent } = scripted([failure, ok(null)]);
  const call = write(transport);
  await expect(call).rejects.toMatchObject({ kind: 'uncertain', operation: 'stock.quant.action_apply_inventory' });
  await expect(call).rejects.toThrow(
    /^Odoo may have applied this change: .*stock\.quant\.action_apply_inventory may have reached Odoo and was not sent again.*reads Odoo back first/,
  );
  expect(sent).toHaveLength(1);
});

test('a timeout is not retried (the wait would only repeat)', async () => {
  const transport = new JsonRpcTransport(
    '/odoo',
    (_url, init) => new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(new Error('aborted')))),
    20,
    { sleep: async () => undefined },
  );
  await expect(read(transport)).rejects.toMatchObject({ kind: 'timeout' });
  expect(transport.stats.calls).toBe(1);
});

test('cancelling during the backoff stops the retries', async () => {
  const controller = new AbortController();
  let calls = 0;
  const transport = new JsonRpcTransport(
    '/odoo',
    async () => {
      calls += 1;
      return { ok: false, status: 503, text: async () => '' };
    },
    undefined,
    {
      sleep: async () => {
        controller.abort();
      },
    },
  );
  await expect(read(transport, controller.signal)).rejects.toMatchObject({ kind: 'cancelled' });
  expect(calls).toBe(1);
});

test('the real backoff wait ends early when cancelled', async () => {
  const controller = new AbortController();
  const transport = new JsonRpcTransport('/odoo', async () => ({ ok: false, status: 503, text: async () => '' }));
  const started = Date.now();
  setTimeout(() => controller.abort(), 50);
  await expect(read(transport, controller.signal)).rejects.toMatchObject({ kind: 'cancelled' });
  expect(Date.now() - started).toBeLessThan(400);
});

test('JSON-2: a read is retried after 503, a write after 504 is reported as uncertain', async () => {
  const steps: Step[] = [gateway(503), { status: 200, body: '[{"id":1}]' }, gateway(504)];
  let calls = 0;
  const transport = new JsonRpcTransport(
    '/odoo',
    async () => {
      calls += 1;
      const step = steps.shift()!;
      if (step instanceof Error) throw step;
      return { ok: step.status < 400, status: step.status, text: async () => step.body };
    },
    undefined,
    { sleep: async () => undefined },
  );
  const caller = new Json2Caller(transport, 'db', 'key');
  await expect(caller.call('stock.quant', 'search_read', [[]], {})).resolves.toEqual([{ id: 1 }]);
  await expect(caller.call('stock.quant', 'action_apply_inventory', [[1]], {})).rejects.toMatchObject({ kind: 'uncertain' });
  expect(calls).toBe(3);
});

test("the add-in server's own refusal (a 413) is shown with its words, not as an unknown error", async () => {
  const { transport } = scripted([{ status: 413, body: '{"error":"Request larger than 64 MB."}' }]);
  await expect(write(transport)).rejects.toMatchObject({ kind: 'protocol', message: expect.stringMatching(/Request larger than 64 MB\. \(HTTP 413/) });
});
