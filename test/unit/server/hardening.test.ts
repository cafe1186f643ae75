// The add-in's server under hostile or careless requests: every one gets an answer
// (400, 404, 405, 408, 413, 431) and the server keeps serving.
import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { INLINE_SCRIPT, get, post, raw, stillServes, testServer } from './helpers';

let t: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  t = await testServer({ limits: { maxBodyBytes: 64 * 1024, headersTimeoutMs: 600, requestTimeoutMs: 1200, checkIntervalMs: 200 } });
});
afterAll(() => t.close());

test.each(['/%ZZ', '/%', '/%E0%A4%A', '/%C0%AE%C0%AE/', '/%00', '/a%00.html', '/odoo/%ZZ', '/odoo/json/2/%ZZ/x', '/%uD800'])(
  'a malformed path %s is a 400 or 404, and the server still serves',
  async (path) => {
    const answer = await raw(t.port, get(path));
    expect([400, 404]).toContain(answer.status);
    expect(await stillServes(t.port)).toBe(true);
  },
);

test('static files only answer GET and HEAD', async () => {
  expect((await raw(t.port, post('/workbench.html'))).status).toBe(405);
  expect((await raw(t.port, `HEAD /workbench.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)).status).toBe(200);
  expect((await raw(t.port, `DELETE /workbench.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)).status).toBe(405);
});

test('path traversal out of dist/ is refused', async () => {
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%5cpackage.json', '/assets%2f..%2f..%2fetc%2fpasswd']) {
    const answer = await raw(t.port, get(path));
    expect({ path, status: answer.status }).toEqual({ path, status: expect.any(Number) });
    expect(answer.status).not.toBe(200);
  }
});

test('a body announced larger than the limit gets 413 before it is sent', async () => {
  // Only the head is sent: the answer must come from Content-Length alone.
  const head = `POST /odoo/jsonrpc HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${70 * 1024 * 1024}\r\n\r\n`;
  const answer = await raw(t.port, head);
  expect(answer.status).toBe(413);
  expect(answer.headers['connection']).toBe('close');
  expect(await stillServes(t.port)).toBe(true);
});

test('a 70 MB body against the default limit is a 413, not a reset', async () => {
  const defaults = await testServer();
  try {
    const answer = await raw(defaults.port, `POST /odoo/jsonrpc HTTP/1.1\r\nHost: x\r\nContent-Length: ${70 * 1024 * 1024}\r\n\r\n`);
    expect(answer).toMatchObject({ status: 413, reset: false });
    // The case as a browser-like client sends it: the whole 70 MB, by fetch.
    const upload = await fetch(`${defaults.server.url}/odoo/jsonrpc`, {
      method: 'POST',
      body: new Uint8Array(70 * 1024 * 1024),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(upload.status).toBe(413);
    expect(await upload.json()).toEqual({ error: 'Request larger than 64 MB.' });
  } finally {
    await defaults.close();
  }
});

test('a streamed body that passes the limit gets 413 while it streams, not a reset', async () => {
  const answer = await new Promise<{ status: number; reset: boolean }>((resolve) => {
    const socket = connect(t.port, '127.0.0.1');
    let text = '';
    let sent = 0;
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('error', () => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0), reset: !text }));
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0), reset: !text }));
    socket.write('POST /odoo/jsonrpc HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n');
    const chunk = 'x'.repeat(16 * 1024);
    const pump = () => {
      if (text || socket.destroyed || sent > 1024 * 1024) return;
      socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      sent += chunk.length;
      setTimeout(pump, 5);
    };
    pump();
  });
  expect(answer).toEqual({ status: 413, reset: false });
  expect(t.odoo.seen).not.toContain('POST /jsonrpc');
  expect(await stillServes(t.port)).toBe(true);
});

