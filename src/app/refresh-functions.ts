// After the add-in posts, and on the pane's Refresh button: the custom functions forget
// their cached Odoo reads (they listen to the session) and every formula recalculates,
// so =ODOO.* cells show Odoo as it is now.
import { recalculateAll } from '../excel/recalculate';
import { ExcelRunner } from '../excel/host';
import { notifyOdooChanged } from '../session/session';

export async function refreshOdooFunctions(run: ExcelRunner): Promise<void> {
  notifyOdooChanged();
  await recalculateAll(run);
}
