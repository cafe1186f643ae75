// A real add-in server on 127.0.0.1 with a throwaway dist/ and a fake Odoo that records
// what reached it; raw-socket requests, so malformed input reaches the server as sent.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningServer, ServerConfig, startServer } from '../../../server/app';

export const INLINE_SCRIPT = "window.x = 'inline';";

export function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lr-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'workbench.html'), '<!doctype html><title>wb</title><iframe name="taskpane" src="taskpane.html"></iframe>');
  writeFileSync(join(dir, 'taskpane.html'), `<!doctype html><title>pane</title><script>${INLINE_SCRIPT}</script><script src="taskpane.js"></script>`);
  writeFileSync(join(dir, 'taskpane.js'), 'console.log(1);');
  writeFileSync(join(dir, 'functions.json'), '{"functions":[]}');
  writeFileSync(join(dir, 'assets', 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return dir;
}

export interface FakeOdoo {
  url: string;
  /** Request lines that reached the fake Odoo: "POST /json/web". */
  seen: string[];
  close(): Promise<void>;
}

export async function fakeOdoo(): Promise<FakeOdoo> {
  const seen: string[] = [];
  const server: Server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"jsonrpc":"2.0","id":1,"result":true}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export async function testServer(config: Partial<ServerConfig> = {}): Promise<{ server: RunningServer; odoo: FakeOdoo; port: number; close(): Promise<void> }> {
  const odoo = await fakeOdoo();
  const server = await startServer({ port: 0, host: '127.0.0.1', distDir: fakeDist(), odooUrl: odoo.url, ...config });
  const port = Number(new URL(server.url).port);
  return {
    server,
    odoo,
    port,
    close: async () => {
      await server.close();
      await odoo.close();
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The socket was reset or closed before any answer. */
  reset: boolean;
}

/** Send bytes as they are; read the answer until the server closes or `timeoutMs` passes. */
export function raw(port: number, request: string | Buffer, timeoutMs = 3000): Promise<RawResponse> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (reset: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(parse(Buffer.concat(chunks).toString('latin1'), reset));
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => finish(false));
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(false));
    socket.write(request);
  });
}

function parse(text: string, reset: boolean): RawResponse {
  const [head, ...rest] = text.split('\r\n\r\n');
  const [statusLine, ...lines] = head.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf(':');
    if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return { status, headers, body: rest.join('\r\n\r\n'), reset: reset && !status };
}

export const get = (path: string, extra = '') => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}Connection: close\r\n\r\n`;

export const post = (path: string, body = '{}', extra = '') =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`;

/** The server still answers a plain request. */
export async function stillServes(port: number): Promise<boolean> {
  const answer = await raw(port, get('/health'));
  return answer.status === 200;
}
