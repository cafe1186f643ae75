// Writes a core layout into an Excel table, in blocks: one sync per block, calculation
// suspended, never a sync per row (Microsoft's guidance for large writes). A block is as
// many rows as fit in the payload budget (payload.ts), so each sync stays under Excel on
// the web's 5 MB request limit whatever the width of the rows and the length of their texts.
import { ProgressListener, throwIfCancelled } from '../core/batches';
import { Grid, SheetLayout } from '../core/sheet-layout';
import { ExcelRunner } from './host';
import { _t } from '../core/words/translate';
import { topLeftOf } from '../core/a1';
import { COMMAND_BYTES, PAYLOAD_BUDGET, jsonBytes, rowBlocks } from './payload';

const HEADER_FILL = '#1F4E78';
const TECHNICAL_FONT = '#7F7F7F';

export interface WriteOptions {
  /** Estimated JSON bytes per sync; default PAYLOAD_BUDGET. */
  budgetBytes?: number;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

/**
 * Create the layout's table, or replace the rows of the existing one. Cells around
 * the table (the user's notes, formulas to the right) are left alone.
 */
export async function writeTable<Row>(run: ExcelRunner, layout: SheetLayout<Row>, grid: Grid, options: WriteOptions = {}): Promise<void> {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET;
  const columnCount = grid.headers.length;
  const bodyRows = Math.max(grid.values.length, 1); // an Excel table keeps at least one body row
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(layout.sheet);
    const existing = context.workbook.tables.getItemOrNullObject(layout.table);
    sheet.load('isNullObject');
    existing.load('isNullObject');
    await context.sync();
    const existingRange = existing.isNullObject ? null : existing.getRange().load('address,rowCount,columnCount');
    if (existingRange) await context.sync();

    const target = sheet.isNullObject ? context.workbook.worksheets.add(layout.sheet) : sheet;
    let top = 0;
    let left = 0;
    if (existingRange) {
      ({ row: top, column: left } = topLeftOf(existingRange.address));
      // Clear the old body beyond the new one; resizing a table does not clear cells it leaves.
      const oldBody = existingRange.rowCount - 1;
      if (oldBody > bodyRows) {
        target.getRangeByIndexes(top + 1 + bodyRows, left, oldBody - bodyRows, existingRange.columnCount).clear('Contents');
      }
      if (existingRange.columnCount > columnCount) {
        target.getRangeByIndexes(top, left + columnCount, existingRange.rowCount, existingRange.columnCount - columnCount).clear('Contents');
      }
    }
    const header = target.getRangeByIndexes(top, left, 1, columnCount);
    header.values = [grid.headers];
    const fullAddress = target.getRangeByIndexes(top, left, bodyRows + 1, columnCount);
    let table: Excel.Table;
    if (existing.isNullObject) {
      table = target.tables.add(fullAddress, true);
      table.name = layout.table;
      table.style = 'TableStyleLight9';
    } else {
      table = existing;
      table.resize(fullAddress);
    }
    if (grid.values.length === 0) target.getRangeByIndexes(top + 1, left, 1, columnCount).clear('Contents');

    // Formats first: a text format must be in place before the values land, or Excel turns
    // "007" into 7. One command per column, or per run of equal formats, not per cell;
    // many runs make many commands, so they too are sent in syncs within the budget.
    let queued = 0;
    for (const [column, format] of grid.formats.entries()) {
      for (const run of formatRuns(format, grid.values.length)) {
        const bytes = COMMAND_BYTES + jsonBytes(run.format);
        if (queued + bytes > budget) {
          await context.sync();
          queued = 0;
        }
        target.getRangeByIndexes(top + 1 + run.start, left + column, run.count, 1).numberFormat = run.format as unknown as string[][];
        queued += bytes;
      }
    }
    // the first block shares its sync with the table and its formats; the others have theirs
    const firstBudget = budget - queued;
    const all = rowBlocks(
      grid.values.length,
      (i) => jsonBytes(grid.values[i]),
      (block) => (block === 0 ? firstBudget : budget) - COMMAND_BYTES,
    );
    for (const [index, block] of all.entries()) {
      throwIfCancelled(options.signal);
      target.getRangeByIndexes(top + 1 + block.start, left, block.count, columnCount).values = grid.values.slice(block.start, block.start + block.count);
      context.application.suspendApiCalculationUntilNextSync();
      if (index < all.length - 1) {
        await context.sync();
        options.onProgress?.({ step: _t('Writing to Excel'), done: block.start + block.count, total: grid.values.length });
      }
    }

    styleTable(target, layout, top, left, bodyRows, header);
    await context.sync();
    options.onProgress?.({ step: _t('Writing to Excel'), done: grid.values.length, total: grid.values.length });
  });
}

/** Consecutive rows sharing a format; Excel applies a single value to every cell of a range. */
function formatRuns(format: string | string[], rows: number): { start: number; count: number; format: string }[] {
  if (rows === 0) return [];
  if (typeof format === 'string') return [{ start: 0, count: rows, format }];
  const runs: { start: number; count: number; format: string }[] = [];
  for (let i = 0; i < rows; i++) {
    const last = runs[runs.length - 1];
    if (last && last.format === format[i]) last.count += 1;
    else runs.push({ start: i, count: 1, format: format[i] });
  }
  return runs;
}

function styleTable<Row>(sheet: Excel.Worksheet, layout: SheetLayout<Row>, top: number, left: number, bodyRows: number, header: Excel.Range): void {
  header.format.font.bold = true;
  header.format.font.color = '#FFFFFF';
  header.format.fill.color = HEADER_FILL;
  if (top === 0) sheet.freezePanes.freezeRows(1);
  layout.columns.forEach((column, index) => {
    const body = sheet.getRangeByIndexes(top + 1, left + index, bodyRows, 1);
    if (column.width) body.format.columnWidth = column.width;
    if (column.technical) body.format.font.color = TECHNICAL_FONT;
  });
}
