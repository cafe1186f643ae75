// A strict in-memory Excel for tests and the workbench page. See README.md.
export { ExcelSim, SheetView } from './sim';
export type { CellView, ExcelSimOptions, SimEvent, SimListener, SimStats, TableView, UserEditResult } from './sim';
export { installAsExcelGlobal, simRunner, ExcelEnums } from './install';
export type { InstallOptions } from './install';
export { ExcelSimError, ErrorCodes, Messages } from './errors';
export { XError } from './formula';
export type { CustomFunction, FormulaEvaluatorHook } from './model';
export { columnLetters, formatAddress, parseAddress, quoteSheetName } from './address';
export type { Area } from './address';
export { formatValue, parseInput, dateToSerial, serialToDate, SIM_LOCALES } from './values';
export type { SimLocale, SimLocaleName } from './values';
export type { CellValue } from './values';
