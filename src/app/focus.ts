// Put the user in front of the work: after a step creates or refreshes a sheet, that
// sheet comes to the front with the cell that needs the user selected.
import { PRODUCTS_LAYOUT } from '../core/products-sheet';
import { QUANTS_LAYOUT } from '../core/quants-sheet';
import { REPORT_LAYOUT } from '../core/reconcile';
import { RESTORE_LAYOUT } from '../core/restore-sheet';
import { SheetLayout, columnIndex } from '../core/sheet-layout';
import { ZEROING_LAYOUT } from '../core/zeroing';
import { Issue } from '../core/issues';
import { selectCell } from '../excel/annotate';
import { focusCell } from '../excel/cells';
import { ExcelRunner } from '../excel/host';
import { readTable } from '../excel/read-table';

const blank = (v: unknown) => v === null || v === undefined || String(v).trim() === '';

/** Activate the layout's sheet and select, in column `id`, the first body row `pick` accepts (else the first row). */
async function focusTable<Row>(run: ExcelRunner, layout: SheetLayout<Row>, id: string, pick: (row: readonly unknown[], col: number) => boolean): Promise<void> {
  const t = await readTable(run, layout.table, false);
  const col = columnIndex(layout.columns, t.values[0]).get(id) ?? 0;
  const index = t.values.slice(1).findIndex((r) => pick(r, col));
  await focusCell(run, layout.sheet, t.top + 1 + Math.max(index, 0), t.left + col);
}

export type FocusTarget = 'quants' | 'products' | 'zeroing' | 'restore' | 'report';

/** Each sheet's cell that needs the user: the first target to choose, the first lot to fill, the first difference. */
export async function focusSheet(run: ExcelRunner, target: FocusTarget): Promise<void> {
  switch (target) {
    case 'quants':
      return focusTable(run, QUANTS_LAYOUT, 'reference', () => true);
    case 'products':
      return focusTable(run, PRODUCTS_LAYOUT, 'target', (r, c) => blank(r[c]));
    case 'zeroing':
      return focusTable(run, ZEROING_LAYOUT, 'reference', () => true);
    case 'restore':
      return focusTable(run, RESTORE_LAYOUT, 'lot', (r, c) => blank(r[c]));
    case 'report':
      return focusTable(run, REPORT_LAYOUT, 'difference', (r, c) => Math.abs(Number(r[c]) || 0) > 1e-9);
  }
}

/** The first error that names a cell, selected; nothing when none does. */
export async function focusFirstIssue(run: ExcelRunner, issues: readonly Issue[]): Promise<void> {
  const first = issues.find((i) => i.severity === 'error' && i.cell) ?? issues.find((i) => i.cell);
  if (first?.cell) await goToCell(run, first.cell);
}

/** A "Sheet!A1" link of the pane: activate the sheet, select the cell. */
export function goToCell(run: ExcelRunner, address: string): Promise<void> {
  return selectCell(run, address);
}
