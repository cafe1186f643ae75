// A minimal client for the sandbox in tests: execute_kw as a given user, and
// unwrapping of results or Odoo errors.
import { SandboxOdoo, JsonRpcReply } from '../../../server/sandbox';

export const ADMIN = { uid: 2, password: 'admin' };

export class Rpc {
  private id = 0;
  constructor(
    readonly sandbox: SandboxOdoo,
    readonly db = 'sandbox',
  ) {}

  raw(service: string, method: string, args: unknown[]): JsonRpcReply {
    return this.sandbox.handle({ jsonrpc: '2.0', method: 'call', id: ++this.id, params: { service, method, args } });
  }

  /** execute_kw reply envelope. */
  reply(model: string, method: string, args: unknown[], kwargs: Record<string, unknown> = {}, user = ADMIN): JsonRpcReply {
    return this.raw('object', 'execute_kw', [this.db, user.uid, user.password, model, method, args, kwargs]);
  }

  /** execute_kw result; throws the Odoo error (name: message) when there is one. */
  call<T = unknown>(model: string, method: string, args: unknown[], kwargs: Record<string, unknown> = {}, user = ADMIN): T {
    const r = this.reply(model, method, args, kwargs, user);
    if (r.error) throw new Error(`${r.error.data.name}: ${r.error.data.message}`);
    return r.result as T;
  }

  /** The error data of a call that must fail. */
  error(model: string, method: string, args: unknown[], kwargs: Record<string, unknown> = {}, user = ADMIN) {
    const r = this.reply(model, method, args, kwargs, user);
    if (!r.error) throw new Error(`expected an error, got ${JSON.stringify(r.result)}`);
    return r.error.data;
  }

  searchRead<T = Record<string, unknown>>(model: string, domain: unknown[], fields: string[], kwargs: Record<string, unknown> = {}, user = ADMIN): T[] {
    return this.call<T[]>(model, 'search_read', [domain], { fields, ...kwargs }, user);
  }

  login(login: string, password: string): number {
    const uid = this.raw('common', 'login', [this.db, login, password]).result as number | false;
    if (!uid) throw new Error(`cannot log in as ${login}`);
    return uid;
  }
}

/** A user handle for Rpc calls, logging in first. */
export function as(rpc: Rpc, login: string, password = login) {
  return { uid: rpc.login(login, password), password };
}

export const INVENTORY = { context: { inventory_mode: true } };
