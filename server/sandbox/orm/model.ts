// The generic model (odoo.models.BaseModel): search, read, create, write, unlink,
// name_search, fields_get, with Odoo 17's access checks and error messages.
// Models override create/write/unlink and add methods, calling super like Odoo does.
import { accessError, missingError, typeError, validationError, valueError } from '../errors';
import { pyRepr } from '../pyrepr';
import { MethodSpec } from './call';
import { compileDomain, NEGATIVE_OPERATORS } from './domain';
import { Env, SUPERUSER_ID } from './env';
import { describe, FieldDef, Fields, isStored, isX2many, toColumn, toRead } from './fields';
import { compileOrder } from './order';
import { readGroup } from './read_group';
import type { Registry } from './registry';
import { checkRules, ruleDomain } from './rules';
import { checkAccess, Operation } from './security';
import type { Index, Row, Table } from './store';

export type Vals = Record<string, unknown>;

export interface SearchOptions {
  offset?: number;
  limit?: number | null;
  /** Explicit order; undefined means the model's _order; null means unordered (search_count). */
  order?: string | null;
}

const MAGIC: Fields = {
  id: { type: 'integer', string: 'ID', readonly: true },
  display_name: { type: 'char', string: 'Display Name', store: false, readonly: true },
  create_uid: { type: 'many2one', string: 'Created by', relation: 'res.users', readonly: true },
  create_date: { type: 'datetime', string: 'Created on', readonly: true },
  write_uid: { type: 'many2one', string: 'Last Updated by', relation: 'res.users', readonly: true },
  write_date: { type: 'datetime', string: 'Last Updated on', readonly: true },
};

export abstract class BaseModel {
  abstract readonly name: string;
  abstract readonly description: string;
  /** Python class name, for TypeError messages of overridden methods. */
  abstract readonly className: string;
  order = 'id';
  recName: string | null = 'name';
  /** _rec_names_search: fields name_search and display_name searches look in. */
  recNamesSearch: string[] | null = null;
  /** _parent_name, for child_of / parent_of. */
  parentName: string | null = null;
  fields: Fields = {};
  activeName: string | null = null;
  /** Precomputed once per model: create() is hot (tens of thousands of rows per call). */
  private createFields: [string, FieldDef][] = [];
  private blankRow: () => Row = () => ({ id: 0 });
  private requiredNames: string[] = [];
  private defaultFields: [string, FieldDef][] = [];
  private many2oneNames: string[] = [];
  private allNames = new Set<string>();
  private o2mIndexes = new Map<string, Index>();

  constructor(readonly registry: Registry) {}

  protected abstract defineFields(): Fields;

  init(): void {
    const own = this.defineFields();
    this.fields = {
      id: MAGIC.id,
      ...own,
      display_name: MAGIC.display_name,
      create_uid: MAGIC.create_uid,
      create_date: MAGIC.create_date,
      write_uid: MAGIC.write_uid,
      write_date: MAGIC.write_date,
    };
    this.fields.display_name = { ...MAGIC.display_name, searchDomain: (env, op, right) => this.displayNameDomain(env, op, right) };
    this.activeName = 'active' in own ? 'active' : null;
    this.createFields = Object.entries(this.fields).filter(([n, f]) => n !== 'id' && !f.inherited && (isStored(f) || f.type === 'one2many'));
    // a factory of rows with every column NULL: an object literal keeps one fast shape for
    // all rows of the model (copying a template object was the slowest part of create)
    const keys = ['id', ...this.createFields.filter(([, f]) => f.type !== 'one2many').map(([n]) => n), 'create_uid', 'write_uid', 'create_date', 'write_date'];
    const m2m = new Set(this.createFields.filter(([, f]) => f.type === 'many2many').map(([n]) => n));
    const init = (k: string) => (k === 'id' ? '0' : m2m.has(k) ? '[]' : 'null');
    this.blankRow = new Function(`return {${[...new Set(keys)].map((k) => `${JSON.stringify(k)}: ${init(k)}`).join(', ')}};`) as () => Row;
    this.defaultFields = this.createFields.filter(([, f]) => f.default);
    const columns = Object.entries(this.fields).filter(([, f]) => isStored(f) && !f.inherited && !isX2many(f));
    this.requiredNames = columns.filter(([, f]) => f.required && f.type !== 'boolean').map(([n]) => n);
    this.many2oneNames = columns.filter(([, f]) => f.type === 'many2one').map(([n]) => n);
    this.allNames = new Set(Object.keys(this.fields));
  }

