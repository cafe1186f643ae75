// Small workbook reads and writes the app steps need besides whole tables: the
// selection, another sheet's used range, the sheet names, a column of cells, a
// table row inserted, and putting the user in front of a cell.
import { topLeftOf } from '../core/a1';
import { ExcelRunner } from './host';

export type CellValue = string | number | boolean | null;

/** The user's selection: its sheet, first row (zero-based) and number of rows. */
export async function selectedRows(run: ExcelRunner): Promise<{ sheet: string; row: number; count: number }> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange().load('rowIndex,rowCount,worksheet/name');
    await context.sync();
    return { sheet: range.worksheet.name, row: range.rowIndex, count: range.rowCount };
  });
}

/** A sheet's used range (values only), with the zero-based row and column of its first cell. */
export async function usedValues(run: ExcelRunner, sheet: string): Promise<{ values: unknown[][]; row: number; column: number }> {
  return run(async (context) => {
    const used = context.workbook.worksheets.getItem(sheet).getUsedRange(true).load('values,address');
    await context.sync();
    return { values: used.values, ...topLeftOf(used.address) };
  });
}

export async function sheetNames(run: ExcelRunner): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

/** Insert one row into a table's body at `index` (zero-based in the body). */
export async function insertTableRow(run: ExcelRunner, table: string, index: number, values: CellValue[]): Promise<void> {
  await run(async (context) => {
    context.workbook.tables.getItem(table).rows.add(index, [values as (string | number | boolean)[]]);
    await context.sync();
  });
}

/** Bring a sheet to the front and select one cell of it (zero-based), as a user would. */
export async function focusCell(run: ExcelRunner, sheet: string, row: number, column: number): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRangeByIndexes(row, column, 1, 1).select();
    await context.sync();
  });
}
