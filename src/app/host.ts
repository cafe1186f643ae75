// The workbook runners for the pane's entry: Excel.run in Office (the workbench passes its own).
export { officeExcelRunner, officeExcelRunnerIn } from '../excel/host';
export type { ExcelRunner, ExcelRunnerIn } from '../excel/host';
