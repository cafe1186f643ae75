// Serves the built add-in (dist/) with the right content types; nothing outside dist/.
// Every path is decoded once, safely: a malformed one is a 400, never an exception.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { sendError } from './answers';
import { applySecurityHeaders, contentSecurityPolicy, inlineScripts } from './security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** The path's decoded form, or null when it is malformed (bad %-escape, invalid UTF-8). */
export function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

export async function serveStatic(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendError(response, 405, 'Only GET and HEAD here.', { Allow: 'GET, HEAD' });
  const pathname = decodePath((request.url ?? '/').split(/[?#]/, 1)[0]);
  if (pathname === null) return sendError(response, 400, 'Malformed path.');
  // NUL, backslashes and dot segments never name a file of dist/.
  if (/[\0\\]/.test(pathname) || pathname.split('/').some((segment) => segment === '..')) return notFound(response);
  const relative = pathname === '/' ? 'workbench.html' : pathname.replace(/^\/+/, '');
  const base = normalize(root);
  const file = normalize(join(base, relative));
  if (!file.startsWith(base + sep)) return notFound(response);
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return notFound(response);
    size = info.size;
  } catch {
    return notFound(response);
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers = {
    'Content-Type': type,
    // Office caches add-in files aggressively; during development we want fresh ones.
    'Cache-Control': 'no-cache',
  };
  if (type.startsWith('text/html')) {
    // A page's CSP allows its own inline scripts by hash, whatever the build made of them.
    const html = await readFile(file, 'utf8');
    applySecurityHeaders(response, contentSecurityPolicy(inlineScripts(html)));
    response.writeHead(200, { ...headers, 'Content-Length': Buffer.byteLength(html) });
    response.end(request.method === 'HEAD' ? undefined : html);
    return;
  }
  applySecurityHeaders(response);
  response.writeHead(200, { ...headers, 'Content-Length': size });
  if (request.method === 'HEAD') return void response.end();
  const stream = createReadStream(file);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

function notFound(response: ServerResponse): void {
  sendError(response, 404, 'Not found.');
}
