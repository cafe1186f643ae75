// Step 8: reconcile what Odoo holds now against the originals, into the Report sheet,
// with the value Odoo booked at zeroing and at restore when it values stock.
import { Reconciliation, REPORT_LAYOUT, RunValues, reconcile, restoredByLine } from '../core/reconcile';
import { restoredByRun } from '../core/restore-plan';
import { adjustmentName } from '../core/run';
import { toGrid } from '../core/sheet-layout';
import { ExcelRunner } from '../excel/host';
import { writeTable } from '../excel/write-table';
import { OdooClient } from '../odoo/client';
import { bookedValues, inventoryHistory } from '../odoo/inventory';
import { productsByIds, readQuants } from '../odoo/reads';
import { originalsFor } from './originals-source';
import { Chosen } from './restore-step';

export async function writeReport(
  client: OdooClient,
  run: ExcelRunner,
  runRef: string,
  chosen: readonly Chosen[],
  signal?: AbortSignal,
): Promise<Reconciliation> {
  const productIds = chosen.map((c) => c.product.id);
  const restore = adjustmentName(runRef, 'restore');
  const [originals, quants, products, restoreMoves] = await Promise.all([
    originalsFor(client, runRef, productIds, signal),
    readQuants(client, { productIds }, { signal, withoutCount: true }),
    productsByIds(client, productIds, signal),
    inventoryHistory(client, productIds, { referenceLike: restore, signal }),
  ]);
  // The zeroing's value comes from the very moves that gave the originals (the run's, or a manual
  // zeroing's), the restore's from the run's restore moves.
  const [zeroValues, restoreValues] = await Promise.all([
    bookedValues(client, productIds, { moveLineIds: originals.flatMap((o) => o.evidence.moveLineIds) }, signal),
    bookedValues(client, productIds, { referenceLike: restore }, signal),
  ]);
  const values: RunValues | null = zeroValues && restoreValues ? { zero: zeroValues, restore: restoreValues } : null;
  // What came back is what the run's restore moves brought: lots held before stay out of it.
  const restored = restoredByLine(restoredByRun(restoreMoves, runRef));
  const result = reconcile(originals, quants, new Map(products.map((p) => [p.id, p])), [restore], values, restored);
  await writeTable(run, REPORT_LAYOUT, toGrid(REPORT_LAYOUT, result.rows), { signal });
  return result;
}
