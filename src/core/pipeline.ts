// A two-chain pipeline for batched posts: batch k+1 is prepared (its lots created, its
// lines counted) while batch k is applied. Applies stay one at a time and in order, because
// two applies at the same location write the same row (the location's last inventory date)
// and would make each other fail; preparing writes only rows of its own batch.
// Pure scheduling: no Odoo here, the stages are given.
import { chunk, throwIfCancelled } from './batches';

export interface PipelineStages<P> {
  /** Make batch i ready to apply; its result is handed to apply(i). */
  prepare(index: number): Promise<P>;
  apply(index: number, prepared: P): Promise<void>;
}

export interface PipelineOptions {
  /**
   * How many batches may be prepared ahead of the one being applied (1 by default: batch
   * k+1 is prepared while batch k is applied). With one call per chain at a time, at most
   * two calls are in flight whatever this is; it bounds how much is counted but not applied.
   */
  lookahead?: number;
  signal?: AbortSignal;
}

/**
 * Run `count` batches through prepare then apply, the two chains overlapping. The first
 * failure stops both chains: no new call starts, the call still in flight on the other
 * chain is awaited (so nothing is left running when this rejects), then that first error is
 * thrown. Batches applied before it stay applied.
 */
export async function runPipelined<P>(count: number, stages: PipelineStages<P>, options: PipelineOptions = {}): Promise<void> {
  const lookahead = Math.max(0, options.lookahead ?? 1);
  const ready = Array.from({ length: count }, () => deferred<P>());
  // rejected at the first failure, so that a chain waiting on the other one stops waiting
  const halted = deferred<never>();
  let firstError: { error: unknown } | null = null;
  let applied = 0;
  let appliedOne = deferred<void>();
  const stop = (error: unknown) => {
    firstError ??= { error };
    halted.reject(error);
  };

  const prepareChain = async () => {
    for (let i = 0; i < count && !firstError; i++) {
      // batch i waits until the batches more than `lookahead` before it are applied
      while (applied < i - lookahead) await Promise.race([appliedOne.promise, halted.promise]);
      throwIfCancelled(options.signal);
      ready[i].resolve(await stages.prepare(i));
    }
  };

  const applyChain = async () => {
    for (let i = 0; i < count && !firstError; i++) {
      const prepared = await Promise.race([ready[i].promise, halted.promise]);
      if (firstError) return;
      throwIfCancelled(options.signal);
      await stages.apply(i, prepared);
      applied = i + 1;
      const done = appliedOne;
      appliedOne = deferred<void>();
      done.resolve();
    }
  };

  await Promise.all([prepareChain().catch(stop), applyChain().catch(stop)]);
  if (firstError) throw (firstError as { error: unknown }).error;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // a batch nobody waits for any more must not become an unhandled rejection
  return { promise, resolve, reject };
}

/**
 * Cut the lines into batches and give each new lot to the first batch that needs it, so a
 * batch's lots exist (created by it or an earlier batch) by the time its lines are counted.
 * A lot no line needs goes with the first batch.
 */
export function batchesWithLots<T, L>(
  lines: readonly T[],
  lots: readonly L[],
  size: number,
  keys: { ofLine(line: T): string; ofLot(lot: L): string },
): { lines: T[]; lots: L[] }[] {
  const batches = chunk(lines, size).map((part) => ({ lines: part, lots: [] as L[] }));
  const firstUse = new Map<string, number>();
  batches.forEach((b, i) => b.lines.forEach((line) => firstUse.has(keys.ofLine(line)) || firstUse.set(keys.ofLine(line), i)));
  if (!batches.length && lots.length) batches.push({ lines: [], lots: [] });
  for (const lot of lots) batches[firstUse.get(keys.ofLot(lot)) ?? 0].lots.push(lot);
  return batches;
}
