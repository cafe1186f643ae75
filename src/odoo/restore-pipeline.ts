// The restore post with its batches overlapped (core/pipeline.ts): while Odoo applies the
// counts of batch k, it creates the lots of batch k+1 and counts its lines, on a second
// worker. Two calls in flight at most, applies one at a time and in order.
//
// The guarantees of the sequential post hold: counts are absolute (a line counted again is
// counted to the same quantity), lots are looked for before being created again, and
// nothing runs any more when the post fails, so a resume starts from what Odoo has.
import { ProgressListener } from '../core/batches';
import { batchesWithLots, runPipelined } from '../core/pipeline';
import { OdooClient } from './client';
import { OdooError } from './errors';
import { CountLine, WRITE_BATCH, applyCounts, countQuants } from './inventory';
import { _t } from '../core/words/translate';

/** What to post, generic over the caller's target and lot records (passed through as they are). */
export interface PipelinedRestore<T, L> {
  /** The lines to post, in order: each is counted to its quantity and applied. */
  targets: readonly T[];
  /** Lots Odoo does not have yet: each is created once, by the first batch that needs it. */
  newLots: readonly L[];
  /** Ids of the lots Odoo already had, keyed like `keys`. */
  found: ReadonlyMap<string, number>;
  /** Which batch creates a lot: the key of the lot a line would need created, and of each new lot. */
  keys: { ofLine(target: T): string; ofLot(lot: L): string };
  /** The count line of a target, its lot id found in `lotIds` (those Odoo had and those created so far). */
  countLine(target: T, lotIds: ReadonlyMap<string, number>): CountLine;
  /** Create these lots (inventory.createLots), ids keyed like `keys`. */
  createLots(lots: readonly L[], signal?: AbortSignal): Promise<ReadonlyMap<string, number>>;
  /** Which of these lots Odoo has (inventory.findLots), ids keyed like `keys`. */
  findLots(lots: readonly L[], signal?: AbortSignal): Promise<ReadonlyMap<string, number>>;
}

export interface PipelineOptions {
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  batchSize?: number;
  /** Batches prepared ahead of the one being applied (1: batch k+1 while k applies; 0: sequential). */
  lookahead?: number;
  /** Tries of a batch's stage that Odoo refused with a concurrency failure, after the first. */
  retries?: number;
  /** Wait before the n-th retry (ms); random like Odoo's own by default. */
  retryDelay?: (attempt: number) => number;
}

export const CONCURRENCY_RETRIES = 3;

/** Post the targets: lots, counts and applies, batch by batch, the batches overlapped. */
export async function postPipelined<T, L>(
  client: OdooClient,
  work: PipelinedRestore<T, L>,
  adjustmentName: string,
  options: PipelineOptions = {},
): Promise<void> {
  const { signal } = options;
  const batches = batchesWithLots(work.targets, work.newLots, options.batchSize ?? WRITE_BATCH, work.keys);
  const lotIds = new Map(work.found);
  const retry = <R>(what: (attempt: number) => Promise<R>) => withConcurrencyRetries(what, options);
  const count = (lines: readonly T[]) =>
    countQuants(
      client,
      lines.map((t) => work.countLine(t, lotIds)),
      signal,
    );
  let done = 0;
  await runPipelined(
    batches.length,
    {
      prepare: (i) =>
        retry(async (attempt) => {
          let missing = batches[i].lots.filter((l) => !lotIds.has(work.keys.ofLot(l)));
          // Odoo rolled the refused call back, but look again rather than trust that: a lot is never created twice.
          if (attempt && missing.length) {
            for (const [key, id] of await work.findLots(missing, signal)) lotIds.set(key, id);
            missing = missing.filter((l) => !lotIds.has(work.keys.ofLot(l)));
          }
          if (missing.length) for (const [key, id] of await work.createLots(missing, signal)) lotIds.set(key, id);
          return count(batches[i].lines);
        }),
      apply: (i, quantIds) =>
        retry(async (attempt) => {
          // a retried apply counts again first (absolute, so the same quantities)
          await applyCounts(client, attempt ? await count(batches[i].lines) : quantIds, adjustmentName, signal);
          done += batches[i].lines.length;
          options.onProgress?.({ step: _t('Restoring'), done, total: work.targets.length });
        }),
    },
    { lookahead: options.lookahead ?? 1, signal },
  );
}

/**
 * Odoo retries a request itself when PostgreSQL refuses it for a concurrent transaction
 * (odoo/service/model.py retrying(): serialization failure, lock not available, deadlock;
 * 5 tries); when its tries run out the client gets the error, and the transaction was
 * rolled back: nothing of that call landed.
 */
export function isConcurrencyFailure(error: unknown): boolean {
  if (!(error instanceof OdooError) || error.kind !== 'server') return false;
  return (
    /^psycopg2\.(errors\.(SerializationFailure|LockNotAvailable|DeadlockDetected)|extensions\.TransactionRollbackError)$/.test(error.odooName) ||
    /could not serialize access|concurrent update|deadlock detected|could not obtain lock/i.test(error.odooMessage)
  );
}

async function withConcurrencyRetries<R>(what: (attempt: number) => Promise<R>, options: PipelineOptions): Promise<R> {
  const retries = options.retries ?? CONCURRENCY_RETRIES;
  const delay = options.retryDelay ?? ((attempt: number) => 500 + Math.random() * 1000 * 2 ** attempt);
  for (let attempt = 0; ; attempt++) {
    try {
      return await what(attempt);
    } catch (error) {
      if (attempt >= retries || !isConcurrencyFailure(error) || options.signal?.aborted) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay(attempt + 1)));
    }
  }
}
