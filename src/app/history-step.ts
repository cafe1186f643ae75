// Issue-4 helpers: the products whose untracked stock was zeroed by an inventory
// adjustment and never restored (company-wide, from Odoo's history), and a way back.
import { ProgressListener } from '../core/batches';
import { lineKey } from '../core/originals';
import { RecoveredLine, recoverOriginals, stillAtZero } from '../core/recovery';
import { adjustmentName } from '../core/run';
import { OdooClient } from '../odoo/client';
import { countAndApply, inventoryHistory, productsWithUntrackedAdjustments, setTracking } from '../odoo/inventory';
import { productsByIds, readQuants } from '../odoo/reads';
import { originalsFor } from './originals-source';
import { Chosen } from './restore-step';
import { StepRefused } from './zero-step';
import { _t } from '../core/words/translate';

export interface ZeroedProduct {
  productId: number;
  label: string;
  places: RecoveredLine[];
}

/** Every product with an untracked zeroing in its history that nothing has restored since. */
export async function productsStillAtZero(client: OdooClient, signal?: AbortSignal): Promise<ZeroedProduct[]> {
  const productIds = await productsWithUntrackedAdjustments(client, signal);
  if (!productIds.length) return [];
  const [history, lotQuants, products] = await Promise.all([
    inventoryHistory(client, productIds, { allMoves: true, signal }),
    readQuants(client, { productIds, withLot: true }, { signal, withoutCount: true }),
    productsByIds(client, productIds, signal),
  ]);
  const withLots = new Map<string, number>();
  for (const q of lotQuants) {
    const key = lineKey(q.product.id, q.location.id, q.package?.id ?? null, q.owner?.id ?? null);
    withLots.set(key, (withLots.get(key) ?? 0) + q.quantity);
  }
  const zeroed = stillAtZero(recoverOriginals(history), withLots);
  return products
    .map((p) => ({ productId: p.id, label: p.reference ? `[${p.reference}] ${p.name}` : p.name, places: zeroed.filter((z) => z.productId === p.id) }))
    .filter((p) => p.places.length > 0);
}

/**
 * Abandon a run before restoring: tracking back to none, the original quantities
 * back without lots, named `Lot reassign <run>: undo`. Counts are absolute, so
 * running it twice changes nothing.
 */
export async function undoZeroing(
  client: OdooClient,
  runRef: string,
  chosen: readonly Chosen[],
  options: { signal?: AbortSignal; onProgress?: ProgressListener } = {},
): Promise<{ restored: number }> {
  const productIds = chosen.map((c) => c.product.id);
  const [originals, lotQuants, untracked] = await Promise.all([
    originalsFor(client, runRef, productIds, options.signal),
    readQuants(client, { productIds, withLot: true }, { signal: options.signal, withoutCount: true }),
    readQuants(client, { productIds, withLot: false }, { signal: options.signal, withoutCount: true }),
  ]);
  if (lotQuants.some((q) => q.quantity !== 0))
    throw new StepRefused(_t('Some of these products already hold stock with lots: finish the restore instead, or zero those lots first.'));
  if (!originals.length) throw new StepRefused(_t("Nothing to undo: no zeroing of these products in Odoo's history."));
  const products = await productsByIds(client, productIds, options.signal);
  await setTracking(
    client,
    products.filter((p) => p.tracking !== 'none').map((p) => ({ templateId: p.templateId, tracking: 'none' as const })),
    options.signal,
  );
  const current = new Map<string, number>();
  for (const q of untracked) {
    const key = lineKey(q.product.id, q.location.id, q.package?.id ?? null, q.owner?.id ?? null);
    current.set(key, (current.get(key) ?? 0) + q.quantity);
  }
  const pending = originals.filter((o) => Math.abs((current.get(o.key) ?? 0) - o.quantity) > 1e-9);
  await countAndApply(
    client,
    pending.map((o) => ({
      productId: o.productId,
      locationId: o.location.id,
      packageId: o.package?.id ?? null,
      ownerId: o.owner?.id ?? null,
      lotId: null,
      quantity: o.quantity,
    })),
    adjustmentName(runRef, 'undo'),
    { ...options, step: _t('Undoing the zeroing') },
  );
  return { restored: pending.length };
}