  private tableCache: Table | null = null;
  get table(): Table {
    return (this.tableCache ??= this.registry.store.table(this.name));
  }

  // ---------------------------------------------------------------- values

  /** Column value, or the computed/related/inherited value for non-stored fields. */
  value(env: Env, row: Row, fname: string): unknown {
    const f = this.fields[fname];
    if (!f) return undefined;
    if (fname === 'display_name') return this.displayName(env, row.id);
    if (f.inherited) {
      const parentField = this.fields[f.inherited];
      const parent = env.model(parentField.relation!);
      const prow = parent.table.get(row[f.inherited] as number);
      return prow ? parent.value(env, prow, fname) : null;
    }
    if (f.compute) return f.compute(env, row);
    if (f.type === 'one2many') return this.one2many(env, row.id, f);
    const v = row[fname];
    return v === undefined ? null : v;
  }

  private one2many(env: Env, id: number, f: FieldDef): number[] {
    const comodel = env.model(f.relation!);
    const key = `${f.relation}.${f.inverseName}`;
    let idx = this.o2mIndexes.get(key);
    if (!idx) this.o2mIndexes.set(key, (idx = comodel.table.addIndex([f.inverseName!])));
    const ids = comodel.table.lookup(idx, [id]);
    return comodel.sortIds(env, ids);
  }

  /** Ids in this model's default order. */
  sortIds(env: Env, ids: number[]): number[] {
    if (this.order === 'id' || ids.length < 2) return ids;
    const cmp = compileOrder(env, this, this.order);
    if (!cmp) return ids;
    return ids
      .map((id) => this.table.get(id)!)
      .sort(cmp)
      .map((r) => r.id);
  }

  /** display_name, computed as superuser and cached until the next change. */
  displayName(env: Env, id: number): string | false {
    const cache = this.registry.displayCache(this.name);
    let name = cache.get(id);
    if (name === undefined) {
      const row = this.table.get(id);
      name = row ? this.computeDisplayName(env.sudo(), row) : false;
      cache.set(id, name);
    }
    return name;
  }

  protected computeDisplayName(env: Env, row: Row): string | false {
    if (!this.recName) return `${this.name},${row.id}`;
    const f = this.fields[this.recName];
    const v = this.value(env, row, this.recName);
    if (f.type === 'many2one') return v ? env.model(f.relation!).displayName(env, v as number) : false;
    return v === null || v === undefined || v === false ? false : String(v);
  }

  isSortable(fname: string): boolean {
    const f = this.fields[fname];
    return Boolean(f) && (isStored(f) || Boolean(f.inherited)) && !isX2many(f);
  }

  // ---------------------------------------------------------------- access

  checkAccessRights(env: Env, op: Operation, raise = true): boolean {
    return checkAccess(env, this.name, op, raise);
  }

  /** check_field_access_rights: fields with `groups` the user lacks. */
  checkFieldAccess(env: Env, op: Operation, names: string[] | null): string[] {
    const valid = (n: string) => {
      const f = this.fields[n];
      return !f?.groups || env.su || env.hasAnyGroup(f.groups);
    };
    if (!names || names.length === 0) return Object.keys(this.fields).filter(valid);
    const invalid = [...new Set(names.filter((n) => !valid(n)))];
    if (invalid.length) {
      if (!env.hasGroup('base.group_no_one')) {
        throw accessError(
          `You do not have enough rights to access the fields "${invalid.join(',')}" on ${this.description} (${this.name}). Please contact your system administrator.\n\n(Operation: ${op})`,
        );
      }
      const lines = invalid.sort().map((n) => `- ${n} (allowed for groups ${this.groupNames(env, this.fields[n].groups!)})`);
      throw accessError(
        `The requested operation can not be completed due to security restrictions.\n\nDocument type: ${this.description} (${this.name})\nOperation: ${op}\nUser: ${env.uid}\nFields:\n${lines.join('\n')}`,
      );
    }
    return names;
  }

