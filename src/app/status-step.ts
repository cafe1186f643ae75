// Where each product of the run stands, read from Odoo (its history and quants), not
// from the workbook: a workbook reopened days later, or by someone else, shows the truth.
import { restoredByLine } from '../core/reconcile';
import { restoredByRun } from '../core/restore-plan';
import { adjustmentName } from '../core/run';
import { inventoryHistory } from '../odoo/inventory';
import { Stage, stageOf } from '../core/stage';
import { ExcelRunner } from '../excel/host';
import { OdooClient } from '../odoo/client';
import { productsByIds, readQuants } from '../odoo/reads';
import { originalsFor } from './originals-source';
import { currentRun } from './run-context';
import { Chosen } from './restore-step';

export interface ProductStatus {
  productId: number;
  label: string;
  target: string;
  stage: Stage;
  original: number;
  restored: number;
  untracked: number;
}

export async function runStatus(client: OdooClient, run: ExcelRunner, signal?: AbortSignal): Promise<{ runRef: string; products: ProductStatus[] }> {
  const { runRef, chosen } = await currentRun(client, run, signal);
  return { runRef, ...(await productStatuses(client, runRef, chosen, signal)) };
}

/** Each chosen product's stage in the run, and the number of original lines (the quants the run zeroed). */
export async function productStatuses(
  client: OdooClient,
  runRef: string,
  chosen: readonly Chosen[],
  signal?: AbortSignal,
): Promise<{ products: ProductStatus[]; originalLines: number }> {
  const productIds = chosen.map((c) => c.product.id);
  const [originals, quants, products, restoreMoves] = await Promise.all([
    originalsFor(client, runRef, productIds, signal),
    readQuants(client, { productIds, withLot: false }, { signal, withoutCount: true }),
    productsByIds(client, productIds, signal),
    inventoryHistory(client, productIds, { referenceLike: adjustmentName(runRef, 'restore'), signal }),
  ]);
  // Restored: what the run's own restore moves brought (lots an already-tracked product held before do not count).
  const byLine = restoredByLine(restoredByRun(restoreMoves, runRef));
  const statuses = products.map((p) => {
    const own = originals.filter((o) => o.productId === p.id);
    const mine = quants.filter((q) => q.product.id === p.id);
    const restored = own.reduce((s, o) => s + (byLine.get(o.key)?.quantity ?? 0), 0);
    const untracked = mine.filter((q) => !q.lot).reduce((s, q) => s + q.quantity, 0);
    const original = own.reduce((s, o) => s + o.quantity, 0);
    const target = chosen.find((c) => c.product.id === p.id)!.target;
    const round = (n: number) => Math.round(n * 1e6) / 1e6;
    return {
      productId: p.id,
      label: p.reference || p.name,
      target,
      stage: stageOf({ tracking: p.tracking, target, untracked, original, restored }),
      original: round(original),
      restored: round(restored),
      untracked: round(untracked),
    };
  });
  return { products: statuses, originalLines: originals.length };
}
