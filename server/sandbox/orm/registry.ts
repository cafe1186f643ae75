// The registry: all models of the database, its tables and its clock.
import { BaseModel } from './model';
import { Index, Store } from './store';
import { VERSIONS, VersionTraits } from '../versions';

export class Registry {
  readonly store = new Store();
  private readonly models = new Map<string, BaseModel>();
  private xmlidIndex: Index | null = null;
  private cache = { version: -1, names: new Map<string, Map<number, string | false>>() };
  private xmlids = { generation: -1, ids: new Map<string, number>() };
  private clock = { ms: NaN, text: '' };
  /** Set while an RPC call runs: one "now" per call (Odoo's dates have second precision). */
  private frozen: string | null = null;

  /** Runs fn with fields.Datetime.now() fixed to the time the call started. */
  atOneTime<T>(fn: () => T): T {
    if (this.frozen) return fn();
    this.frozen = this.nowText();
    try {
      return fn();
    } finally {
      this.frozen = null;
    }
  }

  constructor(
    readonly dbName: string,
    /** The clock of fields.Datetime.now(); the demo seed moves it back in time while building history. */
    public now: () => Date,
    /** The Odoo version this database plays. */
    readonly traits: VersionTraits = VERSIONS['17.0'],
    /** Optional modules installed on top of stock (only product_expiry is known). */
    readonly modules: ReadonlySet<string> = new Set(),
  ) {}

  register(model: BaseModel): void {
    this.models.set(model.name, model);
  }

  has(name: string): boolean {
    return this.models.has(name);
  }

  model(name: string): BaseModel {
    const m = this.models.get(name);
    if (!m) throw new Error(`sandbox: model ${name} is not defined`);
    return m;
  }

  allModels(): BaseModel[] {
    return [...this.models.values()];
  }

  private derivedCache = { version: -1, values: new Map<string, unknown>() };

  /** A value computed from the whole database (e.g. last count date per place), kept until the next change. */
  derived<T>(key: string, build: () => T): T {
    if (this.derivedCache.version !== this.store.version) this.derivedCache = { version: this.store.version, values: new Map() };
    if (!this.derivedCache.values.has(key)) this.derivedCache.values.set(key, build());
    return this.derivedCache.values.get(key) as T;
  }

  /** Display names of a model by id, valid until the store changes. */
  displayCache(model: string): Map<number, string | false> {
    if (this.cache.version !== this.store.version) this.cache = { version: this.store.version, names: new Map() };
    let names = this.cache.names.get(model);
    if (!names) this.cache.names.set(model, (names = new Map()));
    return names;
  }

  /** env.ref(xmlid).id, or 0 when the external id does not exist. */
  xmlidToResId(xmlid: string): number {
    const table = this.store.table('ir.model.data');
    if (this.xmlids.generation !== table.generation) this.xmlids = { generation: table.generation, ids: new Map() };
    let resId = this.xmlids.ids.get(xmlid);
    if (resId === undefined) {
      const [module, name] = xmlid.split('.', 2);
      if (!this.xmlidIndex) this.xmlidIndex = table.addIndex(['module', 'name']);
      const [id] = table.lookup(this.xmlidIndex, [module, name]);
      resId = id ? ((table.get(id)?.res_id as number) ?? 0) : 0;
      this.xmlids.ids.set(xmlid, resId);
    }
    return resId;
  }

  /** fields.Datetime.now() as Odoo stores it (UTC, to the second), formatted once per millisecond. */
  nowText(): string {
    if (this.frozen) return this.frozen;
    const d = this.now();
    const ms = d.getTime();
    if (ms !== this.clock.ms) this.clock = { ms, text: d.toISOString().slice(0, 19).replace('T', ' ') };
    return this.clock.text;
  }
}
