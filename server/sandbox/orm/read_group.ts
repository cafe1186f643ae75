// read_group (17.0's public compatibility layer over _read_group): groups by fields
// (dates by day/week/month/quarter/year), aggregates with field:agg or a field's
// default (sum for numbers), <field>_count (lazy) or __count, and __domain per group.
import { valueError } from '../errors';
import { compare } from './domain';
import type { Env } from './env';
import { isStored } from './fields';
import type { BaseModel } from './model';
import type { Row } from './store';

const AGG_RE = /^(\w+)(?::(\w+)(?:\((\w+)\))?)?$/;
const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface GroupSpec {
  key: string;
  field: string;
  granularity: string | null;
}

export function readGroup(
  env: Env,
  model: BaseModel,
  domain: unknown[],
  fields: string[],
  groupbyArg: string | string[],
  offset: number,
  limit: number | null,
  orderby: string | null,
  lazy: boolean,
): Record<string, unknown>[] {
  const groupby = typeof groupbyArg === 'string' ? [groupbyArg] : (groupbyArg ?? []);
  const lazyGroupby = lazy ? groupby.slice(0, 1) : groupby;
  const specs: GroupSpec[] = lazyGroupby.map((g) => {
    const [field, gran] = g.split(':');
    const f = model.fields[field];
    if (!f) throw valueError(`Invalid field '${field}' on model '${model.name}'`);
    const granularity = f.type === 'date' || f.type === 'datetime' ? gran || 'month' : null;
    if (granularity && !GRANULARITIES.includes(granularity)) throw valueError(`Invalid granularity ${granularity}`);
    return { key: g, field, granularity };
  });
  const countKey = lazy && lazyGroupby.length === 1 ? `${lazyGroupby[0].split(':')[0]}_count` : '__count';
  const aggregates: { name: string; field: string; func: string }[] = [];
  for (const spec of fields ?? []) {
    if (spec === '__count') continue;
    const m = AGG_RE.exec(spec);
    if (!m) throw valueError(`Invalid field specification '${spec}'.`);
    const [, name, func, fname] = m;
    if (fname) aggregates.push({ name, field: fname, func });
    else if (func) aggregates.push({ name, field: name, func });
    else {
      const f = model.fields[name];
      if (!f) throw valueError(`Invalid field '${name}' on model '${model.name}'`);
      if (isStored(f) && (f.type === 'float' || f.type === 'integer') && name !== 'id' && !lazyGroupby.includes(spec))
        aggregates.push({ name, field: name, func: 'sum' });
    }
  }

  const ids = model.search(env, domain, { order: null });
  const groups = new Map<string, { values: unknown[]; rows: Row[] }>();
  for (const id of ids) {
    const row = model.table.get(id)!;
    const values = specs.map((s) => bucket(model.value(env, row, s.field), s.granularity));
    const k = JSON.stringify(values);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { values, rows: [] }));
    g.rows.push(row);
  }

  let result = [...groups.values()].map((g) => {
    const out: Record<string, unknown> = {};
    specs.forEach((s, i) => (out[s.key] = g.values[i]));
    out[countKey] = g.rows.length;
    for (const a of aggregates) out[a.name] = aggregate(env, model, g.rows, a.field, a.func);
    return { out, values: g.values };
  });

  // order: the groupby fields (many2one by their comodel's order), or orderby
  const ranks = specs.map((s) => {
    const f = model.fields[s.field];
    return f.type === 'many2one' ? env.model(f.relation!).sortIds(env, [...env.model(f.relation!).table.ids()]) : null;
  });
  const terms = (orderby || specs.map((s) => s.key).join(',')).split(',').map((t) => t.trim().split(/\s+/));
  result.sort((a, b) => {
    for (const [name, dir] of terms) {
      const i = specs.findIndex((s) => s.key === name || s.field === name);
      let c: number;
      if (i >= 0) {
        const va = a.values[i];
        const vb = b.values[i];
        if (va === null || vb === null) c = va === vb ? 0 : va === null ? 1 : -1;
        else c = ranks[i] ? ranks[i]!.indexOf(va as number) - ranks[i]!.indexOf(vb as number) : compare(va, vb);
      } else {
        const key = name === '__count' ? countKey : name;
        c = compare(a.out[key] ?? 0, b.out[key] ?? 0);
      }
      if (c) return dir?.toLowerCase() === 'desc' ? -c : c;
    }
    return 0;
  });
  if (offset) result = result.slice(offset);
  if (limit) result = result.slice(0, limit);

  return result.map(({ out, values }) => {
    let groupDomain: unknown[] = [];
    specs.forEach((s, i) => {
      const f = model.fields[s.field];
      const v = values[i];
      if (f.type === 'many2one') out[s.key] = v === null ? false : [v, env.model(f.relation!).displayName(env, v as number)];
      else if (s.granularity) {
        out[s.key] = v === null ? false : label(v as string, s.granularity);
        const range = v === null ? false : dateRange(v as string, s.granularity, f.type === 'datetime');
        ((out.__range ??= {}) as Record<string, unknown>)[s.key] = range;
        groupDomain = and(groupDomain, range ? ['&', [s.field, '>=', range.from], [s.field, '<', range.to]] : [[s.field, '=', false]]);
        return;
      } else out[s.key] = v === null ? false : v;
      groupDomain = and(groupDomain, [[s.field, '=', v === null ? false : v]]);
    });
    out.__domain = and(domain, groupDomain);
    if (lazyGroupby.length < groupby.length) out.__context = { group_by: groupby.slice(lazyGroupby.length) };
    return out;
  });
}