test('a client trickling its headers is cut off by the headers timeout', async () => {
  const started = Date.now();
  const closed = await new Promise<string>((resolve) => {
    const socket = connect(t.port, '127.0.0.1');
    let text = '';
    socket.on('data', (c) => (text += c.toString('latin1')));
    socket.on('close', () => resolve(text));
    socket.on('error', () => undefined);
    const bytes = 'GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'a'.repeat(200);
    let i = 0;
    const drip = setInterval(() => {
      if (socket.destroyed || i >= bytes.length) return clearInterval(drip);
      socket.write(bytes[i++]);
    }, 50);
  });
  expect(Date.now() - started).toBeLessThan(5000);
  expect(closed).toMatch(/^HTTP\/1\.1 408|^$/);
});

test('a client trickling its body is cut off by the request timeout', async () => {
  const started = Date.now();
  const text = await new Promise<string>((resolve) => {
    const socket = connect(t.port, '127.0.0.1');
    let out = '';
    socket.on('data', (c) => (out += c.toString('latin1')));
    socket.on('close', () => resolve(out));
    socket.on('error', () => undefined);
    socket.write('POST /odoo/jsonrpc HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n');
    const drip = setInterval(() => (socket.destroyed ? clearInterval(drip) : socket.write('x')), 50);
  });
  expect(Date.now() - started).toBeLessThan(5000);
  expect(text).toMatch(/^HTTP\/1\.1 408|^$/);
  expect(await stillServes(t.port)).toBe(true);
});

test('oversized headers get 431', async () => {
  const answer = await raw(t.port, get('/health', `X-Big: ${'a'.repeat(40 * 1024)}\r\n`));
  expect(answer.status).toBe(431);
  expect(await stillServes(t.port)).toBe(true);
});

test('garbage instead of HTTP gets 400', async () => {
  const answer = await raw(t.port, 'HELLO THERE\r\n\r\n');
  expect(answer.status).toBe(400);
  expect(await stillServes(t.port)).toBe(true);
});

describe('security headers on every response', () => {
  const office = ['https://*.officeapps.live.com', 'https://*.office.com', 'https://*.office365.com', 'https://*.cloud.microsoft', 'https://*.sharepoint.com'];
  const cases: [string, string][] = [
    ['the workbench page', get('/workbench.html')],
    ['the task pane page', get('/taskpane.html')],
    ['a script', get('/taskpane.js')],
    ['the functions metadata', get('/functions.json')],
    ['health', get('/health')],
    ['a missing file (404)', get('/nothing.html')],
    ['a malformed path (400)', get('/%ZZ')],
    ['a refused proxy path (404)', post('/odoo/web/login')],
    ['a proxied Odoo answer', post('/odoo/jsonrpc')],
    ['a 413', `POST /odoo/jsonrpc HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n`],
    ['a 431', get('/health', `X-Big: ${'a'.repeat(40 * 1024)}\r\n`)],
    ['a 400 from the HTTP parser', 'HELLO\r\n\r\n'],
  ];
  test.each(cases)('%s', async (_name, request) => {
    const answer = await raw(t.port, request);
    expect(answer.status).toBeGreaterThan(0);
    const csp = answer.headers['content-security-policy'];
    expect(csp).toBeDefined();
    expect(csp).toMatch(/default-src 'self'|default-src 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    const ancestors = /frame-ancestors ([^;]*)/.exec(csp)![1].split(' ');
    expect(ancestors).toContain("'self'");
    for (const host of office) expect(ancestors).toContain(host);
    expect(ancestors).not.toContain('*');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
  });

  test('pages allow scripts from self, office.js host, and their own inline script by hash only', async () => {
    const answer = await raw(t.port, get('/taskpane.html'));
    const csp = answer.headers['content-security-policy'];
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1].split(' ');
    const hash = `'sha256-${createHash('sha256').update(INLINE_SCRIPT).digest('base64')}'`;
    expect(scriptSrc).toEqual(expect.arrayContaining(["'self'", 'https://appsforoffice.microsoft.com', hash]));
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).toMatch(/style-src 'self' 'unsafe-inline'/);
  });
});
