// Forwards the add-in's Odoo calls to the one configured Odoo. Odoo sends no CORS
// headers, so the browser calls this server's origin and this server calls Odoo.
// Only Odoo's API paths are forwarded, only to the configured origin, and no body is logged.
// The path is decoded and checked in its decoded form: what is checked is what is sent.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError, sendJson } from './answers';
import { applySecurityHeaders } from './security-headers';
import { decodePath } from './static-files';

/** Paths of Odoo's external API the add-in uses (JSON-RPC, database list, JSON-2 of Odoo 19), exactly. */
const ALLOWED = [
  /^\/jsonrpc$/,
  /^\/web\/database\/list$/,
  /^\/web\/webclient\/version_info$/,
  // Odoo's model names are lower case words joined by dots, its method names lower case words.
  /^\/json\/2\/[a-z0-9_]+(\.[a-z0-9_]+)*\/[a-z_][a-z0-9_]*$/,
];
const FORWARDED_REQUEST_HEADERS = ['content-type', 'authorization', 'x-odoo-database', 'accept'];
/** The largest body the add-in sends is a batch of restore lines, far below this. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** A little over Odoo's own 120 s request limit, so Odoo's answer wins. */
const UPSTREAM_TIMEOUT_MS = 130_000;
/** Errors of a connection that was never made: nothing of the request reached Odoo. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

export const PROXY_PREFIX = '/odoo';
/** data.name of the proxy's own errors, so the add-in can tell them from Odoo's. */
export const PROXY_ERROR_NAME = 'lot_reassign.proxy';

export interface ProxyTarget {
  /** e.g. "https://erp.example.com" or "http://127.0.0.1:8069/odoo" (a path prefix is kept). */
  url: URL;
  /** Refuse bodies larger than this (413); MAX_BODY_BYTES by default. */
  maxBodyBytes?: number;
}

/**
 * The Odoo API path a proxied path names, decoded and checked, or null. Refused: anything
 * but letters, digits, "_", ".", "-" and "/" once decoded (so backslashes, NUL, ";params",
 * spaces, "%" left by double encoding, non-ASCII), encoded slashes or backslashes, empty,
 * "." and ".." segments, and any path not exactly on the allow-list (case included).
 */
export function apiPath(requestPath: string): string | null {
  if (!requestPath.startsWith(`${PROXY_PREFIX}/`)) return null;
  const rawPath = requestPath.slice(PROXY_PREFIX.length).split('?', 1)[0];
  if (/%(2f|5c|00|25)/i.test(rawPath)) return null;
  const path = decodePath(rawPath);
  if (path === null || !/^[A-Za-z0-9_./-]+$/.test(path)) return null;
  if (
    path
      .split('/')
      .slice(1)
      .some((segment) => segment === '' || segment === '.' || segment === '..')
  )
    return null;
  return ALLOWED.some((rule) => rule.test(path)) ? path : null;
}

/** Resolve a proxied path to the upstream URL, or null when it is not an allowed Odoo API path. The query is not forwarded. */
export function upstreamUrl(target: ProxyTarget, requestPath: string): URL | null {
  const path = apiPath(requestPath);
  if (!path) return null;
  const basePath = target.url.pathname.replace(/\/$/, '');
  // Built from the configured origin, never by resolving user input against it.
  const url = new URL(target.url.origin);
  url.pathname = basePath + path;
  return url.origin === target.url.origin && url.pathname === basePath + path ? url : null;
}

export async function proxyToOdoo(target: ProxyTarget, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = upstreamUrl(target, request.url ?? '');
  if (!url) return sendError(response, 404, 'Not an Odoo API path this add-in forwards.');
  if (request.method !== 'POST' && request.method !== 'GET') return sendError(response, 405, 'Only POST and GET are forwarded.', { Allow: 'POST, GET' });
  const limit = target.maxBodyBytes ?? MAX_BODY_BYTES;
  const body = await readBody(request, limit);
  if (!body) return tooLarge(response, limit);
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  let upstream: Response;
  let payload: Buffer;
  try {
    upstream = await fetch(url, {
      method: request.method,
      headers,
      body: request.method === 'POST' ? new Uint8Array(body) : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
    });
    payload = Buffer.from(await upstream.arrayBuffer());
  } catch (error) {
    return unreachable(response, target, error);
  }
  const outHeaders: Record<string, string> = {
    'Content-Type': upstream.headers.get('content-type') ?? 'application/json',
    'Content-Length': String(payload.length),
  };
  const wwwAuthenticate = upstream.headers.get('www-authenticate');
  if (wwwAuthenticate) outHeaders['WWW-Authenticate'] = wwwAuthenticate;
  applySecurityHeaders(response);
  response.writeHead(upstream.status, outHeaders);
  response.end(payload);
}

/**
 * Odoo could not be reached, or did not answer. Same envelope as Odoo's errors so the
 * add-in shows one kind of message, plus `delivered`: false when the connection was never
 * made (the request certainly did not reach Odoo, so even a write may be sent again),
 * null when it may have reached Odoo.
 */
function unreachable(response: ServerResponse, target: ProxyTarget, error: unknown): void {
  const timedOut = (error as Error).name === 'TimeoutError';
  const code = String(((error as { cause?: { code?: unknown } }).cause ?? {}).code ?? '');
  const delivered = !timedOut && NOT_CONNECTED.has(code) ? false : null;
  const status = timedOut ? 504 : 502;
  const message = timedOut
    ? 'Odoo did not answer in time'
    : delivered === false
      ? `Odoo could not be reached at ${target.url.origin}; the request was not forwarded`
      : `The connection to Odoo at ${target.url.origin} failed; the request may have reached Odoo`;
  sendJson(response, status, { jsonrpc: '2.0', id: null, error: { code: status, message, data: { name: PROXY_ERROR_NAME, message, delivered } } });
}

function tooLarge(response: ServerResponse, limit: number): void {
  // The connection closes after the answer: the rest of the body is never read.
  sendError(response, 413, `Request larger than ${Math.round(limit / 1024 / 1024)} MB.`, { Connection: 'close' });
}

/** The body, or null as soon as it is known to pass the limit (from Content-Length, or while it streams). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const announced = Number(request.headers['content-length'] ?? 0);
  if (announced > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      request.off('data', onData);
      chunks.length = 0;
      resolve(null);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
