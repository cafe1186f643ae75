// Short answers the server gives itself (errors, refusals), each with the security headers.
import type { ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import { BASE_HEADERS, applySecurityHeaders } from './security-headers';

export function sendJson(response: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const text = JSON.stringify(body);
  applySecurityHeaders(response);
  response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)), 'Cache-Control': 'no-store', ...extra });
  response.end(text);
}

export function sendError(response: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  sendJson(response, status, { error: message }, extra);
}

/**
 * An answer written straight on a socket, for errors the HTTP parser finds before there is
 * a response object (malformed request, headers too large, timeouts).
 */
export function rawAnswer(status: number): string {
  const body = `${STATUS_CODES[status] ?? 'Error'}\n`;
  const headers = { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}
