// ORDER BY as Odoo 17 builds it (_order_to_sql): validated against regex_order,
// many2one fields sorted by the comodel's own _order, non-column fields ignored,
// PostgreSQL NULL placement (last when ascending, first when descending).
import { userError, valueError } from '../errors';
import { compare } from './domain';
import type { Env } from './env';
import type { BaseModel } from './model';
import type { Row } from './store';

const TERM = String.raw`\s*((?:[a-z0-9_]+|"[a-z0-9_]+")(?:\.[a-z0-9_]+)?(?::[a-z_]+)?)(?:\s+(desc|asc))?(?:\s+(nulls first|nulls last))?\s*`;
const ORDER_RE = new RegExp(`^(?:${TERM}(?:,|$))+(?<!,)$`, 'i');
const TERM_RE = new RegExp(`^${TERM}$`, 'i');

export type Comparator = (a: Row, b: Row) => number;

export function checkOrder(order: string): void {
  if (!ORDER_RE.test(order)) {
    throw userError(
      `Invalid "order" specified (${order}). A valid "order" specification is a comma-separated list of valid field names (optionally followed by asc/desc for the direction)`,
    );
  }
}

export function compileOrder(env: Env, model: BaseModel, order: string, seen: Set<string> = new Set()): Comparator | null {
  checkOrder(order);
  const terms: Comparator[] = [];
  for (const part of order.split(',')) {
    const m = TERM_RE.exec(part)!;
    let name = m[1].replace(/"/g, '');
    const direction = (m[2] ?? '').toUpperCase();
    const nulls = (m[3] ?? '').toUpperCase();
    if (name.includes(':')) name = name.split(':')[0];
    if (name.includes('.')) {
      const [fname, prop] = name.split('.');
      if (!model.fields[fname]) throw valueError(`Invalid field '${fname}' on model '${model.name}'`);
      throw valueError(`Order a property ('${prop}') on a non-properties field ('${fname}')`);
    }
    const field = model.fields[name];
    if (!field) throw valueError(`Invalid field '${name}' on model '${model.name}'`);
    if (!model.isSortable(name)) continue; // Odoo logs "cannot be sorted on field" and skips it
    const desc = direction === 'DESC';
    const nullsFirst = nulls ? nulls === 'NULLS FIRST' : desc;
    let key: (row: Row) => unknown = (row) => model.value(env, row, name);
    if (field.type === 'many2one') {
      const key2 = `${model.name}.${name}`;
      if (seen.has(key2)) continue;
      const comodel = env.model(field.relation!);
      if (comodel.order !== 'id') {
        const rank = rankOf(env, comodel, new Set([...seen, key2]));
        key = (row) => {
          const v = model.value(env, row, name) as number | null;
          return v === null ? null : (rank.get(v) ?? null);
        };
      }
    }
    terms.push((a, b) => {
      const va = key(a);
      const vb = key(b);
      const na = va === null || va === undefined;
      const nb = vb === null || vb === undefined;
      if (na || nb) return na && nb ? 0 : na === nullsFirst ? -1 : 1;
      const c = compare(va, vb);
      return desc ? -c : c;
    });
  }
  if (!terms.length) return null;
  return (a, b) => {
    for (const t of terms) {
      const c = t(a, b);
      if (c) return c;
    }
    return 0;
  };
}

/** Position of every record of `model` in its default order, to sort many2one values by. */
function rankOf(env: Env, model: BaseModel, seen: Set<string>): Map<number, number> {
  const table = env.registry.store.table(model.name);
  const rows = table.ids().map((id) => table.get(id)!);
  const cmp = compileOrder(env, model, model.order, seen);
  if (cmp) rows.sort(cmp);
  return new Map(rows.map((r, i) => [r.id, i]));
}
