// Reads a whole table (header included): values and number formats, so the core can tell
// a serial Excel turned into a date from a plain number. The first sync brings the table's
// address with its first rows; the rest comes in blocks sized to stay under Excel on the
// web's 5 MB response limit, from the bytes per row measured on the rows already read.
import { topLeftOf } from '../core/a1';
import { ExcelRunner } from './host';
import { _t } from '../core/words/translate';
import { PAYLOAD_BUDGET, isResponseTooLarge, jsonBytes } from './payload';

export interface TableSnapshot {
  /** Header row first. */
  values: unknown[][];
  numberFormats: unknown[][];
  /** Zero-based sheet row and column of the header's first cell. */
  top: number;
  left: number;
}

export class MissingTableError extends Error {
  constructor(readonly table: string) {
    super(_t('There is no "{table}" table in this workbook. Create it from the task pane first.', { table }));
    this.name = 'MissingTableError';
  }
}

export interface ReadOptions {
  /** Estimated JSON bytes per sync; default PAYLOAD_BUDGET. */
  budgetBytes?: number;
  /**
   * The columns (zero-based in the table, found from its header row) whose number formats are
   * needed. Past the first rows only theirs are read, the other formats left null: formats are a
   * third of a wide table's bytes, and fewer bytes are fewer syncs. Default: every column's.
   */
  formatsOf?: (header: readonly unknown[]) => number[];
}

/** Rows read with the address: most tables in one sync, and within the limit up to about 30 columns. */
export const FIRST_ROWS = 1_000;
/** Room left for rows longer than those measured so far. */
const SAFETY = 1.2;

export async function readTable(run: ExcelRunner, table: string, withFormats = true, options: ReadOptions = {}): Promise<TableSnapshot> {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET;
  const what = withFormats ? 'values,numberFormat' : 'values';
  return run(async (context) => {
    const values: unknown[][] = [];
    const numberFormats: unknown[][] = [];
    let rowBytes = 0; // the largest row read so far
    // null until the header is read; then the columns whose formats are read (all when not narrowed)
    let formatColumns: number[] | null = null;
    const keep = (block: Excel.Range, count: number, columnFormats: Excel.Range[] | null) => {
      for (let i = 0; i < count; i++) {
        values.push(block.values[i]);
        let formats: unknown[] = [];
        if (withFormats && columnFormats) {
          formats = new Array(block.values[i].length).fill(null);
          columnFormats.forEach((c, k) => (formats[formatColumns![k]] = c.numberFormat[i][0]));
          numberFormats.push(formats);
        } else if (withFormats) numberFormats.push((formats = block.numberFormat[i]));
        // the header row (long names, General formats) says nothing of the body's rows
        if (values.length > 1) rowBytes = Math.max(rowBytes, jsonBytes(block.values[i]) + (withFormats ? jsonBytes(formats) : 0));
      }
      if (formatColumns === null && values.length && options.formatsOf) {
        const columns = (formatColumns = options.formatsOf(values[0]));
        // the blocks to come carry these formats only: measure the rows read so far that way
        rowBytes = 0;
        for (let r = 1; r < values.length; r++)
          rowBytes = Math.max(rowBytes, jsonBytes(values[r]) + jsonBytes(columns.map((c) => numberFormats[r]?.[c] ?? null)));
      }
    };

    const item = context.workbook.tables.getItemOrNullObject(table);
    item.load('isNullObject');
    const range = item.getRange().load('address,rowCount,columnCount');
    // the first rows come with the address (a block may reach below the table; it is trimmed)
    let first: Excel.Range | null = item
      .getRange()
      .getRow(0)
      .getResizedRange(FIRST_ROWS - 1, 0)
      .load(what);
    try {
      await context.sync();
    } catch (error) {
      // too wide for one response, or a table in the sheet's last rows: the address alone, then blocks
      if (!isResponseTooLarge(error) && (error as { code?: unknown }).code !== 'InvalidArgument') throw error;
      first = null;
      item.load('isNullObject');
      range.load('address,rowCount,columnCount');
      await context.sync();
    }
    if (item.isNullObject) throw new MissingTableError(table);
    const { row: top, column: left } = topLeftOf(range.address);
    let start = 0;
    if (first) {
      start = Math.min(FIRST_ROWS, range.rowCount);
      keep(first, start, null);
    }
    const ws = item.worksheet;
    let rows = rowBytes ? Math.max(1, Math.floor(budget / (rowBytes * SAFETY + 1))) : Math.max(1, Math.floor(FIRST_ROWS / 4));
    while (start < range.rowCount) {
      const count = Math.min(rows, range.rowCount - start);
      // once the header is known, formats only of the columns asked for, each as a one-column range
      const narrowed = withFormats && formatColumns !== null;
      const block = ws.getRangeByIndexes(top + start, left, count, range.columnCount).load(narrowed ? 'values' : what);
      const columnFormats = narrowed ? formatColumns!.map((c) => ws.getRangeByIndexes(top + start, left + c, count, 1).load('numberFormat')) : null;
      try {
        await context.sync();
      } catch (error) {
        // Excel on the web refused the response: read it again in halves
        if (!isResponseTooLarge(error) || count === 1) throw error;
        rows = Math.ceil(count / 2);
        continue;
      }
      keep(block, count, columnFormats);
      start += count;
      rows = Math.max(1, Math.floor(budget / (rowBytes * SAFETY + 1)));
    }
    return { values, numberFormats, top, left };
  });
}
