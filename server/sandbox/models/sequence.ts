// ir.sequence, reduced to what the sandbox needs: the next number of a code with
// Odoo's prefix and padding ("PACK0000001", "0000001", "WH/IN/00001").
// Counters live in a table so that a rolled-back call gives its numbers back.
import type { Env } from '../orm/env';

export function nextSequence(env: Env, code: string, prefix: string, padding: number): string {
  const table = env.registry.store.table('__sequence');
  let row = [...table.rows.values()].find((r) => r.code === code);
  if (!row) {
    row = { id: table.allocateId(), code, next: 1 };
    table.insert(row);
  }
  const n = row.next as number;
  table.update(row.id, 'next', n + 1);
  return `${prefix}${String(n).padStart(padding, '0')}`;
}
