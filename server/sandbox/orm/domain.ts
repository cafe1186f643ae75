// Odoo domains compiled to JavaScript predicates, following odoo/osv/expression.py
// (17.0): the same validation order and messages, and SQL's NULL semantics (a
// NULL column matches neither "= 5" nor "!= 5" unless Odoo adds "OR x IS NULL").
import { assertionError, OdooError, valueError } from '../errors';
import { pyLeaf, pyRepr } from '../pyrepr';
import type { Env } from './env';
import { FieldDef, isRelational, isStored, isX2many } from './fields';
import type { BaseModel } from './model';
import type { Row } from './store';

export type Pred = (row: Row) => boolean;

const TERM_OPERATORS = [
  '=',
  '!=',
  '<=',
  '<',
  '>',
  '>=',
  '=?',
  '=like',
  '=ilike',
  'like',
  'not like',
  'ilike',
  'not ilike',
  'in',
  'not in',
  'child_of',
  'parent_of',
  'any',
  'not any',
];
export const NEGATIVE_OPERATORS = ['!=', 'not like', 'not ilike', 'not in'];
const ARITY: Record<string, number> = { '!': 1, '&': 2, '|': 2 };

const truthy = (v: unknown) => !(v === false || v === null || v === undefined || v === 0 || v === '' || (Array.isArray(v) && v.length === 0));
const isTrueLeaf = (l: unknown[]) => l.length === 3 && l[0] === 1 && l[1] === '=' && l[2] === 1;
const isFalseLeaf = (l: unknown[]) => l.length === 3 && l[0] === 0 && l[1] === '=' && l[2] === 1;

/** normalize_domain's arity check: "Domain [...] is syntactically not correct." */
export function checkSyntax(domain: unknown): unknown[] {
  if (!Array.isArray(domain)) throw assertionError("Domains to normalize must have a 'domain' form: a list or tuple of domain components");
  let expected = 1;
  for (const token of domain) {
    if (expected === 0) expected = 1; // implicit '&'
    if (Array.isArray(token)) expected -= 1;
    else expected += (ARITY[token as string] ?? 0) - 1;
  }
  if (domain.length && expected !== 0) throw valueError(`Domain ${pyRepr(domain)} is syntactically not correct.`);
  return domain;
}

/** A token that is not an operator is a leaf; Python's tuple() of a string is its characters. */
function asLeaf(token: unknown): unknown[] {
  if (Array.isArray(token)) return token;
  if (typeof token === 'string') return [...token];
  throw new OdooError('builtins.TypeError', `'${typeof token === 'number' ? 'int' : typeof token}' object is not iterable`);
}

const isOperator = (t: unknown) => t === '&' || t === '|' || t === '!';

/** _anyfy_leaves: every field of every leaf must exist, paths included, before anything else. */
function validateFields(env: Env, model: BaseModel, domain: unknown[]): void {
  for (const token of domain) {
    if (isOperator(token)) continue;
    const leaf = asLeaf(token);
    if (leaf.length !== 3) {
      throw valueError(leaf.length < 3 ? `not enough values to unpack (expected 3, got ${leaf.length})` : 'too many values to unpack (expected 3)');
    }
    if (isTrueLeaf(leaf) || isFalseLeaf(leaf)) continue;
    const [left, op, right] = leaf;
    if (typeof left !== 'string') throw new OdooError('builtins.AttributeError', `'${pyType(left)}' object has no attribute 'split'`);
    const dot = left.indexOf('.');
    const head = dot < 0 ? left : left.slice(0, dot);
    const field = model.fields[head];
    if (!field) throw valueError(`Invalid field ${model.name}.${head} in leaf ${pyLeaf(leaf)}`);
    if (dot >= 0 && isRelational(field)) validateFields(env, env.model(field.relation!), [[left.slice(dot + 1), op, right]]);
    else if ((op === 'any' || op === 'not any') && field.relation && Array.isArray(right)) validateFields(env, env.model(field.relation), right);
  }
}

function pyType(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'boolean') return 'bool';
  if (v === null) return 'NoneType';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'object' ? 'dict' : 'str';
}

