// Step 1 of the workflow: read quants from Odoo -> plan the sheet in the core -> write it.
import { ProgressListener, throwIfCancelled } from '../core/batches';
import { Product } from '../core/model';
import { QUANTS_LAYOUT, QuantsSummary, planQuantsSheet } from '../core/quants-sheet';
import { toGrid } from '../core/sheet-layout';
import { ExcelRunner } from '../excel/host';
import { writeTable } from '../excel/write-table';
import { OdooClient } from '../odoo/client';
import { QuantQuery, productsByIds, readQuants } from '../odoo/reads';

export interface PullOptions {
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

export async function pullQuants(client: OdooClient, run: ExcelRunner, query: QuantQuery, options: PullOptions = {}): Promise<QuantsSummary> {
  const quants = await readQuants(client, query, options);
  throwIfCancelled(options.signal);
  const productIds = [...new Set(quants.map((q) => q.product.id))];
  const products = new Map<number, Product>((await productsByIds(client, productIds, options.signal)).map((p) => [p.id, p]));
  const { rows, summary } = planQuantsSheet(quants, products);
  throwIfCancelled(options.signal);
  await writeTable(run, QUANTS_LAYOUT, toGrid(QUANTS_LAYOUT, rows), options);
  return summary;
}
