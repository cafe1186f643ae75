// What Excel takes back from a custom function, and how long a cell may wait. A result
// beyond these limits would fail inside Excel with no reason given; the functions refuse it
// themselves with a #VALUE! or #N/A that says why and what to do.
//   - 5 MB: Excel on the web refuses a request or a response over 5 MB (Microsoft's resource
//     limits for add-ins); a function's result travels the same way, so it is held to it.
//   - 32,767 characters per cell, and a spilled array must fit the sheet (1,048,576 rows,
//     16,384 columns): Excel's specifications.
//   - Time: Microsoft documents no fixed timeout for a custom function, but a cell shows #BUSY!
//     while it waits; ours never waits on Odoo longer than FUNCTION_TIMEOUT_MS.
import { jsonBytes } from '../core/json-bytes';
import { _t, quantity, wordsLanguage } from '../core/words/translate';
import { CellError } from './function-errors';

export const RESULT_LIMIT_BYTES = 5_000_000;
export const MAX_CELL_TEXT = 32_767;
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Counts (rows, characters) written the user's way: 32,767 in English, 32 767 in French. */
const thousands = (n: number) => quantity(n);
const megabytes = (bytes: number) =>
  new Intl.NumberFormat(wordsLanguage() === 'fr' ? 'fr-FR' : 'en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1e6);

/** The result itself when Excel can take it; otherwise a CellError naming the limit. */
export function fitForExcel<T>(result: T, narrower: string): T | CellError {
  if (typeof result === 'string' && result.length > MAX_CELL_TEXT) {
    return new CellError(
      '#VALUE!',
      _t('The answer has {length} characters; a cell holds at most {max}.', { length: thousands(result.length), max: thousands(MAX_CELL_TEXT) }),
    );
  }
  if (!Array.isArray(result)) return result;
  const rows = result.length;
  const columns = Math.max(0, ...result.map((r: unknown) => (Array.isArray(r) ? r.length : 1)));
  if (rows > MAX_ROWS || columns > MAX_COLUMNS) {
    return new CellError(
      '#VALUE!',
      `${_t('{rows} rows by {columns} columns do not fit in a sheet.', { rows: thousands(rows), columns: thousands(columns) })} ${narrower}`,
    );
  }
  for (const row of result) {
    for (const value of Array.isArray(row) ? row : [row]) {
      if (typeof value === 'string' && value.length > MAX_CELL_TEXT) {
        return new CellError(
          '#VALUE!',
          _t('A value of the answer has {length} characters; a cell holds at most {max}.', { length: thousands(value.length), max: thousands(MAX_CELL_TEXT) }),
        );
      }
    }
  }
  const bytes = jsonBytes(result);
  if (bytes > RESULT_LIMIT_BYTES) {
    return new CellError(
      '#VALUE!',
      `${_t('{rows} rows ({size} MB): more than Excel takes from one function (5 MB).', { rows: thousands(rows), size: megabytes(bytes) })} ${narrower}`,
    );
  }
  return result;
}

/** The work, or after `ms` a #N/A saying Odoo did not answer in time (the read is cancelled by its own signal). */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new CellError('#N/A', _t('Odoo did not answer within {seconds} s. Recalculate to try again.', { seconds: Math.round(ms / 1000) }))),
      ms,
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