/** normalize_leaf: lower-case operator, '<>' is '!=', booleans with in, lists with =. */
function normalizeLeaf(leaf: unknown[]): unknown[] {
  const [left, , right] = leaf;
  let op = leaf[1];
  if (typeof op !== 'string') return leaf;
  op = op.toLowerCase();
  if (op === '<>') op = '!=';
  if (typeof right === 'boolean' && (op === 'in' || op === 'not in')) op = op === 'in' ? '=' : '!=';
  if (Array.isArray(right) && (op === '=' || op === '!=')) op = op === '=' ? 'in' : 'not in';
  return [left, op, right];
}

export interface CompileOptions {
  activeTest?: boolean;
}

/** Compiles a domain for `model`; validation errors are raised here, not while filtering. */
export function compileDomain(env: Env, model: BaseModel, domain: unknown, opts: CompileOptions = {}): Pred {
  const tokens = [...checkSyntax(domain)];
  const activeTest = opts.activeTest ?? env.context.active_test !== false;
  const active = model.activeName;
  if (active && activeTest && !tokens.some((t) => (Array.isArray(t) ? t[0] : typeof t === 'string' ? t[0] : undefined) === active)) {
    tokens.unshift([active, '=', 1]);
  }
  validateFields(env, model, tokens);
  let pos = 0;
  const parse = (): Pred => {
    const token = tokens[pos++];
    if (token === '!') {
      const a = parse();
      return (r) => !a(r);
    }
    if (token === '&' || token === '|') {
      const a = parse();
      const b = parse();
      return token === '&' ? (r) => a(r) && b(r) : (r) => a(r) || b(r);
    }
    return compileLeaf(env, model, asLeaf(token));
  };
  const parts: Pred[] = [];
  while (pos < tokens.length) parts.push(parse());
  if (parts.length === 0) return () => true;
  if (parts.length === 1) return parts[0];
  return (r) => parts.every((p) => p(r));
}

function compileLeaf(env: Env, model: BaseModel, raw: unknown[]): Pred {
  if (isTrueLeaf(raw)) return () => true;
  if (isFalseLeaf(raw)) return () => false;
  const leaf = normalizeLeaf(raw);
  const [left, op, right] = leaf as [string, string, unknown];
  if (!TERM_OPERATORS.includes(op)) throw valueError(`Invalid leaf ${pyLeaf(leaf)}`);
  const dot = left.indexOf('.');
  const fname = dot < 0 ? left : left.slice(0, dot);
  const field = model.fields[fname];
  const get = (row: Row) => model.value(env, row, fname);

  if (dot >= 0 && isRelational(field)) {
    // ('a.b', op, v) is ('a', 'any', [('b', op, v)]), searched on the comodel without active_test
    const ids = subSearch(env, field, [[left.slice(dot + 1), op, right]]);
    return relatedIn(model, env, fname, field, ids, false);
  }
  if (op === 'any' || op === 'not any') {
    if (!field.relation) throw valueError(`Invalid leaf ${pyLeaf(leaf)}`);
    const ids = subSearch(env, field, right);
    return relatedIn(model, env, fname, field, ids, op === 'not any');
  }
  if (field.searchDomain) return compileDomain(env, model, field.searchDomain(env, op, right), { activeTest: false });
  if (!isStored(field) && !field.searchable && field.type !== 'one2many') return () => true; // Odoo logs and ignores it

  if ((op === 'child_of' || op === 'parent_of') && (fname === 'id' || field.type === 'many2one')) {
    const target = fname === 'id' ? model : env.model(field.relation!);
    const roots = toIds(env, target, right);
    const parentField = fname !== 'id' && field.relation === model.name ? fname : target.parentName;
    const ids = hierarchy(env, target, roots, parentField, op);
    return fname === 'id' ? (r) => ids.has(r.id) : (r) => ids.has(get(r) as number);
  }

  if (field.type === 'many2one' && (typeof right === 'string' || (Array.isArray(right) && right.length > 0 && right.every((x) => typeof x === 'string')))) {
    let nop = ['<', '>', '<=', '>='].includes(op) ? 'in' : op;
    if (!Array.isArray(right) && (nop === 'in' || nop === 'not in')) nop = nop === 'in' ? '=' : '!=';
    else if (Array.isArray(right) && (nop === '=' || nop === '!=')) nop = nop === '=' ? 'in' : 'not in';
    const comodel = env.model(field.relation!);
    const ids = new Set(comodel.nameSearchIds(env.withContext({ active_test: false }), right, nop));
    if (NEGATIVE_OPERATORS.includes(nop)) return (r) => get(r) === null || ids.has(get(r) as number);
    return (r) => ids.has(get(r) as number);
  }

  if (isX2many(field)) return x2manyLeaf(env, model, fname, field, op, right);
  return columnLeaf(field, op, right, get);
}

