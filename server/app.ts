// The add-in's own server: serves dist/, proxies /odoo/* to the configured Odoo,
// and, when no Odoo is configured, embeds the sandbox Odoo behind that proxy.
// No request can stop it: every handler's failure is answered, the parser's errors
// (malformed request, headers too large, timeouts) too, and slow clients are cut off.
import { createServer as createHttpServer, IncomingMessage, Server, ServerOptions, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { AddressInfo, Socket } from 'node:net';
import { resolve } from 'node:path';
import { SandboxModule, SandboxVersion, startSandboxServer } from './sandbox';
import { rawAnswer, sendError, sendJson } from './answers';
import { MAX_BODY_BYTES, PROXY_PREFIX, ProxyTarget, proxyToOdoo } from './proxy';
import { serveStatic } from './static-files';
import type { Certificates } from './certificates';

export interface ServerConfig {
  /** The Odoo to forward to; the embedded sandbox when absent. */
  odooUrl?: string;
  /** The Odoo version the embedded sandbox plays (17.0 by default). */
  sandboxVersion?: SandboxVersion;
  /** Optional modules of the embedded sandbox (product_expiry). */
  sandboxModules?: SandboxModule[];
  port?: number;
  host?: string;
  /** HTTPS certificates; plain HTTP when absent (tests, or behind a TLS-terminating proxy). */
  certificates?: Certificates;
  distDir?: string;
  limits?: Partial<ServerLimits>;
}

export interface ServerLimits {
  /** Largest request body forwarded to Odoo (413 beyond). */
  maxBodyBytes: number;
  /** Time a client has to send its request headers (Node's headersTimeout). */
  headersTimeoutMs: number;
  /** Time a client has to send its whole request, body included (Node's requestTimeout). */
  requestTimeoutMs: number;
  /** How often Node checks those two timeouts (connectionsCheckingInterval). */
  checkIntervalMs: number;
}

/**
 * 10 s for the headers and 60 s for a whole request: the add-in's requests are a few kB
 * to a few MB from the same machine or network; a client slower than that is stuck or hostile.
 */
export const DEFAULT_LIMITS: ServerLimits = { maxBodyBytes: MAX_BODY_BYTES, headersTimeoutMs: 10_000, requestTimeoutMs: 60_000, checkIntervalMs: 1_000 };

export interface RunningServer {
  url: string;
  odooUrl: string;
  sandbox?: Awaited<ReturnType<typeof startSandboxServer>>;
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig = {}): Promise<RunningServer> {
  const sandbox = config.odooUrl
    ? undefined
    : await startSandboxServer({ port: 0, host: '127.0.0.1', version: config.sandboxVersion, modules: config.sandboxModules });
  const odooUrl = config.odooUrl ?? sandbox!.url;
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...config.limits };
  const target: ProxyTarget = { url: new URL(odooUrl), maxBodyBytes: limits.maxBodyBytes };
  const distDir = resolve(config.distDir ?? 'dist');

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = request.url ?? '/';
    if (Number(request.headers['content-length'] ?? 0) > limits.maxBodyBytes) {
      return sendError(response, 413, `Request larger than ${Math.round(limits.maxBodyBytes / 1024 / 1024)} MB.`, { Connection: 'close' });
    }
    if (path === PROXY_PREFIX || path.startsWith(`${PROXY_PREFIX}/`)) return proxyToOdoo(target, request, response);
    if (path === '/health') return sendJson(response, 200, { ok: true, odoo: sandbox ? 'sandbox' : target.url.origin });
    return serveStatic(distDir, request, response);
  };
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    route(request, response).catch(() => {
      // Never the error's text: it may quote the request. The server goes on.
      if (!response.headersSent) sendError(response, 500, 'Internal error.');
      else response.destroy();
    });
  };
  const options: ServerOptions = {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: limits.checkIntervalMs,
  };
  const server: Server = config.certificates ? createHttpsServer({ ...config.certificates, ...options }, handler) : createHttpServer(options, handler);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => answerClientError(error, socket));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(config.port ?? 0, config.host ?? '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const scheme = config.certificates ? 'https' : 'http';
  return {
    url: `${scheme}://localhost:${port}`,
    odooUrl,
    sandbox,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await sandbox?.close();
    },
  };
}

/** The parser's errors, answered with the same headers as everything else. */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // A response already under way on this socket (keep-alive) cannot be followed by another.
  const pending = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || pending?.headersSent) return void socket.destroy();
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW' ? 413 : 400;
  socket.end(rawAnswer(status));
  // A client that never closes its side does not keep the socket.
  setTimeout(() => socket.destroy(), 1000).unref();
}
