import { _t } from './words/translate';

/** Split a list into consecutive batches of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new RangeError(`Batch size must be at least 1, got ${size}`);
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/** Progress of a long step, reported to the task pane. */
export interface Progress {
  step: string;
  done: number;
  total: number;
}

export type ProgressListener = (progress: Progress) => void;

/** Throw the standard AbortError when the user has cancelled. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

export class CancelledError extends Error {
  constructor() {
    super(_t('Cancelled by the user. Nothing more was sent to Odoo.'));
    this.name = 'CancelledError';
  }
}
