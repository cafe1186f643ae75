// Serves the built add-in (dist/) with the right content types; nothing outside dist/.
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

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

export function serveStatic(root: string, request: IncomingMessage, response: ServerResponse): void {
  const pathname = decodeURIComponent((request.url ?? '/').split('?')[0]);
  const relative = pathname === '/' ? 'workbench.html' : pathname.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (!file.startsWith(normalize(root) + sep)) return notFound(response);
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return notFound(response);
    size = stat.size;
  } catch {
    return notFound(response);
  }
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': size,
    // Office caches add-in files aggressively; during development we want fresh ones.
    'Cache-Control': 'no-cache',
  });
  createReadStream(file).pipe(response);
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'Content-Type': 'text/plain' });
  response.end('Not found');
}
