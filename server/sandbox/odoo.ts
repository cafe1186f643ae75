// The SandboxOdoo class: one in-memory database behind Odoo's JSON-RPC entry points,
// playing Odoo 16, 17 (the default), 18 or 19 (versions.ts says what differs).
import { seedDemo } from './demo';
import { registerModels } from './models/all';
import { Registry } from './orm/registry';
import { handleJson2, Json2Request, Json2Response } from './json2';
import { RpcDispatcher, JsonRpcReply } from './rpc';
import { seedFreshDatabase } from './seed';
import { SandboxVersion, VERSIONS, VersionTraits } from './versions';

export type SandboxSeed = 'demo' | 'empty';
export type SandboxModule = 'product_expiry';

export interface SandboxOptions {
  /** The Odoo version to play; 17.0 by default. */
  version?: SandboxVersion;
  /** Database name; "sandbox" by default. */
  db?: string;
  /** Clock for create/write dates, move dates and "today"; the real clock by default. */
  now?: () => Date;
  /** 'demo' (default): a small furniture warehouse; 'empty': a fresh database with stock installed. */
  seed?: SandboxSeed;
  /** Modules installed on top of stock: 'product_expiry' (Expiration Dates) is the one the sandbox knows. */
  modules?: SandboxModule[];
}

export class SandboxOdoo {
  private registry!: Registry;
  private readonly dispatcher = new RpcDispatcher(() => this.registry);

  constructor(private readonly opts: SandboxOptions = {}) {
    if (opts.version && !(opts.version in VERSIONS)) throw new RangeError(`The sandbox does not play Odoo ${opts.version}.`);
    this.reset();
  }

  get dbName(): string {
    return this.opts.db ?? 'sandbox';
  }

  get traits(): VersionTraits {
    return VERSIONS[this.opts.version ?? '17.0'];
  }

  get seed(): SandboxSeed {
    return this.opts.seed ?? 'demo';
  }

  /** Back to the seed data, as if the database had just been created. */
  reset(seed: SandboxSeed = this.seed): void {
    const registry = new Registry(this.dbName, this.opts.now ?? (() => new Date()), this.traits, new Set(this.opts.modules ?? []));
    registerModels(registry);
    seedFreshDatabase(registry);
    if (seed === 'demo') seedDemo(registry);
    this.registry = registry;
  }

  /** Handles the body of a POST /jsonrpc and returns the full reply envelope. */
  handle(body: unknown): JsonRpcReply {
    return this.dispatcher.dispatch(body);
  }

  /** POST /json/2/<model>/<method> (19 only; the server answers 404 on older versions). */
  handleJson2(req: Json2Request): Json2Response {
    return handleJson2(this.registry, this.dispatcher, req);
  }

  /** POST /web/database/list (a JSON route, params ignored). */
  databaseList(body: unknown): JsonRpcReply {
    const id = ((body ?? {}) as { id?: unknown }).id ?? null;
    return { jsonrpc: '2.0', id, result: [this.dbName] };
  }
}
