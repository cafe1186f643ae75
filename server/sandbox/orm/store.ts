// In-memory tables with an undo journal. Odoo runs each RPC call in one database
// transaction; we get the same all-or-nothing behaviour by journaling every change
// (including id sequences) and replaying the journal backwards on error. This is
// much cheaper than copying the database before each call, which matters with
// 20,000 quants and thousands of calls.

/** One stored record: raw column values keyed by field name. null is SQL NULL. */
export type Row = { id: number } & Record<string, unknown>;

type Undo =
  | { kind: 'insert'; table: Table; id: number }
  | { kind: 'update'; table: Table; id: number; field: string; old: unknown }
  | { kind: 'delete'; table: Table; row: Row }
  | { kind: 'seq'; table: Table; old: number };

/** Keeps a key -> ids map up to date, e.g. quants by product/location/lot/package/owner. */
export interface Index {
  fields: string[];
  key(row: Row): string;
  map: Map<string, Set<number>>;
}

export class Table {
  readonly rows = new Map<number, Row>();
  private nextId = 1;
  private sorted: number[] | null = null;
  private readonly indexes: Index[] = [];
  private readonly indexesByField = new Map<string, Index[]>();
  /** Bumped on every change of this table, for caches derived from it. */
  generation = 0;
  /** Rows inserted by the running transaction: undoing the insert undoes their updates too. */
  readonly fresh = new Set<number>();

  constructor(
    readonly name: string,
    private readonly store: Store,
  ) {}

  /** All ids, ascending (the physical order a heap scan would give a fresh table). */
  ids(): number[] {
    if (!this.sorted) this.sorted = [...this.rows.keys()].sort((a, b) => a - b);
    return this.sorted;
  }

  get(id: number): Row | undefined {
    return this.rows.get(id);
  }

  /** Like a PostgreSQL sequence, but rolled back with the transaction (see README). */
  allocateId(): number {
    this.store.log({ kind: 'seq', table: this, old: this.nextId });
    return this.nextId++;
  }

  /** Sets the sequence, e.g. so that a fresh database's next ids match a real one's. */
  setNextId(next: number): void {
    this.nextId = next;
  }

  insert(row: Row): void {
    if (row.id >= this.nextId) this.nextId = row.id + 1;
    this.rows.set(row.id, row);
    this.sorted = null;
    for (const idx of this.indexes) addToIndex(idx, row);
    if (this.store.inTransaction) this.fresh.add(row.id);
    this.store.log({ kind: 'insert', table: this, id: row.id });
  }

  update(id: number, field: string, value: unknown): void {
    const row = this.rows.get(id);
    if (!row) return;
    const old = row[field];
    if (old === value) return;
    const touched = this.indexesByField.get(field);
    if (touched) for (const idx of touched) removeFromIndex(idx, row);
    row[field] = value;
    if (touched) for (const idx of touched) addToIndex(idx, row);
    if (this.fresh.has(id)) this.store.touch(this);
    else this.store.log({ kind: 'update', table: this, id, field, old });
  }

  delete(id: number): void {
    const row = this.rows.get(id);
    if (!row) return;
    for (const idx of this.indexes) removeFromIndex(idx, row);
    this.rows.delete(id);
    this.sorted = null;
    this.store.log({ kind: 'delete', table: this, row });
  }

  addIndex(fields: string[]): Index {
    const key = (row: Row) => {
      let k = '';
      for (let i = 0; i < fields.length; i++) k += (i ? '|' : '') + (row[fields[i]] ?? '');
      return k;
    };
    const idx: Index = { fields, key, map: new Map() };
    for (const row of this.rows.values()) addToIndex(idx, row);
    this.indexes.push(idx);
    for (const f of fields) this.indexesByField.set(f, [...(this.indexesByField.get(f) ?? []), idx]);
    return idx;
  }

  /** Ids whose indexed fields equal `values` (null for NULL). */
  lookup(idx: Index, values: unknown[]): number[] {
    let key = '';
    for (let i = 0; i < values.length; i++) key += (i ? '|' : '') + (values[i] ?? '');
    const set = idx.map.get(key);
    if (!set) return [];
    if (set.size === 1) return [set.values().next().value as number];
    return [...set].sort((a, b) => a - b);
  }

  // Used only by the undo replay: bypasses the journal.
  undo(entry: Undo): void {
    if (entry.kind === 'insert') {
      const row = this.rows.get(entry.id);
      if (row) for (const idx of this.indexes) removeFromIndex(idx, row);
      this.rows.delete(entry.id);
      this.sorted = null;
    } else if (entry.kind === 'delete') {
      this.rows.set(entry.row.id, entry.row);
      for (const idx of this.indexes) addToIndex(idx, entry.row);
      this.sorted = null;
    } else if (entry.kind === 'update') {
      const row = this.rows.get(entry.id);
      if (!row) return;
      const touched = this.indexesByField.get(entry.field) ?? [];
      for (const idx of touched) removeFromIndex(idx, row);
      row[entry.field] = entry.old;
      for (const idx of touched) addToIndex(idx, row);
    } else {
      this.nextId = entry.old;
    }
  }
}

function addToIndex(idx: Index, row: Row): void {
  const key = idx.key(row);
  let set = idx.map.get(key);
  if (!set) idx.map.set(key, (set = new Set()));
  set.add(row.id);
}

function removeFromIndex(idx: Index, row: Row): void {
  const key = idx.key(row);
  const set = idx.map.get(key);
  if (!set) return;
  set.delete(row.id);
  if (set.size === 0) idx.map.delete(key);
}

export class Store {
  readonly tables = new Map<string, Table>();
  private journal: Undo[] | null = null;
  /** Bumped on every change, so derived caches (display names) know when to drop. */
  version = 0;

  private clearFresh(): void {
    for (const t of this.tables.values()) t.fresh.clear();
  }

  table(name: string): Table {
    let t = this.tables.get(name);
    if (!t) this.tables.set(name, (t = new Table(name, this)));
    return t;
  }

  get inTransaction(): boolean {
    return this.journal !== null;
  }

  log(entry: Undo): void {
    this.touch(entry.table);
    this.journal?.push(entry);
  }

  /** A change that needs no undo entry still invalidates caches. */
  touch(table: Table): void {
    this.version++;
    table.generation++;
  }

  /** Runs fn as one transaction: every change is undone if it throws. */
  transaction<T>(fn: () => T): T {
    if (this.journal) return fn(); // nested: the outer transaction owns the rollback
    this.journal = [];
    try {
      const result = fn();
      this.journal = null;
      this.clearFresh();
      return result;
    } catch (err) {
      const entries = this.journal ?? [];
      this.journal = null;
      this.clearFresh();
      for (let i = entries.length - 1; i >= 0; i--) {
        entries[i].table.undo(entries[i]);
        entries[i].table.generation++;
      }
      this.version++;
      throw err;
    }
  }
}
