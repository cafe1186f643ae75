// What the workbook holds for the stepper, from the tables' values as Excel returns them
// (header row first). A table Excel keeps with one blank body row counts as empty.
// Columns are found by id, so a workbook made in another language reads the same.
import { Column, columnIndex } from './sheet-layout';
import { hasErrors } from './issues';
import { PRODUCTS_LAYOUT, readProductChoices } from './products-sheet';
import { QUANTS_LAYOUT } from './quants-sheet';
import { REPORT_LAYOUT } from './reconcile';
import { restoreColumns, statusIn } from './restore-sheet';
import { WorkbookState } from './stepper';

type Values = readonly (readonly unknown[])[];

const blank = (v: unknown) => v === null || v === undefined || String(v).trim() === '';

type Columns = readonly Pick<Column<never>, 'id' | 'header'>[];

function bodyWith(values: Values, columns: Columns, id: string): (readonly unknown[])[] {
  const col = columnIndex(columns, values[0] ?? []).get(id);
  return col === undefined ? [] : values.slice(1).filter((r) => !blank(r[col]));
}

export interface WorkbookTables {
  quants: Values | null;
  products: { values: Values; top: number } | null;
  restore: Values | null;
  report: Values | null;
}

export function summarizeWorkbook(t: WorkbookTables): WorkbookState {
  return { quants: quantsState(t.quants), products: productsState(t.products), restore: restoreState(t.restore), report: reportState(t.report) };
}

function quantsState(values: Values | null): WorkbookState['quants'] {
  if (!values) return null;
  const rows = bodyWith(values, QUANTS_LAYOUT.columns, 'productId');
  const col = columnIndex(QUANTS_LAYOUT.columns, values[0]).get('productId')!;
  return rows.length ? { rows: rows.length, products: new Set(rows.map((r) => r[col])).size } : null;
}

function productsState(table: { values: Values; top: number } | null): WorkbookState['products'] {
  if (!table) return null;
  const listed = bodyWith(table.values, PRODUCTS_LAYOUT.columns, 'productId').length;
  const { choices, issues } = readProductChoices(table.values, table.top);
  return {
    listed,
    chosen: choices.length,
    errors: hasErrors(issues) ? issues.filter((i) => i.severity === 'error').length : 0,
    runs: [...new Set(choices.map((c) => c.run).filter(Boolean))],
  };
}

function restoreState(values: Values | null): WorkbookState['restore'] {
  if (!values) return null;
  const columns = restoreColumns(values[0] ?? []);
  if (typeof columns === 'string') return null;
  const rows = values.slice(1).filter((r) => !blank(r[columns.line]));
  if (!rows.length) return null;
  return {
    rows: rows.length,
    filled: rows.filter((r) => !blank(r[columns.lot])).length,
    errors: rows.filter((r) => statusIn(r[columns.status]) === 'Error').length,
    unchecked: rows.filter((r) => blank(r[columns.status])).length,
  };
}

function reportState(values: Values | null): WorkbookState['report'] {
  if (!values) return null;
  const col = columnIndex(REPORT_LAYOUT.columns, values[0] ?? []).get('difference');
  if (col === undefined) return null;
  const rows = bodyWith(values, REPORT_LAYOUT.columns, 'product');
  if (!rows.length) return null;
  return { rows: rows.length, balanced: rows.every((r) => Math.abs(Number(r[col]) || 0) < 1e-9) };
}
