import { ExcelRunner } from './host';

/** Recalculate every formula, so =ODOO.* cells fetch fresh quantities. */
export async function recalculateAll(run: ExcelRunner): Promise<void> {
  await run(async (context) => {
    context.workbook.application.calculate('Full' as Excel.CalculationType);
    await context.sync();
  });
}