  private groupNames(env: Env, spec: string): string {
    return spec
      .split(',')
      .map((x) => env.registry.xmlidToResId(x))
      .sort((a, b) => a - b)
      .map((gid) => pyRepr(env.model('res.groups').displayName(env, gid)))
      .join(', ');
  }

  /** check_access_rule for write: records that do not exist raise MissingError. */
  protected checkExist(env: Env, ids: number[], op: Operation): void {
    const missing = ids.filter((id) => !this.table.get(id));
    if (missing.length && op !== 'read' && op !== 'unlink') {
      throw missingError(
        `One of the documents you are trying to access has been deleted, please try again after refreshing.\n\n(Document type: ${this.name}, Operation: ${op}, Records: ${pyRepr(missing.slice(0, 6))}, User: ${env.uid})`,
      );
    }
  }

  // ---------------------------------------------------------------- search

  search(env: Env, domain: unknown, opts: SearchOptions = {}): number[] {
    if (!env.su) this.checkAccessRights(env, 'read');
    const userPred = compileDomain(env, this, domain);
    // the record rules, AND-ed with the domain (ir.rule._compute_domain in _search)
    const rules = ruleDomain(env, this.name);
    const rulePred = rules ? compileDomain(env, this, rules, { activeTest: false }) : null;
    const pred = rulePred ? (r: Row) => userPred(r) && rulePred(r) : userPred;
    const order = opts.order === undefined ? this.order : opts.order;
    const table = this.table;
    let rows: Row[] = [];
    for (const id of table.ids()) {
      const row = table.get(id)!;
      if (pred(row)) rows.push(row);
    }
    if (order) {
      const cmp = compileOrder(env, this, order);
      if (cmp) rows.sort(cmp);
    }
    const offset = typeof opts.offset === 'number' && opts.offset > 0 ? opts.offset : 0;
    if (offset || opts.limit) rows = rows.slice(offset, opts.limit ? offset + opts.limit : undefined);
    return rows.map((r) => r.id);
  }

  searchCount(env: Env, domain: unknown, limit?: number | null): number {
    return this.search(env, domain, { order: null, limit }).length;
  }

  /** _name_search: ids whose rec names match, like name_search without the display names. */
  nameSearchIds(env: Env, name: unknown, operator = 'ilike', domain: unknown[] = [], limit: number | null = null): number[] {
    return this.search(env, [...domain, ...this.nameDomain(name, operator)], { limit, order: this.order });
  }

  protected nameDomain(name: unknown, operator: string): unknown[] {
    const fnames = this.recNamesSearch ?? (this.recName ? [this.recName] : []);
    if (!fnames.length || (name === '' && (operator === 'like' || operator === 'ilike'))) return [];
    const leaves = fnames.map((f) => [f, operator, name]);
    const joiner = NEGATIVE_OPERATORS.includes(operator) ? '&' : '|';
    return [...Array(leaves.length - 1).fill(joiner), ...leaves];
  }

  /** _search_display_name (17): the rec-name fields, with the same operator. */
  protected displayNameDomain(_env: Env, op: string, right: unknown): unknown[] {
    const d = this.nameDomain(right, op);
    return d.length ? d : [[1, '=', 1]];
  }

  // ---------------------------------------------------------------- read

  /** `searched`: the ids come from a search that applied the record rules already (search_read). */
  read(env: Env, ids: number[], fields: string[] | null, load: unknown = '_classic_read', searched = false): Record<string, unknown>[] {
    if (!env.su) this.checkAccessRights(env, 'read');
    const names = this.checkFieldAccess(env, 'read', fields);
    for (const n of names) if (!this.fields[n]) throw valueError(`Invalid field ${pyRepr(n)} on model ${pyRepr(this.name)}`);
    const withNames = load === '_classic_read';
    if (!searched) checkRules(env, this, ids, 'read');
    const out: Record<string, unknown>[] = [];
    for (const id of ids) {
      const row = this.table.get(id);
      if (!row) continue; // Odoo 17 drops records that do not exist (MissingError is swallowed)
      const rec: Record<string, unknown> = { id };
      for (const n of names) rec[n] = this.readValue(env, row, n, withNames);
      out.push(rec);
    }
    return out;
  }

