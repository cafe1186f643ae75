// The Odoo the bench runs against: the sandbox by default, a real one when ODOO_URL,
// ODOO_DB, ODOO_USER and ODOO_PASSWORD are set (an administrator; the bench creates its
// own products and locations, tagged, so it can run again on the same database).
import { startSandboxServer } from '../server/sandbox';
import { OdooClient } from '../src/odoo/client';
import { JsonRpcTransport } from '../src/odoo/transport';

export interface BenchTarget {
  label: string;
  url: string;
  connect(): Promise<{ client: OdooClient; transport: JsonRpcTransport }>;
  close(): Promise<void>;
}

export async function benchTarget(): Promise<BenchTarget> {
  const url = process.env.ODOO_URL;
  const creds = url
    ? { db: process.env.ODOO_DB ?? '', login: process.env.ODOO_USER ?? '', secret: process.env.ODOO_PASSWORD ?? '' }
    : { db: 'sandbox', login: 'admin', secret: 'admin' };
  const sandbox = url ? null : await startSandboxServer({ port: 0, seed: 'empty' });
  const base = url ?? sandbox!.url;
  return {
    label: url ? 'real Odoo' : 'sandbox Odoo',
    url: base,
    async connect() {
      const transport = new JsonRpcTransport(base, undefined, 115_000);
      return { client: await OdooClient.connect(transport, creds), transport };
    },
    close: async () => sandbox?.close(),
  };
}
