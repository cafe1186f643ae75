// Which Odoo the contract suite talks to: a real one when ODOO_URL and its friends
// are set (an administrator on a fresh database with the stock module), else the
// sandbox Odoo started in-process on an empty database like a fresh real one, playing
// the version ODOO_SANDBOX_VERSION names (16, 17, 18 or 19; 17 by default).
import { SandboxModule, parseSandboxVersion, startSandboxServer } from '../../server/sandbox';
import { OdooClient } from '../../src/odoo/client';
import { JsonRpcTransport } from '../../src/odoo/transport';

export interface ContractTarget {
  url: string;
  db: string;
  login: string;
  password: string;
  /** An API key of the same user: the secret on Odoo 19, so that the suite runs over JSON-2 there. */
  apiKey: string | null;
  isSandbox: boolean;
  /** The version the sandbox plays (null on a real server). */
  sandboxMajor: number | null;
  close(): Promise<void>;
}

export async function openTarget(): Promise<ContractTarget> {
  const url = process.env.ODOO_URL;
  if (url) {
    const { ODOO_DB: db, ODOO_USER: login, ODOO_PASSWORD: password, ODOO_API_KEY: apiKey } = process.env;
    if (!db || !login || !password) throw new Error('Set ODOO_DB, ODOO_USER and ODOO_PASSWORD with ODOO_URL.');
    return { url, db, login, password, apiKey: apiKey || null, isSandbox: false, sandboxMajor: null, close: async () => undefined };
  }
  return sandboxTarget([]);
}

/** A fresh sandbox playing ODOO_SANDBOX_VERSION, with these optional modules. */
async function sandboxTarget(modules: SandboxModule[]): Promise<ContractTarget> {
  const version = parseSandboxVersion(process.env.ODOO_SANDBOX_VERSION);
  const sandbox = await startSandboxServer({ port: 0, seed: 'empty', version, modules });
  return {
    url: sandbox.url,
    db: 'sandbox',
    login: 'admin',
    password: 'admin',
    apiKey: 'sandbox-admin-api-key',
    isSandbox: true,
    sandboxMajor: sandbox.sandbox.traits.major,
    close: sandbox.close,
  };
}

/**
 * A database with Odoo's Expiration Dates (product_expiry) installed: ODOO_EXPIRY_DB on the
 * real server, or a second sandbox with the module. Null on a real server without one.
 */
export async function openExpiryTarget(): Promise<ContractTarget | null> {
  if (process.env.ODOO_URL) {
    const base = await openTarget();
    // an API key belongs to one database: ODOO_EXPIRY_API_KEY, else the password
    return process.env.ODOO_EXPIRY_DB ? { ...base, db: process.env.ODOO_EXPIRY_DB, apiKey: process.env.ODOO_EXPIRY_API_KEY || null } : null;
  }
  return sandboxTarget(['product_expiry']);
}

/** The administrator, signed in with the API key when there is one (JSON-2 on 19), else the password. */
export function adminClient(target: ContractTarget, transport = new JsonRpcTransport(target.url)): Promise<OdooClient> {
  return OdooClient.connect(transport, { db: target.db, login: target.login, secret: target.apiKey ?? target.password });
}

/** A short tag that keeps this run's records apart from earlier runs on a real server. */
export const RUN_TAG = `CT${Date.now().toString(36).toUpperCase()}`;
