// A sheet is described as data (its columns and how each row fills them), so the
// layout is tested here without Excel and the workbook adapter stays generic.
// Columns are known by a stable id, never by their header text: headers are written in the
// user's language and recognised in any language we speak, so a workbook made in French
// still works for a colleague in English. Sheet and table names are identifiers, not words:
// they stay the same in every language, so users' formulas (=Restore!G2) and our lookups hold.
import { _tn, everyLanguage, translated } from './words/translate';

export type CellValue = string | number | boolean;

export interface Column<Row> {
  /** How the code finds the column, whatever the header's language. */
  id: string;
  /** The English header, marked with `_lt`; written with `translated()`. */
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
  return { headers: columns.map((c) => translated(c.header)), values, formats };
}

/** Trimmed, case-blind, and a typed ' the same as ’ (French headers hold apostrophes). */
const normal = (text: unknown) =>
  String(text ?? '')
    .trim()
    .toLowerCase()
    .replace(/’/g, "'");

/**
 * Where each column is in a header row read back from the sheet, by column id: a header
 * cell is matched, trimmed and case-blind, against the column's header in every language.
 * Columns the row lacks are absent from the map.
 */
export function columnIndex(columns: readonly Pick<Column<unknown>, 'id' | 'header'>[], headers: readonly unknown[]): Map<string, number> {
  const byText = new Map<string, string>();
  for (const column of columns) for (const text of everyLanguage(column.header)) byText.set(normal(text), column.id);
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    const id = byText.get(normal(h));
    if (id !== undefined && !index.has(id)) index.set(id, i);
  });
  return index;
}

/**
 * The columns `ids` of a layout in a header row read back, or, when some are missing, a
 * message naming the table and those columns in the user's language.
 */
export function findColumns<Row, Id extends string>(layout: SheetLayout<Row>, headers: readonly unknown[], ids: readonly Id[]): Record<Id, number> | string {
  const index = columnIndex(layout.columns, headers);
  const missing = ids.filter((id) => !index.has(id));
  if (missing.length) {
    const names = missing.map((id) => `"${translated(layout.columns.find((c) => c.id === id)?.header ?? id)}"`).join(', ');
    return _tn(
      'The {table} table has lost its {columns} column; recreate the sheet.',
      'The {table} table has lost its {columns} columns; recreate the sheet.',
      {
        count: missing.length,
        table: layout.table,
        columns: names,
      },
    );
  }
  return Object.fromEntries(ids.map((id) => [id, index.get(id)!])) as Record<Id, number>;
}

/** The column of `id` in a layout (its position when written). */
export function columnAt<Row>(layout: SheetLayout<Row>, id: string): number {
  const at = layout.columns.findIndex((c) => c.id === id);
  if (at < 0) throw new Error(`The ${layout.table} layout has no column ${id}.`); // a bug, not the user's
  return at;
}

/** Index of each header in a header row read back from the sheet; headers are matched trimmed and case-blind. */
export function headerIndex(headers: readonly unknown[]): Map<string, number> {
  const index = new Map<string, number>();
  headers.forEach((h, i) => index.set(normal(h), i));
  return index;
}

/**
 * A word of ours a user typed or picked in a cell (a target tracking, a status), in any
 * language, as its English source text (one of `words`, marked with `_lt`); null when none.
 */
export function wordIn<Word extends string>(cell: unknown, words: readonly Word[]): Word | null {
  const text = normal(cell);
  if (!text) return null;
  return words.find((w) => everyLanguage(w).some((t) => normal(t) === text)) ?? null;
}
