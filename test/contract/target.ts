// Which Odoo the contract suite talks to: a real one when ODOO_URL and its friends
// are set (an administrator on a fresh database with the stock module), else the
// sandbox Odoo started in-process on an empty database like a fresh real one.
import { startSandboxServer } from '../../server/sandbox';
import { OdooClient } from '../../src/odoo/client';
import { JsonRpcTransport } from '../../src/odoo/transport';

export interface ContractTarget {
  url: string;
  db: string;
  login: string;
  password: string;
  isSandbox: boolean;
  close(): Promise<void>;
}

export async function openTarget(): Promise<ContractTarget> {
  const url = process.env.ODOO_URL;
  if (url) {
    const { ODOO_DB: db, ODOO_USER: login, ODOO_PASSWORD: password } = process.env;
    if (!db || !login || !password) throw new Error('Set ODOO_DB, ODOO_USER and ODOO_PASSWORD with ODOO_URL.');
    return { url, db, login, password, isSandbox: false, close: async () => undefined };
  }
  const sandbox = await startSandboxServer({ port: 0, seed: 'empty' });
  return { url: sandbox.url, db: 'sandbox', login: 'admin', password: 'admin', isSandbox: true, close: sandbox.close };
}

export function adminClient(target: ContractTarget): Promise<OdooClient> {
  return OdooClient.connect(new JsonRpcTransport(target.url), { db: target.db, login: target.login, secret: target.password });
}

/** A short tag that keeps this run's records apart from earlier runs on a real server. */
export const RUN_TAG = `CT${Date.now().toString(36).toUpperCase()}`;