  readValue(env: Env, row: Row, fname: string, withNames = true): unknown {
    const f = this.fields[fname];
    const v = this.value(env, row, fname);
    if (f.type === 'many2one') {
      if (v === null || v === undefined || v === false) return false;
      return withNames ? [v, env.model(f.relation!).displayName(env, v as number)] : v;
    }
    return toRead(f, v);
  }

  // ---------------------------------------------------------------- create / write / unlink

  /** Values a new record gets when not given (field defaults). */
  defaults(env: Env): Vals {
    const out: Vals = {};
    for (const [n, f] of Object.entries(this.fields)) if (f.default && !f.inherited) out[n] = f.default(env);
    return out;
  }

  create(env: Env, valsList: Vals[]): number[] {
    if (!valsList.length) return [];
    if (!env.su) this.checkAccessRights(env, 'create');
    const ids: number[] = [];
    const pending: { id: number; x2m: [string, unknown][] }[] = [];
    const now = env.now();
    // context defaults (default_<field>), as default_get applies them, resolved once per call
    const ctxDefaults: [string, FieldDef, unknown][] = [];
    for (const key in env.context) {
      if (!key.startsWith('default_')) continue;
      const n = key.slice(8);
      const f = this.fields[n];
      if (f && !f.inherited && (isStored(f) || f.type === 'one2many')) ctxDefaults.push([n, f, env.context[key]]);
    }
    const ctxNames = new Set(ctxDefaults.map(([n]) => n));
    for (const vals of valsList) {
      const row = this.blankRow();
      let x2m: [string, unknown][] | null = null;
      // given values first, then context defaults and field defaults of the missing fields
      for (const n in vals) {
        const f = this.fields[n];
        if (!f) throw valueError(`Invalid field ${pyRepr(n)} on model ${pyRepr(this.name)}`);
        if (f.inherited || n === 'id' || (!isStored(f) && f.type !== 'one2many')) continue;
        if (f.type === 'one2many' || f.type === 'many2many') {
          if (f.type === 'many2many') row[n] = [];
          (x2m ??= []).push([n, vals[n]]);
        } else row[n] = toColumn(this.name, n, f, vals[n]);
      }
      for (const [n, f, v] of ctxDefaults) {
        if (n in vals) continue;
        if (f.type === 'one2many' || f.type === 'many2many')
          (x2m ??= []).push([n, Array.isArray(v) && v.every((x) => typeof x === 'number') ? [[6, 0, v]] : v]);
        else row[n] = toColumn(this.name, n, f, v);
      }
      for (let i = 0; i < this.defaultFields.length; i++) {
        const [n, f] = this.defaultFields[i];
        // a default may consume a sequence number: only for fields still missing
        if (n in vals || ctxNames.has(n)) continue;
        const v = f.default!(env);
        if (f.type === 'one2many' || f.type === 'many2many') (x2m ??= []).push([n, v]);
        else row[n] = v;
      }
      row.create_uid = env.uid;
      row.write_uid = env.uid;
      row.create_date = now;
      row.write_date = now;
      this.checkRequired(row, this.requiredNames);
      this.checkForeignKeys(env, row, this.many2oneNames);
      row.id = this.table.allocateId();
      this.table.insert(row);
      ids.push(row.id);
      if (x2m) pending.push({ id: row.id, x2m });
    }
    for (const p of pending) for (const [n, cmds] of p.x2m) this.applyX2many(env, p.id, n, cmds, true);
    this.afterCreate(env, ids);
    this.checkConstraints(env, ids, this.allNames);
    checkRules(env, this, ids, 'create');
    return ids;
  }

