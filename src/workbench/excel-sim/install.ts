// Makes an ExcelSim the global `Excel` (and, when office.js is absent, a minimal
// `OfficeExtension` and `Office.context.requirements`), so code written against office.js runs unchanged in the
// workbench page and in tests. The enums hold the same strings as office.js's.
import { ErrorCodes, ExcelSimError } from './errors';
import { ExcelSim } from './sim';

export const ExcelEnums = {
  ClearApplyTo: {
    all: 'All',
    formats: 'Formats',
    contents: 'Contents',
    hyperlinks: 'Hyperlinks',
    removeHyperlinks: 'RemoveHyperlinks',
    resetContents: 'ResetContents',
  },
  ConditionalFormatType: {
    custom: 'Custom',
    dataBar: 'DataBar',
    colorScale: 'ColorScale',
    iconSet: 'IconSet',
    topBottom: 'TopBottom',
    presetCriteria: 'PresetCriteria',
    containsText: 'ContainsText',
    cellValue: 'CellValue',
  },
  DeleteShiftDirection: { up: 'Up', left: 'Left' },
  InsertShiftDirection: { down: 'Down', right: 'Right' },
  CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
  CalculationMode: { automatic: 'Automatic', automaticExceptTables: 'AutomaticExceptTables', manual: 'Manual' },
  EventSource: { local: 'Local', remote: 'Remote' },
  EventType: { worksheetChanged: 'WorksheetChanged', worksheetSelectionChanged: 'WorksheetSelectionChanged' },
  EventTriggerSource: { unknown: 'Unknown', thisLocalAddin: 'ThisLocalAddin' },
  DataChangeType: {
    unknown: 'Unknown',
    rangeEdited: 'RangeEdited',
    rowInserted: 'RowInserted',
    rowDeleted: 'RowDeleted',
    columnInserted: 'ColumnInserted',
    columnDeleted: 'ColumnDeleted',
    cellInserted: 'CellInserted',
    cellDeleted: 'CellDeleted',
  },
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  HorizontalAlignment: {
    general: 'General',
    left: 'Left',
    center: 'Center',
    right: 'Right',
    fill: 'Fill',
    justify: 'Justify',
    centerAcrossSelection: 'CenterAcrossSelection',
    distributed: 'Distributed',
  },
  VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom', justify: 'Justify', distributed: 'Distributed' },
  RangeValueType: {
    unknown: 'Unknown',
    empty: 'Empty',
    string: 'String',
    integer: 'Integer',
    double: 'Double',
    boolean: 'Boolean',
    error: 'Error',
    richValue: 'RichValue',
  },
  DataValidationType: {
    none: 'None',
    wholeNumber: 'WholeNumber',
    decimal: 'Decimal',
    list: 'List',
    date: 'Date',
    time: 'Time',
    textLength: 'TextLength',
    custom: 'Custom',
    inconsistent: 'Inconsistent',
    mixedCriteria: 'MixedCriteria',
  },
  DataValidationOperator: {
    between: 'Between',
    notBetween: 'NotBetween',
    equalTo: 'EqualTo',
    notEqualTo: 'NotEqualTo',
    greaterThan: 'GreaterThan',
    lessThan: 'LessThan',
    greaterThanOrEqualTo: 'GreaterThanOrEqualTo',
    lessThanOrEqualTo: 'LessThanOrEqualTo',
  },
  DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
  RangeUnderlineStyle: { none: 'None', single: 'Single', double: 'Double', singleAccountant: 'SingleAccountant', doubleAccountant: 'DoubleAccountant' },
  BorderIndex: {
    edgeTop: 'EdgeTop',
    edgeBottom: 'EdgeBottom',
    edgeLeft: 'EdgeLeft',
    edgeRight: 'EdgeRight',
    insideVertical: 'InsideVertical',
    insideHorizontal: 'InsideHorizontal',
    diagonalDown: 'DiagonalDown',
    diagonalUp: 'DiagonalUp',
  },
  BorderLineStyle: {
    none: 'None',
    continuous: 'Continuous',
    dash: 'Dash',
    dashDot: 'DashDot',
    dashDotDot: 'DashDotDot',
    dot: 'Dot',
    double: 'Double',
    slantDashDot: 'SlantDashDot',
  },
  BorderWeight: { hairline: 'Hairline', thin: 'Thin', medium: 'Medium', thick: 'Thick' },
  // Excel.ErrorCodes has the server-side codes only; office.js's client-side ones stay on OfficeExtension.
  ErrorCodes: serverErrorCodes(),
} as const;

function serverErrorCodes(): Record<string, string> {
  const clientSide = new Set(['PropertyNotLoaded', 'ValueNotLoaded', 'InvalidObjectPath', 'InvalidRequestContext', 'RunMustReturnPromise']);
  return Object.fromEntries(Object.entries(ErrorCodes).filter(([, code]) => !clientSide.has(code)));
}

export interface InstallOptions {
  /** Also define OfficeExtension (Error, ErrorCodes) when it is not there; default true. */
  officeExtension?: boolean;
  /** Also define Office.context.requirements.isSetSupported (answered by the sim) when Office is absent; default true. */
  office?: boolean;
  /** The object to install on; default globalThis. */
  target?: Record<string, unknown>;
}

/**
 * Defines the global `Excel` with run() (all of office.js's overloads: the batch is the
 * last argument) and the enums. Returns a function that restores what was there.
 */
export function installAsExcelGlobal(sim: ExcelSim, options: InstallOptions = {}): () => void {
  const target = options.target ?? (globalThis as unknown as Record<string, unknown>);
  const previousExcel = target.Excel;
  const previousOfficeExtension = target.OfficeExtension;
  const previousOffice = target.Office;
  const run = (...args: unknown[]): Promise<unknown> => {
    const batch = args[args.length - 1];
    if (typeof batch !== 'function') return Promise.reject(new ExcelSimError(ErrorCodes.invalidArgument, 'Excel.run needs a batch function.', 'Excel.run'));
    const typed = batch as (context: Excel.RequestContext) => Promise<unknown>;
    return args.length > 1 ? sim.run(args[0], typed) : sim.run(typed);
  };
  target.Excel = { ...ExcelEnums, run, sim };
  if ((options.officeExtension ?? true) && target.OfficeExtension === undefined) {
    target.OfficeExtension = { Error: ExcelSimError, ErrorCodes: { ...ErrorCodes } };
  }
  if ((options.office ?? true) && target.Office === undefined) {
    target.Office = { context: { requirements: { isSetSupported: sim.isSetSupported } } };
  }
  return () => {
    if (previousOffice === undefined) delete target.Office;
    else target.Office = previousOffice;
    if (previousExcel === undefined) delete target.Excel;
    else target.Excel = previousExcel;
    if (previousOfficeExtension === undefined) delete target.OfficeExtension;
    else target.OfficeExtension = previousOfficeExtension;
  };
}

/** The sim as the adapter's runner type (src/excel/host.ts's ExcelRunner). */
export function simRunner(sim: ExcelSim): <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> {
  return (batch) => sim.run(batch);
}
