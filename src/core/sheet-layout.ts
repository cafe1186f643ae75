// A sheet is described as data (its columns and how each row fills them), so the
// layout is tested here without Excel and the workbook adapter stays generic.

export type CellValue = string | number | boolean;

export interface Column<Row> {
  header: string;
  value(row: Row): CellValue | null;
  /** Excel number format: a fixed one for the column, or one per row (quantities by UoM). */
  format: string | ((row: Row) => string);
  /** Technical columns (Odoo ids) are grouped at the right and shown in grey. */
  technical?: boolean;
  width?: number;
}

export interface SheetLayout<Row> {
  sheet: string;
  table: string;
  columns: readonly Column<Row>[];
}

export const TEXT = '@';
export const ID = '0';
export const GENERAL = 'General';
/** ISO dates: a date typed in such a cell becomes a date, and reads back year first. */
export const DATE = 'yyyy-mm-dd';

export interface Grid {
  headers: string[];
  values: CellValue[][];
  /** Per column: one format for the whole column, or one per row. */
  formats: (string | string[])[];
}

/** Characters that make Excel read a typed string as something other than text. */
const FORMULA_START = /^[=+\-@]/;
const NUMBER_LIKE = /^\s*[-+]?(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?%?\s*$/i;
const DATE_LIKE = /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$/;

/**
 * A string Excel must keep as text, whatever the cell's format: a leading
 * apostrophe is Excel's own "this is text" prefix and is not part of the value.
 */
export function textLiteral(text: string): string {
  return FORMULA_START.test(text) || NUMBER_LIKE.test(text) || DATE_LIKE.test(text) || text.startsWith("'") ? `'${text}` : text;
}

export function toGrid<Row>(layout: SheetLayout<Row>, rows: readonly Row[]): Grid {
  const columns = layout.columns;
  const values: CellValue[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const line: CellValue[] = new Array(columns.length);
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const value = column.value(rows[r]);
      // Text columns get the "@" format before their values land (write-table.ts), so a
      // serial such as 000123 or =X stays text as typed; an apostrophe would be kept literally.
      line[c] = value === null ? '' : column.format === TEXT || typeof value !== 'string' ? value : textLiteral(value);
    }
    values[r] = line;
  }
  const formats = columns.map((column) => (typeof column.format === 'string' ? column.format : rows.map((row) => (column.format as (r: Row) => string)(row))));
  return { headers: columns.map((c) => c.header), values, formats };
}

/** Index of each header in a header row read back from the sheet; headers are matched trimmed and case-blind. */
export function headerIndex(headers: readonly unknown[]): Map<string, number> {
  const index = new Map<string, number>();
  headers.forEach((h, i) => index.set(String(h).trim().toLowerCase(), i));
  return index;
}