  write(env: Env, ids: number[], vals: Vals): void {
    if (!ids.length) return;
    const names = Object.keys(vals);
    if (!env.su) {
      this.checkAccessRights(env, 'write');
      this.checkFieldAccess(env, 'write', names);
    }
    this.checkExist(env, ids, 'write');
    checkRules(env, this, ids, 'write');
    const columns: [string, unknown][] = [];
    let x2m: [string, unknown][] | null = null;
    let inherited: Map<string, Vals> | null = null;
    for (const n of names) {
      const f = this.fields[n];
      if (!f) throw valueError(`Invalid field ${pyRepr(n)} on model ${pyRepr(this.name)}`);
      const v = vals[n];
      if (f.inherited) {
        inherited ??= new Map();
        (inherited.get(f.inherited) ?? inherited.set(f.inherited, {}).get(f.inherited)!)[n] = v;
      } else if (f.type === 'one2many' || f.type === 'many2many') (x2m ??= []).push([n, v]);
      else if (isStored(f) && n !== 'id') {
        const c = toColumn(this.name, n, f, v);
        if (f.required && f.type !== 'boolean' && c === null) this.checkRequired({ [n]: c }, [n]);
        if (f.type === 'many2one' && c !== null) this.checkForeignKeys(env, { [n]: c }, [n]);
        columns.push([n, c]);
      }
    }
    if (inherited) {
      for (const [link, pvals] of inherited) {
        const parent = env.model(this.fields[link].relation!);
        const pids = [...new Set(ids.map((id) => this.table.get(id)![link] as number))];
        parent.write(env, pids, pvals);
      }
    }
    const now = env.now();
    const table = this.table;
    for (const id of ids) {
      for (const [n, v] of columns) table.update(id, n, v);
      table.update(id, 'write_uid', env.uid);
      table.update(id, 'write_date', now);
    }
    if (x2m) for (const id of ids) for (const [n, cmds] of x2m) this.applyX2many(env, id, n, cmds);
    const changed = new Set(names);
    this.afterWrite(env, ids, changed);
    this.checkConstraints(env, ids, changed);
  }

  /**
   * create() for internal callers that already hold column values (ids, numbers,
   * strings): no conversion or foreign-key checks, but defaults, required fields,
   * the afterCreate hook and constraints as usual. Used by hot paths (applying
   * thousands of counts), where the generic create's per-field work dominates.
   */
  createRaw(env: Env, list: Vals[]): number[] {
    if (!env.su) this.checkAccessRights(env, 'create');
    const now = env.now();
    const ids: number[] = [];
    for (const vals of list) {
      const row = this.blankRow();
      Object.assign(row, vals);
      for (let i = 0; i < this.defaultFields.length; i++) {
        const [n, f] = this.defaultFields[i];
        if (!(n in vals) && f.type !== 'one2many' && f.type !== 'many2many') row[n] = f.default!(env);
      }
      row.create_uid = env.uid;
      row.write_uid = env.uid;
      row.create_date = now;
      row.write_date = now;
      this.checkRequired(row, this.requiredNames);
      row.id = this.table.allocateId();
      this.table.insert(row);
      ids.push(row.id);
    }
    this.afterCreate(env, ids);
    this.checkConstraints(env, ids, this.allNames);
    return ids;
  }

  /** write() as seen over RPC: True, unless an override returns something else (None -> null). */
  writeRpc(env: Env, ids: number[], vals: Vals): unknown {
    this.write(env, ids, vals);
    return true;
  }

