// Where a run's original quantities come from: its own zeroing in Odoo's history, or,
// for products zeroed by hand before the add-in was used, the recovery that replays
// each product's whole history (ambiguous places come back flagged, never guessed).
import { OriginalLine, originalsOfRun } from '../core/originals';
import { recoverOriginals } from '../core/recovery';
import { adjustmentName } from '../core/run';
import { OdooClient } from '../odoo/client';
import { inventoryHistory } from '../odoo/inventory';

export async function originalsFor(client: OdooClient, runRef: string, productIds: number[], signal?: AbortSignal): Promise<OriginalLine[]> {
  const ofRun = originalsOfRun(await inventoryHistory(client, productIds, { referenceLike: adjustmentName(runRef, 'zero'), signal }), runRef);
  const covered = new Set(ofRun.map((o) => o.productId));
  const others = productIds.filter((id) => !covered.has(id));
  if (!others.length) return ofRun;
  const recovered = recoverOriginals(await inventoryHistory(client, others, { allMoves: true, signal }));
  return [...ofRun, ...recovered];
}
