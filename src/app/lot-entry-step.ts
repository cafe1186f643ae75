// Bulk Lot/Serial entry on the Restore sheet: generate into the selected rows, spread
// cells holding several values, import a packing list from another sheet. Each reads the
// sheet, plans in the core, and writes the Lot/Serial (and Qty) columns in byte-sized blocks.
import { Issue } from '../core/issues';
import { GenerateOptions, LotEdit, RestoreBody, generateNames, matchPackingList, planSpread, readPackingList } from '../core/lot-entry';
import { RESTORE_LAYOUT, restoreColumns } from '../core/restore-sheet';
import { columnIndex } from '../core/sheet-layout';
import { _t, _tn } from '../core/words/translate';
import { ExcelRunner } from '../excel/host';
import { readTable } from '../excel/read-table';
import { CellValue, selectedRows, sheetNames, usedValues } from '../excel/cells';
import { writeColumns } from '../excel/annotate';
import { StepRefused } from './zero-step';

async function restoreBody(run: ExcelRunner): Promise<{ body: RestoreBody; top: number; left: number }> {
  const table = await readTable(run, RESTORE_LAYOUT.table, false);
  const columns = restoreColumns(table.values[0]);
  if (typeof columns === 'string') throw new StepRefused(columns);
  const tracking = columnIndex(RESTORE_LAYOUT.columns, table.values[0]).get('tracking') ?? -1;
  return {
    body: {
      rows: table.values.slice(1),
      lot: columns.lot,
      qty: columns.qty,
      reference: columns.reference,
      line: columns.line,
      tracking,
      expiration: columns.expiration,
    },
    top: table.top,
    left: table.left,
  };
}

/** The Lot/Serial and Qty columns rewritten whole, with the edits applied: in blocks that stay under Excel on the web's 5 MB per request. */
async function applyEdits(run: ExcelRunner, body: RestoreBody, top: number, left: number, edits: readonly LotEdit[]): Promise<void> {
  if (!edits.length) return;
  const lots = body.rows.map((r) => [r[body.lot] as string]);
  const qtys = body.rows.map((r) => [r[body.qty] as number]);
  const expiration = body.expiration;
  const dates = body.rows.map((r) => [(expiration === undefined ? null : r[expiration]) as string | number | null]);
  for (const e of edits) {
    lots[e.row] = [e.lot];
    if (e.qty !== undefined) qtys[e.row] = [e.qty];
    if (e.expiration !== undefined) dates[e.row] = [e.expiration as string | number];
  }
  const withDates = expiration !== undefined && edits.some((e) => e.expiration !== undefined);
  const columns: { column: number; values: CellValue[] }[] = [{ column: body.lot, values: lots.map((r) => r[0]) }];
  if (edits.some((e) => e.qty !== undefined)) columns.push({ column: body.qty, values: qtys.map((r) => r[0]) });
  if (withDates) columns.push({ column: expiration, values: dates.map((r) => r[0]) });
  await writeColumns(run, RESTORE_LAYOUT.sheet, top, left, columns);
}

/** Names like Odoo's generator into the Lot/Serial cells of the selected rows; blank cells only unless `overwrite`. */
export async function generateIntoSelection(run: ExcelRunner, options: Omit<GenerateOptions, 'count'> & { overwrite?: boolean }): Promise<{ names: string[] }> {
  const { body, top, left } = await restoreBody(run);
  const selected = await selectedRows(run);
  const selection = { first: selected.row, count: selected.count, sheet: selected.sheet };
  const start = selection.first - top - 1;
  if (selection.sheet !== RESTORE_LAYOUT.sheet || start < 0 || start + selection.count > body.rows.length) {
    throw new StepRefused(_t('Select the Restore rows to fill (their Lot/Serial cells) first.'));
  }
  const names = generateNames({ ...options, count: selection.count });
  if (typeof names === 'string') throw new StepRefused(names);
  const filled = body.rows.slice(start, start + selection.count).filter((r) => String(r[body.lot] ?? '').trim() !== '').length;
  if (filled && !options.overwrite)
    throw new StepRefused(
      _tn(
        '{count} of the selected rows already has a Lot/Serial. Tick "Overwrite" to replace it.',
        '{count} of the selected rows already have a Lot/Serial. Tick "Overwrite" to replace them.',
        { count: filled },
      ),
    );
  await applyEdits(
    run,
    body,
    top,
    left,
    names.map((lot, k) => ({ row: start + k, lot })),
  );
  return { names };
}

export async function spreadSeveralValues(run: ExcelRunner): Promise<{ spread: number; issues: Issue[] }> {
  const { body, top, left } = await restoreBody(run);
  const { edits, issues } = planSpread(body, top);
  await applyEdits(run, body, top, left, edits);
  return { spread: edits.length, issues };
}

/** Another sheet's packing list (a header row, then product reference, lot/serial and optional quantity). */
export async function importPackingList(run: ExcelRunner, sheet: string): Promise<{ filled: number; unmatched: Issue[] }> {
  const source = await usedValues(run, sheet);
  const { items, issues } = readPackingList(sheet, source.values, source.row, source.column);
  const { body, top, left } = await restoreBody(run);
  const { edits, unmatched } = matchPackingList(items, body);
  await applyEdits(run, body, top, left, edits);
  return { filled: edits.length, unmatched: [...issues, ...unmatched] };
}

export async function otherSheets(run: ExcelRunner): Promise<string[]> {
  // our sheets keep their names in every language
  return (await sheetNames(run)).filter((n) => !['Quants', 'Products', 'Zeroing', 'Restore', 'Report'].includes(n));
}