  unlink(env: Env, ids: number[]): void {
    if (!ids.length) return;
    if (!env.su) this.checkAccessRights(env, 'unlink');
    const existing = [...new Set(ids)].filter((id) => this.table.get(id));
    if (!existing.length) return;
    checkRules(env, this, existing, 'unlink');
    const gone = new Set(existing);
    for (const other of this.registry.allModels()) {
      for (const [n, f] of Object.entries(other.fields)) {
        if (f.relation !== this.name || !isStored(f) || f.inherited || f.compute || ['create_uid', 'write_uid'].includes(n)) continue;
        if (f.type === 'many2many') {
          for (const row of other.table.rows.values()) {
            const list = row[n] as number[];
            if (list?.some((x) => gone.has(x)))
              other.table.update(
                row.id,
                n,
                list.filter((x) => !gone.has(x)),
              );
          }
          continue;
        }
        if (f.type !== 'many2one') continue;
        const refs = [...other.table.rows.values()].filter((r) => gone.has(r[n] as number) && !(other === this && gone.has(r.id)));
        if (!refs.length) continue;
        const policy = f.ondelete ?? (f.required ? 'restrict' : 'set null');
        if (policy === 'restrict') throw fkError(other, n);
        if (policy === 'cascade')
          other.unlink(
            env.sudo(),
            refs.map((r) => r.id),
          );
        else for (const r of refs) other.table.update(r.id, n, null);
      }
    }
    for (const id of existing) this.table.delete(id);
  }

  /** Hooks for stored computed fields and side effects. */
  protected afterCreate(_env: Env, _ids: number[]): void {}
  protected afterWrite(_env: Env, _ids: number[], _changed: Set<string>): void {}
  /** @api.constrains equivalents: `changed` holds the written field names. */
  protected checkConstraints(_env: Env, _ids: number[], _changed: Set<string>): void {}

  private checkRequired(row: Vals, names: string[]): void {
    for (const n of names) {
      const f = this.fields[n];
      if (!f?.required || !isStored(f) || f.type === 'boolean' || isX2many(f) || f.inherited) continue;
      if (row[n] === null || row[n] === undefined) {
        throw validationError(
          `The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n- Delete: another model requires the record being deleted. If possible, archive it instead.\n\nModel: ${this.description} (${this.name})\nField: ${f.string} (${n})\n`,
        );
      }
    }
  }

  private checkForeignKeys(env: Env, row: Vals, names: string[]): void {
    for (const n of names) {
      const v = row[n];
      if (v === null || v === undefined) continue;
      const f = this.fields[n];
      if (f?.type !== 'many2one' || !isStored(f) || !env.registry.has(f.relation!)) continue;
      if (!env.model(f.relation!).table.get(v as number)) throw fkError(this, n);
    }
  }

  /** Odoo's x2many commands: (0,0,vals) (1,id,vals) (2,id) (3,id) (4,id) (5,) (6,0,ids), or a list of ids. */
  protected applyX2many(env: Env, id: number, fname: string, value: unknown, isNew = false): void {
    const f = this.fields[fname];
    const comodel = env.model(f.relation!);
    const commands: unknown[][] = Array.isArray(value) && value.every((v) => typeof v === 'number') ? [[6, 0, value]] : ((value as unknown[][]) ?? []);
    const row = () => this.table.get(id)!;
    let current: number[] = f.type === 'many2many' ? [...((row()[fname] as number[]) ?? [])] : isNew ? [] : this.one2many(env, id, f);
    const detach = (cid: number) => {
      if (f.type === 'one2many') {
        if (comodel.fields[f.inverseName!].required) comodel.unlink(env, [cid]);
        else comodel.write(env, [cid], { [f.inverseName!]: false });
      }
      current = current.filter((x) => x !== cid);
    };
    for (const cmd of commands) {
      if (!Array.isArray(cmd)) throw valueError(`Wrong value for ${this.name}.${fname}: ${pyRepr(value)}`);
      const [code, cid, arg] = cmd as [number, number, unknown];
      if (code === 0) {
        const vals = { ...(arg as Vals) };
        if (f.type === 'one2many') vals[f.inverseName!] = id;
        const [nid] = comodel.create(env, [vals]);
        current.push(nid);
      } else if (code === 1) comodel.write(env, [cid], arg as Vals);
      else if (code === 2) {
        comodel.unlink(env, [cid]);
        current = current.filter((x) => x !== cid);
      } else if (code === 3) detach(cid);
      else if (code === 4) {
        if (f.type === 'one2many') comodel.write(env, [cid], { [f.inverseName!]: id });
        if (!current.includes(cid)) current.push(cid);
      } else if (code === 5) for (const c of [...current]) detach(c);
      else if (code === 6) {
        const wanted = (arg as number[]) ?? [];
        for (const c of current.filter((x) => !wanted.includes(x))) detach(c);
        for (const c of wanted)
          if (!current.includes(c)) {
            if (f.type === 'one2many') comodel.write(env, [c], { [f.inverseName!]: id });
            current.push(c);
          }
      }
    }
    if (f.type === 'many2many') {
      for (const c of current) if (!comodel.table.get(c)) throw fkError(this, fname);
      this.table.update(id, fname, [...new Set(current)]);
    }
  }

