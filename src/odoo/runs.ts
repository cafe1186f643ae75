// The moves our runs posted, found by their reference ("Lot reassign RA-…: zero"), so a
// pane opened on another computer, or after a crash, finds the runs Odoo holds.
import { throwIfCancelled } from '../core/batches';
import { RunMove } from '../core/run-list';
import { OdooClient } from './client';
import { OdooRecord, ref } from './records';

export const RUN_MOVES_PAGE = 10_000;

/** Done move lines named after a run, oldest first (reference, product and date only). */
export async function runMoves(client: OdooClient, signal?: AbortSignal): Promise<RunMove[]> {
  const moves: RunMove[] = [];
  let lastId = 0;
  for (;;) {
    throwIfCancelled(signal);
    const page = await client.searchRead<OdooRecord>(
      'stock.move.line',
      [
        ['reference', 'like', 'Lot reassign RA-'],
        ['state', '=', 'done'],
        ['id', '>', lastId],
      ],
      ['reference', 'product_id', 'date'],
      { order: 'id', limit: RUN_MOVES_PAGE },
      { signal },
    );
    for (const r of page) moves.push({ reference: String(r.reference || ''), productId: ref(r.product_id)?.id ?? 0, date: String(r.date || '') });
    if (page.length < RUN_MOVES_PAGE) break;
    lastId = page[page.length - 1].id as number;
  }
  return moves;
}