function subSearch(env: Env, field: FieldDef, domain: unknown): Set<number> {
  const comodel = env.model(field.relation!);
  return new Set(comodel.search(env.withContext({ active_test: false }), domain));
}

/** Records whose relational field points into `ids` (negated: none of them, or empty for m2o). */
function relatedIn(model: BaseModel, env: Env, fname: string, field: FieldDef, ids: Set<number>, negate: boolean): Pred {
  if (field.type === 'many2one') {
    return negate
      ? (r) => {
          const v = model.value(env, r, fname);
          return v === null || !ids.has(v as number);
        }
      : (r) => ids.has(model.value(env, r, fname) as number);
  }
  const hit = (r: Row) => (model.value(env, r, fname) as number[]).some((id) => ids.has(id));
  return negate ? (r) => !hit(r) : hit;
}

function x2manyLeaf(env: Env, model: BaseModel, fname: string, field: FieldDef, op: string, right: unknown): Pred {
  const rel = (r: Row) => model.value(env, r, fname) as number[];
  if ((op === '=' || op === '!=') && (right === false || right === null)) return op === '=' ? (r) => rel(r).length === 0 : (r) => rel(r).length > 0;
  if (op === 'in' || op === 'not in' || op === '=' || op === '!=') {
    const list = (Array.isArray(right) ? right : [right]).filter((x) => typeof x === 'number') as number[];
    const set = new Set(list);
    const hit = (r: Row) => rel(r).some((id) => set.has(id));
    return op === 'in' || op === '=' ? hit : (r) => !hit(r);
  }
  if (typeof right === 'string') {
    const comodel = env.model(field.relation!);
    const positive = NEGATIVE_OPERATORS.includes(op) ? op.replace('not ', '').replace('!=', '=') : op;
    const ids = new Set(comodel.nameSearchIds(env.withContext({ active_test: false }), right, positive));
    const hit = (r: Row) => rel(r).some((id) => ids.has(id));
    return NEGATIVE_OPERATORS.includes(op) ? (r) => !hit(r) : hit;
  }
  return () => false;
}

/** to_ids for child_of/parent_of: ids as given, names through display_name ilike. */
function toIds(env: Env, model: BaseModel, value: unknown): number[] {
  const names =
    typeof value === 'string' ? [value] : Array.isArray(value) && value.length && value.every((v) => typeof v === 'string') ? (value as string[]) : null;
  if (names) return [...new Set(names.flatMap((n) => model.nameSearchIds(env, n, 'ilike')))];
  if (typeof value === 'number') return value ? [value] : [];
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'number') as number[];
  return [];
}

function hierarchy(env: Env, model: BaseModel, roots: number[], parentField: string | null, op: string): Set<number> {
  const table = env.registry.store.table(model.name);
  const result = new Set<number>(roots.filter((id) => table.get(id)));
  if (!parentField || !model.fields[parentField]) return result;
  if (op === 'child_of') {
    const children = new Map<number, number[]>();
    for (const row of table.rows.values()) {
      const p = row[parentField] as number | null;
      if (p) (children.get(p) ?? children.set(p, []).get(p)!).push(row.id);
    }
    const stack = [...result];
    while (stack.length) {
      for (const c of children.get(stack.pop()!) ?? []) {
        if (result.has(c)) continue;
        result.add(c);
        stack.push(c);
      }
    }
  } else {
    for (const id of [...result]) {
      let p = table.get(id)?.[parentField] as number | null;
      while (p && !result.has(p)) {
        result.add(p);
        p = table.get(p)?.[parentField] as number | null;
      }
    }
  }
  return result;
}

