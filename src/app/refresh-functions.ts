// After the add-in posts, and on the pane's Refresh button: forget the functions'
// cached Odoo reads and recalculate, so =ODOO.* cells show Odoo as it is now.
import { recalculateAll } from '../excel/recalculate';
import { ExcelRunner } from '../excel/host';
import { stockSource } from '../functions/functions';

export async function refreshOdooFunctions(run: ExcelRunner): Promise<void> {
  stockSource.invalidate();
  await recalculateAll(run);
}
