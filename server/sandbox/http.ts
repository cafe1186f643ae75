// The HTTP side of the sandbox, shaped like Odoo 17's werkzeug server:
//   POST /jsonrpc            JSON-RPC (HTTP 200 even for errors)
//   POST /web/database/list  JSON route listing the database
//   POST /json/2/<model>/<method>  Odoo 19's JSON-2 API (19 only; 404 before)
//   anything else            404 with werkzeug's HTML page (e.g. /web/dataset/call_kw
//                            without a session, as a real server answers)
// Not part of Odoo, for our tests and demos only:
//   POST /sandbox/reset      back to the seed data ({"seed": "demo"|"empty"} optional)
// No CORS headers, like Odoo.
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SandboxOdoo, SandboxOptions, SandboxSeed } from './odoo';

export interface SandboxServerOptions extends SandboxOptions {
  port?: number;
  host?: string;
}

export interface SandboxServer {
  url: string;
  port: number;
  sandbox: SandboxOdoo;
  close(): Promise<void>;
}

export const NOT_FOUND_HTML =
  '<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n';

const NO_DATABASE_HTML =
  '<!DOCTYPE html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>No database is selected and the requested URL was not found in the server-wide controllers.</p>\n<p>Please verify the hostname, <a href=/web/login>login</a> and try again.</p>\n';

const BAD_REQUEST = (detail: string) =>
  `<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n<p>${detail.replace(/'/g, '&#39;')}</p>\n`;

const JSON_TYPES = ['application/json', 'application/json-rpc'];

export async function startSandboxServer(opts: SandboxServerOptions = {}): Promise<SandboxServer> {
  const sandbox = new SandboxOdoo(opts);
  const server = createServer((req, res) => {
    route(sandbox, req, res).catch((err) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(err instanceof Error ? err.stack : err));
    });
  });
  // keep-alive sockets would hold close() open
  server.keepAliveTimeout = 1000;
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    sandbox,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function route(sandbox: SandboxOdoo, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  const body = await readBody(req);
  const jsonRoutes: Record<string, (b: unknown) => unknown> = {
    '/jsonrpc': (b) => sandbox.handle(b),
    '/web/database/list': (b) => sandbox.databaseList(b),
  };
  if (path === '/sandbox/reset' && req.method === 'POST') {
    const seed = parseJson(body)?.seed as SandboxSeed | undefined;
    sandbox.reset(seed === 'empty' || seed === 'demo' ? seed : undefined);
    return send(res, 200, 'application/json', JSON.stringify({ ok: true, seed: seed ?? sandbox.seed }));
  }
  const json2 = /^\/json\/2\/([^/]+)\/([^/]+)$/.exec(path);
  if (json2 && sandbox.traits.json2) {
    if (req.method !== 'POST') return send(res, 405, 'text/html; charset=utf-8', NOT_FOUND_HTML);
    const header = (name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : undefined);
    const answer = sandbox.handleJson2({
      model: decodeURIComponent(json2[1]),
      method: decodeURIComponent(json2[2]),
      authorization: header('authorization'),
      database: header('x-odoo-database'),
      body,
    });
    if (answer.body === null) return send(res, 404, 'text/html; charset=utf-8', NO_DATABASE_HTML);
    res.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8', ...answer.headers, 'Content-Length': Buffer.byteLength(answer.body) });
    res.end(answer.body);
    return;
  }
  const handler = jsonRoutes[path];
  if (!handler) return send(res, 404, 'text/html; charset=utf-8', NOT_FOUND_HTML);
  const mimetype = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (!JSON_TYPES.includes(mimetype)) {
    return send(res, 400, 'text/html; charset=utf-8', BAD_REQUEST(`Request inferred type is compatible with ['http'] but '${path}' is type='json'.`));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return send(res, 400, 'text/html; charset=utf-8', 'Invalid JSON data');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return send(res, 400, 'text/html; charset=utf-8', 'Invalid JSON-RPC data');
  return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(handler(parsed)));
}

function parseJson(body: Buffer): Record<string, unknown> | null {
  try {
    const v = JSON.parse(body.toString('utf8') || '{}');
    return typeof v === 'object' && v ? v : null;
  } catch {
    return null;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