  // ---------------------------------------------------------------- RPC

  /** The methods callable over RPC, with their Python signatures. */
  methods(env: Env): Record<string, MethodSpec> {
    const q = (m: string) => `BaseModel.${m}`;
    const domainOf = (d: unknown) => (d === null || d === undefined || d === false ? [] : d);
    return {
      search: {
        api: 'model',
        qualname: q('search'),
        params: [{ name: 'domain' }, { name: 'offset', default: 0 }, { name: 'limit', default: null }, { name: 'order', default: null }],
        run: (a) => this.search(env, domainOf(a.domain), { offset: a.offset as number, limit: a.limit as number, order: (a.order as string) || undefined }),
      },
      search_fetch: {
        api: 'model',
        qualname: q('search_fetch'),
        params: [
          { name: 'domain' },
          { name: 'field_names' },
          { name: 'offset', default: 0 },
          { name: 'limit', default: null },
          { name: 'order', default: null },
        ],
        run: (a) => this.search(env, domainOf(a.domain), { offset: a.offset as number, limit: a.limit as number, order: (a.order as string) || undefined }),
      },
      search_read: {
        api: 'model',
        qualname: q('search_read'),
        varkw: true,
        params: [
          { name: 'domain', default: null },
          { name: 'fields', default: null },
          { name: 'offset', default: 0 },
          { name: 'limit', default: null },
          { name: 'order', default: null },
        ],
        run: (a) => {
          const fields = this.checkFieldAccess(env, 'read', (a.fields as string[]) || null);
          const ids = this.search(env, domainOf(a.domain), { offset: a.offset as number, limit: a.limit as number, order: (a.order as string) || undefined });
          const kw = a.__kwargs as Vals;
          // read_kwargs go to _read_format(fnames, load=...): anything else is a TypeError there
          const extra = Object.keys(kw).find((k) => k !== 'load');
          if (extra) throw typeError(`BaseModel._read_format() got an unexpected keyword argument '${extra}'`);
          return this.read(env.withContext({ active_test: true }), ids, fields, 'load' in kw ? kw.load : '_classic_read', true);
        },
      },
      read_group: {
        api: 'model',
        qualname: q('read_group'),
        params: [
          { name: 'domain' },
          { name: 'fields' },
          { name: 'groupby' },
          { name: 'offset', default: 0 },
          { name: 'limit', default: null },
          { name: 'orderby', default: false },
          { name: 'lazy', default: true },
        ],
        run: (a) =>
          readGroup(
            env,
            this,
            domainOf(a.domain) as unknown[],
            (a.fields as string[]) ?? [],
            a.groupby as string[],
            (a.offset as number) || 0,
            (a.limit as number) || null,
            (a.orderby as string) || null,
            a.lazy !== false,
          ),
      },
      search_count: {
        api: 'model',
        qualname: q('search_count'),
        params: [{ name: 'domain' }, { name: 'limit', default: null }],
        run: (a) => this.searchCount(env, domainOf(a.domain), a.limit as number),
      },
      read: {
        api: 'multi',
        qualname: q('read'),
        params: [
          { name: 'fields', default: null },
          { name: 'load', default: '_classic_read' },
        ],
        run: (a, ids) => this.read(env, ids, (a.fields as string[]) || null, a.load),
      },
      create: {
        api: 'create',
        qualname: q('create'),
        params: [{ name: 'vals_list' }],
        run: (a) => {
          const list = Array.isArray(a.vals_list) ? (a.vals_list as Vals[]) : [a.vals_list as Vals];
          const ids = this.create(
            env,
            list.map((v) => ({ ...v })),
          );
          return Array.isArray(a.vals_list) ? ids : ids[0];
        },
      },
      write: {
        api: 'multi',
        qualname: q('write'),
        params: [{ name: 'vals' }],
        run: (a, ids) => this.writeRpc(env, ids, { ...(a.vals as Vals) }),
      },
      unlink: {
        api: 'multi',
        qualname: q('unlink'),
        params: [],
        run: (_a, ids) => {
          this.unlink(env, ids);
          return true;
        },
      },
      exists: { api: 'multi', qualname: q('exists'), params: [], run: (_a, ids) => ids.filter((id) => this.table.get(id)) },
      name_search: {
        api: 'model',
        qualname: q('name_search'),
        params: [
          { name: 'name', default: '' },
          { name: 'args', default: null },
          { name: 'operator', default: 'ilike' },
          { name: 'limit', default: 100 },
        ],
        run: (a) =>
          this.nameSearchIds(env, a.name, a.operator as string, (a.args as unknown[]) || [], (a.limit as number) || null).map((id) => [
            id,
            this.displayName(env, id),
          ]),
      },
      name_get: {
        api: 'multi',
        qualname: q('name_get'),
        params: [],
        run: (_a, ids) => ids.filter((id) => this.table.get(id)).map((id) => [id, this.displayName(env, id)]),
      },
      name_create: {
        api: 'model',
        qualname: q('name_create'),
        params: [{ name: 'name' }],
        run: (a) => {
          const [id] = this.create(env, [{ [this.recName ?? 'name']: a.name }]);
          return [id, this.displayName(env, id)];
        },
      },
      fields_get: {
        api: 'model',
        qualname: q('fields_get'),
        params: [
          { name: 'allfields', default: null },
          { name: 'attributes', default: null },
        ],
        run: (a) => this.fieldsGet(env, a.allfields as string[] | null, a.attributes as string[] | null),
      },
      default_get: {
        api: 'model',
        qualname: q('default_get'),
        params: [{ name: 'fields_list' }],
        run: (a) => {
          const out: Vals = {};
          const defaults = this.defaults(env);
          for (const n of (a.fields_list as string[]) ?? []) if (n in defaults && this.fields[n]) out[n] = toRead(this.fields[n], defaults[n]);
          return out;
        },
      },
      check_access_rights: {
        api: 'model',
        qualname: q('check_access_rights'),
        params: [{ name: 'operation' }, { name: 'raise_exception', default: true }],
        run: (a) => this.checkAccessRights(env, a.operation as Operation, a.raise_exception !== false),
      },
      ...(this.activeName
        ? {
            action_archive: {
              api: 'multi',
              qualname: q('action_archive'),
              params: [],
              run: (_a: Vals, ids: number[]) => (this.write(env, ids, { active: false }), true),
            },
            action_unarchive: {
              api: 'multi',
              qualname: q('action_unarchive'),
              params: [],
              run: (_a: Vals, ids: number[]) => (this.write(env, ids, { active: true }), true),
            },
          }
        : {}),
    };
  }

  fieldsGet(env: Env, allfields: string[] | null, attributes: string[] | null): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [n, f] of Object.entries(this.fields)) {
      if (allfields && allfields.length && !allfields.includes(n)) continue;
      if (f.groups && !env.su && !env.hasAnyGroup(f.groups)) continue;
      const d = describe(n, f);
      if (attributes && attributes.length) for (const k of Object.keys(d)) if (!attributes.includes(k)) delete d[k];
      out[n] = d;
    }
    return out;
  }
}

export function fkError(model: BaseModel, field: string) {
  return validationError(
    `The operation cannot be completed: another model requires the record being deleted. If possible, archive it instead.\n\nModel: ${model.description} (${model.name})\nConstraint: ${model.name.replace(/\./g, '_')}_${field}_fkey\n`,
  );
}

export { SUPERUSER_ID };
