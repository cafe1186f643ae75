// The state the stepper decides on, read fresh: the workbook's tables, and where the run's
// products stand in Odoo. Also the runs Odoo and the workbook know, and resuming one of
// them in this workbook (another computer, a crash, a workbook lost).
import { FoundRun, RunMove, listRuns } from '../core/run-list';
import { PRODUCTS_LAYOUT, TRACKING_CHOICES, planProductsSheet } from '../core/products-sheet';
import { QUANTS_LAYOUT } from '../core/quants-sheet';
import { RESTORE_LAYOUT } from '../core/restore-sheet';
import { REPORT_LAYOUT } from '../core/reconcile';
import { columnAt, toGrid } from '../core/sheet-layout';
import { Stage } from '../core/stage';
import { OdooRunState, WorkbookState } from '../core/stepper';
import { summarizeWorkbook } from '../core/workbook-state';
import { addDropdown } from '../excel/annotate';
import { ExcelRunner, ExcelRunnerIn } from '../excel/host';
import { SheetWatch, watchSheets } from '../excel/watch';
import { readTable } from '../excel/read-table';
import { writeTable } from '../excel/write-table';
import { OdooClient } from '../odoo/client';
import { productsByIds, readQuants } from '../odoo/reads';
import { runMoves } from '../odoo/runs';
import { currentRun } from './run-context';
import { ProductStatus, productStatuses } from './status-step';

export interface WorkflowSnapshot {
  workbook: WorkbookState;
  /** The run the Products sheet names (one), or null. */
  run: string | null;
  odoo: OdooRunState | null;
  /** Each product of the run as Odoo has it (for "Where they stand"). */
  products: ProductStatus[];
}

const tableOrNull = (run: ExcelRunner, table: string) => readTable(run, table, false).catch(() => null);

type Part = keyof WorkbookState;
const TABLES: Record<Part, string> = {
  quants: QUANTS_LAYOUT.table,
  products: PRODUCTS_LAYOUT.table,
  restore: RESTORE_LAYOUT.table,
  report: REPORT_LAYOUT.table,
};

/**
 * The workbook's tables, no Odoo call. `parts` limits the read to the tables the user can
 * have edited (Products, Restore): a large Quants table is not read again on each keystroke.
 */
export async function readWorkbookState(
  run: ExcelRunner,
  parts: readonly Part[] = ['quants', 'products', 'restore', 'report'],
): Promise<Partial<WorkbookState>> {
  const read = await Promise.all(parts.map((p) => tableOrNull(run, TABLES[p])));
  const t = new Map(parts.map((p, i) => [p, read[i]]));
  const summary = summarizeWorkbook({
    quants: t.get('quants')?.values ?? null,
    products: t.get('products') ? { values: t.get('products')!.values, top: t.get('products')!.top } : null,
    restore: t.get('restore')?.values ?? null,
    report: t.get('report')?.values ?? null,
  });
  return Object.fromEntries(parts.map((p) => [p, summary[p]]));
}

/** The workbook, then the run it names as Odoo has it now. */
export async function readWorkflow(client: OdooClient, run: ExcelRunner, signal?: AbortSignal): Promise<WorkflowSnapshot> {
  const workbook = (await readWorkbookState(run)) as WorkbookState;
  const runs = workbook.products?.runs ?? [];
  if (runs.length !== 1 || workbook.products?.errors) return { workbook, run: runs.length === 1 ? runs[0] : null, odoo: null, products: [] };
  const { runRef, chosen } = await currentRun(client, run, signal);
  const { products, originalLines } = await productStatuses(client, runRef, chosen, signal);
  const stages: Record<Stage, number> = { 'to zero': 0, zeroed: 0, retracked: 0, restored: 0, 'partly restored': 0 };
  for (const p of products) stages[p.stage] += 1;
  return { workbook, run: runRef, odoo: { run: runRef, stages, zeroedLines: originalLines }, products };
}

/** The moves Odoo holds of every run (read again only when something was posted, or on request). */
export function readRunMoves(client: OdooClient, signal?: AbortSignal): Promise<RunMove[]> {
  return runMoves(client, signal);
}

/** The runs these moves name, and those of the Products sheet. */
export function findRuns(moves: readonly RunMove[], workbook: WorkbookState): FoundRun[] {
  return listRuns(moves, workbook.products?.runs ?? []);
}

/**
 * Resume a run this workbook does not hold: a Products sheet listing the run's products
 * (those it zeroed), its reference in the Run column, and the target tracking where Odoo
 * already has it. Products whose tracking is still none need the user's choice again.
 */
export async function resumeRun(client: OdooClient, run: ExcelRunner, found: FoundRun, signal?: AbortSignal): Promise<{ products: number; toChoose: number }> {
  const products = await productsByIds(client, found.productIds, signal);
  const quants = await readQuants(client, { productIds: found.productIds }, { signal, withoutCount: true });
  // Every product of the run stays listed, whatever its tracking is now.
  const rows = planProductsSheet(
    products,
    quants.filter((q) => q.quantity !== 0),
    new Set(found.productIds),
  ).map((row) => ({ ...row, target: row.product.tracking === 'none' ? null : row.product.tracking, run: found.run }));
  await writeTable(run, PRODUCTS_LAYOUT, toGrid(PRODUCTS_LAYOUT, rows), { signal });
  const target = columnAt(PRODUCTS_LAYOUT, 'target');
  await addDropdown(run, PRODUCTS_LAYOUT.sheet, 0, target, rows.length, TRACKING_CHOICES);
  return { products: rows.length, toChoose: rows.filter((r) => !r.target).length };
}

/** Calls `onEdit` when the user edits the Products or Restore sheet (those that exist now). */
export function watchWorkflowSheets(run: ExcelRunner, runIn: ExcelRunnerIn, onEdit: () => void): Promise<SheetWatch> {
  return watchSheets(run, runIn, [PRODUCTS_LAYOUT.sheet, RESTORE_LAYOUT.sheet], onEdit);
}
