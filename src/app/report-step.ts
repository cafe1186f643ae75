import { originalsFor } from './originals-source';
// Step 8: reconcile what Odoo holds now against the originals, into the Report sheet.
import { Reconciliation, REPORT_LAYOUT, reconcile } from '../core/reconcile';
import { adjustmentName } from '../core/run';
import { toGrid } from '../core/sheet-layout';
import { ExcelRunner } from '../excel/host';
import { writeTable } from '../excel/write-table';
import { OdooClient } from '../odoo/client';
import { productsByIds, readQuants } from '../odoo/reads';
import { Chosen } from './restore-step';

export async function writeReport(
  client: OdooClient,
  run: ExcelRunner,
  runRef: string,
  chosen: readonly Chosen[],
  signal?: AbortSignal,
): Promise<Reconciliation> {
  const productIds = chosen.map((c) => c.product.id);
  const [originals, quants, products] = await Promise.all([
    originalsFor(client, runRef, productIds, signal),
    readQuants(client, { productIds }, { signal, withoutCount: true }),
    productsByIds(client, productIds, signal),
  ]);
  const result = reconcile(originals, quants, new Map(products.map((p) => [p.id, p])), [adjustmentName(runRef, 'restore')]);
  await writeTable(run, REPORT_LAYOUT, toGrid(REPORT_LAYOUT, result.rows), { signal });
  return result;
}
