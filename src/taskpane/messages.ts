import { OdooError } from '../odoo/errors';
import { CancelledError } from '../core/batches';

/** One sentence for a message bar: Odoo's own words when Odoo said something. */
export function messageOf(error: unknown): string {
  if (error instanceof OdooError) return error.userMessage;
  if (error instanceof CancelledError) return error.message;
  if (error instanceof RangeError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
