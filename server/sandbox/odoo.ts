// The SandboxOdoo class: one in-memory database behind Odoo 17's JSON-RPC entry points.
import { seedDemo } from './demo';
import { registerModels } from './models/all';
import { Registry } from './orm/registry';
import { RpcDispatcher, JsonRpcReply } from './rpc';
import { seedFreshDatabase } from './seed';

export type SandboxSeed = 'demo' | 'empty';

export interface SandboxOptions {
  version?: '17.0';
  /** Database name; "sandbox" by default. */
  db?: string;
  /** Clock for create/write dates, move dates and "today"; the real clock by default. */
  now?: () => Date;
  /** 'demo' (default): a small furniture warehouse; 'empty': a fresh database with stock installed. */
  seed?: SandboxSeed;
}

export class SandboxOdoo {
  private registry!: Registry;
  private readonly dispatcher = new RpcDispatcher(() => this.registry);

  constructor(private readonly opts: SandboxOptions = {}) {
    if (opts.version && opts.version !== '17.0') throw new RangeError(`The sandbox only speaks Odoo 17.0, not ${opts.version}.`);
    this.reset();
  }

  get dbName(): string {
    return this.opts.db ?? 'sandbox';
  }

  get seed(): SandboxSeed {
    return this.opts.seed ?? 'demo';
  }

  /** Back to the seed data, as if the database had just been created. */
  reset(seed: SandboxSeed = this.seed): void {
    const registry = new Registry(this.dbName, this.opts.now ?? (() => new Date()));
    registerModels(registry);
    seedFreshDatabase(registry);
    if (seed === 'demo') seedDemo(registry);
    this.registry = registry;
  }

  /** Handles the body of a POST /jsonrpc and returns the full reply envelope. */
  handle(body: unknown): JsonRpcReply {
    return this.dispatcher.dispatch(body);
  }

  /** POST /web/database/list (a JSON route, params ignored). */
  databaseList(body: unknown): JsonRpcReply {
    const id = ((body ?? {}) as { id?: unknown }).id ?? null;
    return { jsonrpc: '2.0', id, result: [this.dbName] };
  }
}
