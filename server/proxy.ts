// Forwards the add-in's Odoo calls to the one configured Odoo. Odoo sends no CORS
// headers, so the browser calls this server's origin and this server calls Odoo.
// Only Odoo's API paths are forwarded, only to the configured origin, and no body is logged.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Paths of Odoo's external API the add-in uses (JSON-RPC, database list, JSON-2 of Odoo 19). */
const ALLOWED = [/^\/jsonrpc$/, /^\/web\/database\/list$/, /^\/web\/webclient\/version_info$/, /^\/json\/2\/[\w.]+\/\w+$/];
const FORWARDED_REQUEST_HEADERS = ['content-type', 'authorization', 'x-odoo-database', 'accept'];
const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** A little over Odoo's own 120 s request limit, so Odoo's answer wins. */
const UPSTREAM_TIMEOUT_MS = 130_000;

export const PROXY_PREFIX = '/odoo';

export interface ProxyTarget {
  /** e.g. "https://erp.example.com" or "http://127.0.0.1:8069/odoo" (a path prefix is kept). */
  url: URL;
}

/** Resolve a proxied path to the upstream URL, or null when it is not an allowed Odoo API path. */
export function upstreamUrl(target: ProxyTarget, requestPath: string): URL | null {
  const [pathname, search = ''] = requestPath.slice(PROXY_PREFIX.length).split('?', 2);
  if (!ALLOWED.some((rule) => rule.test(pathname))) return null;
  const basePath = target.url.pathname.replace(/\/$/, '');
  // Built from the configured origin, never by resolving user input against it:
  // "//evil.example/x" must not become another host.
  const url = new URL(target.url.origin);
  url.pathname = basePath + pathname;
  url.search = search ? `?${search}` : '';
  return url.origin === target.url.origin ? url : null;
}

export async function proxyToOdoo(target: ProxyTarget, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = upstreamUrl(target, request.url ?? '');
  if (!url || (request.method !== 'POST' && request.method !== 'GET')) {
    response.writeHead(404, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ error: 'Not an Odoo API path this add-in forwards.' }));
    return;
  }
  let body: Buffer;
  try {
    body = await readBody(request);
  } catch (error) {
    response.writeHead(413, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ error: (error as Error).message }));
    return;
  }
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  try {
    const upstream = await fetch(url, {
      method: request.method,
      headers,
      body: request.method === 'POST' ? new Uint8Array(body) : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
    });
    const payload = Buffer.from(await upstream.arrayBuffer());
    const outHeaders: Record<string, string> = { 'Content-Type': upstream.headers.get('content-type') ?? 'application/json' };
    const wwwAuthenticate = upstream.headers.get('www-authenticate');
    if (wwwAuthenticate) outHeaders['WWW-Authenticate'] = wwwAuthenticate;
    response.writeHead(upstream.status, outHeaders);
    response.end(payload);
  } catch (error) {
    // Same envelope as Odoo's errors so the add-in shows one kind of message.
    const reason = (error as Error).name === 'TimeoutError' ? 'Odoo did not answer in time' : `Odoo could not be reached at ${target.url.origin}`;
    response.writeHead(502, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: 502, message: reason, data: { name: 'proxy', message: reason } } }));
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request too large.'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
