// Custom functions (namespace ODOO). They run in the task pane's shared runtime and
// use its Odoo connection. Their metadata is generated from these JSDoc comments.
import { Batcher } from './batcher';
import { CellError, toExcelError } from './function-errors';
import { answerOnHand, OnHandRequest } from './onhand-service';

const onHandBatcher = new Batcher<OnHandRequest, number>(answerOnHand);

/**
 * Quantity on hand in Odoo, in the product's unit of measure.
 * @customfunction ONHAND
 * @param product Internal reference, barcode, or Odoo id as #42.
 * @param [location] Full location name such as WH/Stock (its sub-locations included). Default: all internal locations.
 * @param [lot] Lot or serial number.
 * @returns The quantity on hand.
 */
export async function onhand(product: string | number, location?: string, lot?: string): Promise<number> {
  try {
    return await onHandBatcher.call({ product, location, lot });
  } catch (error) {
    throw error instanceof CellError ? toExcelError(error) : toExcelError(new CellError('#N/A', (error as Error).message));
  }
}

if (typeof CustomFunctions !== 'undefined') {
  CustomFunctions.associate('ONHAND', onhand);
}
