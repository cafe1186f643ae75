// Custom functions (namespace ODOO). They run in the task pane's shared runtime and
// use its Odoo connection. Their metadata is generated from these JSDoc comments.
import { getSession, onOdooChanged } from '../session/session';
import { Batcher } from './batcher';
import { CellError, toExcelError } from './function-errors';
import { OnHandCall, answerLots, answerOnHand, answerOriginal, answerTracking } from './answers';
import { FUNCTION_TIMEOUT_MS, StockSource } from './stock-source';
import { fitForExcel, withDeadline } from './limits';
import { _t } from '../core/words/translate';

export const stockSource = new StockSource(() => getSession()?.client ?? null);
// After the pane posts, cached quantities are stale.
onOdooChanged(() => stockSource.invalidate());

const onHandBatch = new Batcher<OnHandCall, number>((calls) => answerOnHand(stockSource, calls));
const trackingBatch = new Batcher<{ product: unknown }, string>((calls) => answerTracking(stockSource, calls));
const lotsBatch = new Batcher<{ product: unknown; location?: unknown }, (string | number)[][]>((calls) => answerLots(stockSource, calls));
const originalBatch = new Batcher<{ product: unknown; location: unknown }, number>((calls) => answerOriginal(stockSource, calls));

/** One cell's answer: within Excel's limits (limits.ts) and on time, or an error saying why. */
async function cell<T>(work: Promise<T>, narrower = ''): Promise<T> {
  try {
    const result = fitForExcel(await withDeadline(work, FUNCTION_TIMEOUT_MS), narrower);
    if (result instanceof CellError) throw result;
    return result;
  } catch (error) {
    const reason = error instanceof CellError ? error : new CellError('#N/A', (error as Error).message);
    throw toExcelError(reason);
  }
}

/**
 * Quantity on hand in Odoo, in the product's unit of measure.
 * @customfunction ONHAND
 * @param product Internal reference, barcode, or Odoo id as #42.
 * @param [location] Full location name such as WH/Stock (its sub-locations included). Default: all internal locations.
 * @param [lot] Lot or serial number.
 * @returns The quantity on hand.
 */
export function onhand(product: string | number, location?: string, lot?: string): Promise<number> {
  return cell(onHandBatch.call({ product, location, lot }));
}

/**
 * How Odoo tracks the product: none, lot or serial.
 * @customfunction TRACKING
 * @param product Internal reference, barcode, or Odoo id as #42.
 * @returns none, lot or serial.
 */
export function tracking(product: string | number): Promise<string> {
  return cell(trackingBatch.call({ product }));
}

/**
 * The product's lots or serial numbers in stock, with location, quantity and expiration date, under a header row.
 * @customfunction LOTS
 * @param product Internal reference, barcode, or Odoo id as #42.
 * @param [location] Full location name such as WH/Stock (its sub-locations included). Default: all internal locations.
 * @returns A table: Lot/Serial, Location, Quantity, Expiration date.
 */
// `any[][]`: the metadata generator maps no union type; the matrix mixes text and numbers.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lots(product: string | number, location?: string): Promise<any[][]> {
  return cell(lotsBatch.call({ product, location }), location ? _t('Give a narrower location.') : _t('Give a location, such as WH/Stock, to narrow it.'));
}

/**
 * The quantity a zeroing adjustment removed, recovered from Odoo's history.
 * @customfunction ORIGINAL
 * @param product Internal reference, barcode, or Odoo id as #42.
 * @param location Full location name such as WH/Stock (its sub-locations included).
 * @returns The original quantity before the zeroing.
 */
export function original(product: string | number, location: string): Promise<number> {
  return cell(originalBatch.call({ product, location }));
}

/** Functions by their Excel name, for the workbench's evaluator and the tests. */
export const FUNCTIONS = { ONHAND: onhand, TRACKING: tracking, LOTS: lots, ORIGINAL: original } as const;

// custom-functions-metadata-plugin appends CustomFunctions.associate(id, fn) for each
// function above when it bundles this file, so Excel knows which code answers each id.
