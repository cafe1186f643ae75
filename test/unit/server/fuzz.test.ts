// Random requests at the running server, on 127.0.0.1 only, seeded so a failure can be
// replayed (FUZZ_SEED=n), bounded in count and time. After each one the server must
// still serve a plain request. A handler that throws fails this suite.
import { startServer } from '../../../server/app';
import { fakeDist, post, raw, stillServes, testServer } from './helpers';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const COUNT = 250;
const BUDGET_MS = 15_000;

/** mulberry32: a small seeded generator, enough to pick shapes reproducibly. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const METHODS = ['GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT', 'PRI', 'FOO', 'get', '', 'G\u00c9T'];
const PIECES = [
  'odoo',
  'jsonrpc',
  'json',
  '2',
  'web',
  'database',
  'list',
  'stock.quant',
  'search_read',
  '..',
  '.',
  '',
  '%2e%2e',
  '%2f',
  '%5c',
  '%00',
  '%ZZ',
  '%',
  '%c0%ae',
  '%252e',
  ';x=1',
  '\\',
  'workbench.html',
  'taskpane.html',
  'assets',
  'functions.json',
  '\u202e',
  '\u00e9',
  'a'.repeat(300),
  '?',
  '#',
  '*',
  '@evil',
];
const HEADER_NAMES = [
  'Content-Type',
  'Content-Length',
  'Transfer-Encoding',
  'Authorization',
  'X-Odoo-Database',
  'Accept',
  'Expect',
  'Connection',
  'Host',
  'X-Junk',
  'Cookie',
];
const HEADER_VALUES = [
  'application/json',
  '0',
  '5',
  '-1',
  '99999999999',
  'chunked',
  'gzip, chunked',
  'bearer x',
  '100-continue',
  'keep-alive',
  '',
  'a'.repeat(9000),
  '\u00ff\u00fe',
  'close',
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function randomRequest(random: () => number): string {
  const method = pick(random, METHODS);
  const depth = 1 + Math.floor(random() * 5);
  const path = (random() < 0.1 ? '' : '/') + Array.from({ length: depth }, () => pick(random, PIECES)).join('/');
  const headers = Array.from({ length: Math.floor(random() * 5) }, () => `${pick(random, HEADER_NAMES)}: ${pick(random, HEADER_VALUES)}`);
  const body = random() < 0.5 ? '' : pick(random, ['{}', '{"jsonrpc":"2.0"', 'null', '0\r\n\r\n', 'x'.repeat(Math.floor(random() * 5000)), '\u0000\u0001']);
  const version = pick(random, ['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9', '']);
  return `${method} ${path} ${version}\r\nHost: 127.0.0.1\r\n${headers.join('\r\n')}${headers.length ? '\r\n' : ''}\r\n${body}`;
}

test(`${COUNT} random requests (seed ${SEED}) leave the server serving`, async () => {
  const t = await testServer({ limits: { maxBodyBytes: 1024 * 1024, headersTimeoutMs: 1000, requestTimeoutMs: 1500, checkIntervalMs: 250 } });
  const random = generator(SEED);
  const started = Date.now();
  let sent = 0;
  const statuses = new Map<number, number>();
  try {
    for (; sent < COUNT && Date.now() - started < BUDGET_MS; sent++) {
      const request = randomRequest(random);
      // Not waiting long: a request announcing a body it never sends is left to the server's timeouts.
      const answer = await raw(t.port, Buffer.from(request, 'latin1'), 150);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (!(await stillServes(t.port)))
        throw new Error(`Server stopped serving after request #${sent} (seed ${SEED}): ${JSON.stringify(request.slice(0, 300))}`);
      expect(answer.status === 0 || answer.status < 500 || answer.status === 502).toBe(true);
    }
  } finally {
    await t.close();
  }
  expect(sent).toBeGreaterThanOrEqual(100);
  // The mix reached several kinds of answer, not one path over and over.
  expect(statuses.size).toBeGreaterThan(3);
}, 30_000);

/** A JSON-ish value: the shapes Odoo's routes parse, and the ones they do not expect. */
function randomJson(random: () => number, depth = 0): unknown {
  const r = random();
  if (depth > 3 || r < 0.3)
    return pick(random, [null, 0, -1, 1e308, 'x', '', '\u202e', true, 'common', 'object', 'execute_kw', 'version', 'search_read', 'stock.quant']);
  if (r < 0.6) return Array.from({ length: Math.floor(random() * 5) }, () => randomJson(random, depth + 1));
  const keys = ['jsonrpc', 'method', 'params', 'service', 'args', 'kwargs', 'id', 'domain', 'fields', 'ids', 'context', '__proto__', 'constructor'];
  return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [pick(random, keys), randomJson(random, depth + 1)]));
}

test('150 random JSON bodies through the proxy to the embedded sandbox Odoo leave both serving', async () => {
  const server = await startServer({ port: 0, host: '127.0.0.1', distDir: fakeDist() });
  const port = Number(new URL(server.url).port);
  const random = generator(SEED + 1);
  const started = Date.now();
  try {
    for (let i = 0; i < 150 && Date.now() - started < BUDGET_MS; i++) {
      const path = pick(random, [
        '/odoo/jsonrpc',
        '/odoo/web/database/list',
        '/odoo/web/webclient/version_info',
        '/odoo/json/2/stock.quant/search_read',
        '/odoo/json/2/res.users/context_get',
      ]);
      const body = random() < 0.8 ? JSON.stringify(randomJson(random)) : pick(random, ['{', '[]', '"', '{"jsonrpc":"2.0","params":', '\u0000']);
      const headers = random() < 0.5 ? 'Authorization: bearer sandbox-admin-api-key\r\nX-Odoo-Database: sandbox\r\n' : '';
      await raw(port, post(path, body, headers), 2000);
      if (!(await stillServes(port))) throw new Error(`Server stopped after JSON body #${i} (seed ${SEED + 1}) to ${path}: ${body.slice(0, 300)}`);
    }
    // The sandbox itself still answers Odoo's version call.
    const version = await raw(
      port,
      post('/odoo/jsonrpc', JSON.stringify({ jsonrpc: '2.0', method: 'call', params: { service: 'common', method: 'version', args: [] }, id: 1 })),
    );
    expect(JSON.parse(version.body).result.server_version).toMatch(/^\d+\.\d/);
  } finally {
    await server.close();
  }
}, 30_000);
