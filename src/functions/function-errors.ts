// Errors shown in cells. Excel's CustomFunctions.Error when running in Excel;
// the same shape elsewhere (workbench, tests).

export type CellErrorCode = '#N/A' | '#VALUE!';

export class CellError extends Error {
  constructor(
    readonly code: CellErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CellError';
  }
}

export function toExcelError(error: CellError): Error {
  if (typeof CustomFunctions === 'undefined' || typeof CustomFunctions.Error !== 'function') return error;
  const code = error.code === '#N/A' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, error.message) as unknown as Error;
}
