// The add-in's own server: serves dist/, proxies /odoo/* to the configured Odoo,
// and, when no Odoo is configured, embeds the sandbox Odoo behind that proxy.
import { createServer as createHttpServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { SandboxModule, SandboxVersion, startSandboxServer } from './sandbox';
import { PROXY_PREFIX, ProxyTarget, proxyToOdoo } from './proxy';
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
}

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
  const target: ProxyTarget = { url: new URL(odooUrl) };
  const distDir = resolve(config.distDir ?? 'dist');

  const handler = (request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    if (path === PROXY_PREFIX || path.startsWith(`${PROXY_PREFIX}/`)) {
      void proxyToOdoo(target, request, response);
    } else if (path === '/health') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ ok: true, odoo: sandbox ? 'sandbox' : target.url.origin }));
    } else {
      serveStatic(distDir, request, response);
    }
  };
  const server: Server = config.certificates ? createHttpsServer(config.certificates, handler) : createHttpServer(handler);
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
