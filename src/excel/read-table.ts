// Reads a whole table (header included) in one sync: values and number formats,
// so the core can tell a serial Excel turned into a date from a plain number.
import { topLeftOf } from '../core/a1';
import { ExcelRunner } from './host';

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
    super(`There is no "${table}" table in this workbook. Create it from the task pane first.`);
    this.name = 'MissingTableError';
  }
}

export async function readTable(run: ExcelRunner, table: string, withFormats = true): Promise<TableSnapshot> {
  return run(async (context) => {
    const item = context.workbook.tables.getItemOrNullObject(table);
    item.load('isNullObject');
    const range = item.getRange();
    range.load(withFormats ? 'address,values,numberFormat' : 'address,values');
    try {
      await context.sync();
    } catch (error) {
      if (item.isNullObject !== false) throw new MissingTableError(table);
      throw error;
    }
    if (item.isNullObject) throw new MissingTableError(table);
    const { row, column } = topLeftOf(range.address);
    return { values: range.values, numberFormats: withFormats ? range.numberFormat : [], top: row, left: column };
  });
}
