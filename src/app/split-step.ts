// The Split action of the Restore sheet: insert a row under the selected lot row.
import { planSplit } from '../core/split';
import { RESTORE_LAYOUT, restoreColumns } from '../core/restore-sheet';
import { columnIndex } from '../core/sheet-layout';
import { _t } from '../core/words/translate';
import { ExcelRunner } from '../excel/host';
import { readTable } from '../excel/read-table';
import { insertTableRow, selectedRows } from '../excel/cells';
import { StepRefused } from './zero-step';

export async function splitSelectedRow(run: ExcelRunner): Promise<{ remaining: number; row: number }> {
  const table = await readTable(run, RESTORE_LAYOUT.table, false);
  const selected = await selectedRows(run);
  if (selected.sheet !== RESTORE_LAYOUT.sheet) throw new StepRefused(_t('Select a cell in the lot row to split, in the Restore sheet.'));
  const columns = restoreColumns(table.values[0]);
  if (typeof columns === 'string') throw new StepRefused(columns);
  const tracking = columnIndex(RESTORE_LAYOUT.columns, table.values[0]).get('tracking') ?? -1;
  const plan = planSplit(table.values.slice(1), selected.row - table.top - 1, { ...columns, tracking });
  if (typeof plan === 'string') throw new StepRefused(plan);
  await insertTableRow(run, RESTORE_LAYOUT.table, plan.insertAt, plan.values as (string | number | boolean | null)[]);
  return { remaining: plan.remaining, row: table.top + 1 + plan.insertAt + 1 };
}
