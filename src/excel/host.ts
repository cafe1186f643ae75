// How the adapter reaches a workbook: Excel.run in Office, or the workbench's
// in-memory Excel, installed as the same global by the workbench page.

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function officeExcelRunner(): ExcelRunner {
  return (batch) => Excel.run(batch);
}

/** Excel.run in a context already open, e.g. to remove an event handler where it was added. */
export type ExcelRunnerIn = <T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function officeExcelRunnerIn(): ExcelRunnerIn {
  return (context, batch) => Excel.run(context, batch);
}
