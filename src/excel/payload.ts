// Keeping each sync under Excel on the web's 5 MB request and response limit: the adapter
// sizes its blocks by the bytes they carry (estimated as JSON, the way office.js sends
// them), not by a fixed number of rows, so wide rows and long texts still fit.
import { jsonBytes } from '../core/json-bytes';

/** Excel on the web refuses a request or a response over 5 MB (Microsoft's resource limits for add-ins). */
export const EXCEL_PAYLOAD_LIMIT = 5_000_000;

/** What the adapter allows itself per sync: a fifth under the limit, for what the estimate leaves out. */
export const PAYLOAD_BUDGET = 4_000_000;

/** Besides its values, what a command costs: the action, the object path, the look-up of its range. */
export const COMMAND_BYTES = 120;

/** A data validation list typed in holds at most 255 characters. */
export const MAX_LIST_SOURCE = 255;

export { jsonBytes };

/**
 * Consecutive blocks of rows whose estimated bytes stay within the budget (a row larger
 * than the budget on its own still makes a block of one). `budget` may differ per block:
 * the first often shares its sync with other commands.
 */
export function rowBlocks(
  count: number,
  rowBytes: (index: number) => number,
  budget: number | ((block: number) => number) = PAYLOAD_BUDGET,
): { start: number; count: number }[] {
  const limit = typeof budget === 'number' ? () => budget : budget;
  const blocks: { start: number; count: number }[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const size = rowBytes(i) + 1;
    if (i > start && bytes + size > limit(blocks.length)) {
      blocks.push({ start, count: i - start });
      start = i;
      bytes = 0;
    }
    bytes += size;
  }
  if (count > start) blocks.push({ start, count: count - start });
  return blocks;
}

/** Whether an error is Excel refusing a response too large for one sync. */
export function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}