/** __leaf_to_sql for a column: returns a predicate on the column value. */
export function columnLeaf(field: FieldDef, op: string, right: unknown, get: (r: Row) => unknown): Pred {
  if (op === '=?') {
    if (right === false || right === null) return () => true;
    op = '=';
  }
  if (op === 'in' || op === 'not in') {
    if (typeof right === 'boolean') {
      const notNull = (op === 'in' && right) || (op === 'not in' && !right);
      return notNull ? (r) => get(r) !== null : (r) => get(r) === null;
    }
    if (!Array.isArray(right)) throw valueError(`Invalid domain term ${pyLeaf(['?', op, right])}`);
    let params: unknown[];
    let checkNull: boolean;
    if (field.type === 'boolean') {
      params = [true, false].filter((b) => right.includes(b));
      checkNull = right.includes(false);
    } else {
      params = right.filter((x) => x !== false && x !== null).map((x) => coerce(field, x));
      checkNull = params.length < right.length;
    }
    const set = new Set(params);
    let base: Pred;
    if (params.length) base = op === 'in' ? (r) => set.has(get(r)) : (r) => get(r) !== null && !set.has(get(r));
    else base = op === 'in' ? () => false : () => true;
    if ((op === 'in' && checkNull) || (op === 'not in' && !checkNull)) return (r) => base(r) || get(r) === null;
    if (op === 'not in' && checkNull) return (r) => base(r) && get(r) !== null;
    return base;
  }
  if (field.type === 'boolean' && (op === '=' || op === '!=') && typeof right === 'boolean') {
    const value = op === '!=' ? !right : right;
    return value ? (r) => get(r) === true : (r) => get(r) === null || get(r) === false;
  }
  if (op === '=' && (right === false || right === null)) return (r) => get(r) === null || get(r) === undefined;
  if (op === '!=' && (right === false || right === null)) return (r) => get(r) !== null && get(r) !== undefined;

  const wildcard = op === 'like' || op === 'ilike' || op === 'not like' || op === 'not ilike';
  let base: Pred;
  if (op.endsWith('like')) {
    const pattern = wildcard ? `%${asText(right)}%` : asText(right);
    const re = likeRegex(pattern, op.endsWith('ilike'));
    const negate = op.startsWith('not');
    base = (r) => {
      const v = get(r);
      if (v === null || v === undefined) return false;
      return re.test(asText(v)) !== negate;
    };
  } else {
    const rv = coerce(field, right);
    const cmp = (a: unknown) => compare(a, rv);
    const tests: Record<string, (c: number) => boolean> = {
      '=': (c) => c === 0,
      '!=': (c) => c !== 0,
      '<': (c) => c < 0,
      '>': (c) => c > 0,
      '<=': (c) => c <= 0,
      '>=': (c) => c >= 0,
    };
    const test = tests[op];
    base = (r) => {
      const v = get(r);
      if (v === null || v === undefined || rv === null) return false;
      return test(cmp(v));
    };
  }
  if ((wildcard && !truthy(right)) || (truthy(right) && NEGATIVE_OPERATORS.includes(op))) return (r) => base(r) || get(r) === null || get(r) === undefined;
  return base;
}

function asText(v: unknown): string {
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (v === null || v === undefined) return '';
  return String(v);
}

/** PostgreSQL LIKE: % and _ are wildcards (Odoo does not escape them), backslash escapes. */
function likeRegex(pattern: string, insensitive: boolean): RegExp {
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && i + 1 < pattern.length) src += escapeRe(pattern[++i]);
    else if (ch === '%') src += '.*';
    else if (ch === '_') src += '.';
    else src += escapeRe(ch);
  }
  return new RegExp(`^${src}$`, insensitive ? 'is' : 's');
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** convert_to_column for a comparison operand. */
function coerce(field: FieldDef, v: unknown): unknown {
  if (v === null || v === false) return field.type === 'boolean' ? false : null;
  switch (field.type) {
    case 'integer':
    case 'float':
    case 'many2one':
      return typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : Number(v);
    case 'boolean':
      return Boolean(v);
    case 'one2many':
    case 'many2many':
      return v;
    default:
      return typeof v === 'string' ? v : asText(v);
  }
}

/** C-collation comparison, as Odoo creates its databases with LC_COLLATE 'C'. */
export function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
