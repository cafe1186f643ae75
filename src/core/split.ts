// Splitting a lot line: a new row right under the chosen one, carrying what the line's
// rows do not cover yet, with a blank Lot/Serial for the next lot.
import { RestoreColumns } from './restore-sheet';
import { trackingIn } from './products-sheet';
import { _t, quantity } from './words/translate';

export interface SplitPlan {
  /** Zero-based index in the table body where the new row goes. */
  insertAt: number;
  values: unknown[];
  remaining: number;
}

export function planSplit(body: readonly (readonly unknown[])[], selected: number, columns: RestoreColumns & { tracking: number }): SplitPlan | string {
  const row = body[selected];
  if (!row) return _t('Select a cell in a row of the Restore table first.');
  if (trackingIn(row[columns.tracking]) !== 'lot') return _t('Only lot lines are split; a serial row holds exactly one unit.');
  const line = String(row[columns.line]);
  const original = Number(row[columns.original]);
  const used = body
    .filter((r) => String(r[columns.line]) === line)
    .reduce((s, r) => s + (typeof r[columns.qty] === 'number' ? (r[columns.qty] as number) : 0), 0);
  const remaining = Math.round((original - used) * 1e6) / 1e6;
  if (remaining <= 0)
    return _t('This line’s rows already cover its original {original}. Lower this row’s Qty first, then split.', { original: quantity(original) });
  const values = row.map((v, c) =>
    c === columns.lot || c === columns.status || c === columns.message || c === columns.accept ? '' : c === columns.qty ? remaining : v,
  );
  return { insertAt: selected + 1, values, remaining };
}