function aggregate(env: Env, model: BaseModel, rows: Row[], field: string, func: string): unknown {
  const vals = rows.map((r) => model.value(env, r, field)).filter((v) => v !== null && v !== undefined);
  switch (func) {
    case 'sum':
      return Math.round(vals.reduce((s: number, v) => s + (v as number), 0) * 1e9) / 1e9;
    case 'min':
      return vals.length ? vals.reduce((m, v) => (compare(v, m) < 0 ? v : m)) : false;
    case 'max':
      return vals.length ? vals.reduce((m, v) => (compare(v, m) > 0 ? v : m)) : false;
    case 'avg':
      return vals.length ? vals.reduce((s: number, v) => s + (v as number), 0) / vals.length : false;
    case 'count':
      return vals.length;
    case 'count_distinct':
      return new Set(vals).size;
    case 'array_agg':
      return vals;
    case 'bool_and':
      return vals.every(Boolean);
    case 'bool_or':
      return vals.some(Boolean);
    default:
      throw valueError(`Invalid aggregation function '${func}'.`);
  }
}

/** The start of the date bucket a value falls in (as 'YYYY-MM-DD'). */
function bucket(v: unknown, granularity: string | null): unknown {
  if (!granularity || v === null || v === undefined) return v ?? null;
  const d = new Date(`${String(v).slice(0, 10)}T00:00:00Z`);
  if (granularity === 'year') d.setUTCMonth(0, 1);
  else if (granularity === 'quarter') d.setUTCMonth(Math.floor(d.getUTCMonth() / 3) * 3, 1);
  else if (granularity === 'month') d.setUTCDate(1);
  else if (granularity === 'week') d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function label(start: string, granularity: string): string {
  const d = new Date(`${start}T00:00:00Z`);
  const y = d.getUTCFullYear();
  if (granularity === 'year') return String(y);
  if (granularity === 'quarter') return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${y}`;
  if (granularity === 'month') return `${MONTHS[d.getUTCMonth()]} ${y}`;
  if (granularity === 'week') return `W${isoWeek(d)} ${y}`;
  return `${String(d.getUTCDate()).padStart(2, '0')} ${MONTHS[d.getUTCMonth()].slice(0, 3)} ${y}`;
}

function isoWeek(d: Date): number {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7)));
  const jan4 = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  return 1 + Math.round((t.getTime() - jan4.getTime()) / 604800000);
}

function dateRange(start: string, granularity: string, datetime: boolean): { from: string; to: string } {
  const d = new Date(`${start}T00:00:00Z`);
  const e = new Date(d);
  if (granularity === 'year') e.setUTCFullYear(e.getUTCFullYear() + 1);
  else if (granularity === 'quarter') e.setUTCMonth(e.getUTCMonth() + 3);
  else if (granularity === 'month') e.setUTCMonth(e.getUTCMonth() + 1);
  else if (granularity === 'week') e.setUTCDate(e.getUTCDate() + 7);
  else e.setUTCDate(e.getUTCDate() + 1);
  const fmt = (x: Date) => (datetime ? x.toISOString().slice(0, 19).replace('T', ' ') : x.toISOString().slice(0, 10));
  return { from: fmt(d), to: fmt(e) };
}

/** expression.AND of two domains, normalized like Odoo's combine(). */
function and(a: unknown[], b: unknown[]): unknown[] {
  const parts = [a, b].filter((d) => d.length > 0 && !(d.length === 1 && JSON.stringify(d[0]) === '[1,"=",1]'));
  if (!parts.length) return [[1, '=', 1]];
  const normalized = parts.map(normalize);
  return [...Array(normalized.length - 1).fill('&'), ...normalized.flat()];
}

function normalize(domain: unknown[]): unknown[] {
  const out: unknown[] = [];
  let expected = 1;
  for (const token of domain) {
    if (expected === 0) {
      out.unshift('&');
      expected = 1;
    }
    if (Array.isArray(token)) expected -= 1;
    else expected += (({ '!': 1, '&': 2, '|': 2 } as Record<string, number>)[token as string] ?? 0) - 1;
    out.push(token);
  }
  return out;
}
