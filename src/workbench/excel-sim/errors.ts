// Errors shaped like office.js's OfficeExtension.Error: name "RichApi.Error", a
// code from Excel.ErrorCodes, Excel's English message and a debugInfo whose
// errorLocation names the failing API ("Range.values", "TableCollection.add").

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class ExcelSimError extends Error {
  readonly code: string;
  readonly debugInfo: SimDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: ExcelSimError | null = null;
  readonly httpStatusCode: number;

  constructor(code: string, message: string, errorLocation?: string, httpStatusCode = 400) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

const LIMITS_ARTICLE = 'https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins';

/** Excel's English messages, as office.js and the host return them. */
export const Messages = {
  propertyNotLoaded: (p: string) =>
    `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  valueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  invalidObjectPath: (p: string) =>
    `The object path '${p}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
  invalidRequestContext: 'Cannot use the object across different request contexts.',
  runMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  itemNotFound: "The requested resource doesn't exist.",
  itemAlreadyExists: 'A resource with the same name or identifier already exists.',
  invalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  sizeMismatch: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  tableOverlap: "A table can't overlap a range that contains a PivotTable report, query results, protected cells or another table.",
  insertDeleteConflict: 'The insert or delete operation resulted in a conflict.',
  invalidOperation: 'The operation is invalid for the object.',
  notImplemented: (what: string) => `ExcelSim does not implement ${what}.`,
  requestPayloadSizeLimitExceeded: `The request payload size has exceeded the limit. See ${LIMITS_ARTICLE} for more information.`,
  responsePayloadSizeLimitExceeded: `The response payload size has exceeded the limit. See ${LIMITS_ARTICLE} for more information.`,
  rangeExceedsLimit: `The cell count in the range has exceeded the maximum supported number. See ${LIMITS_ARTICLE} for more information.`,
  apiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel. See https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets for more information.',
} as const;

export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  conflict: 'Conflict',
  generalException: 'GeneralException',
  insertDeleteConflict: 'InsertDeleteConflict',
  invalidArgument: 'InvalidArgument',
  invalidBinding: 'InvalidBinding',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  invalidSelection: 'InvalidSelection',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  notImplemented: 'NotImplemented',
  rangeExceedsLimit: 'RangeExceedsLimit',
  requestAborted: 'RequestAborted',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  unsupportedOperation: 'UnsupportedOperation',
  // office.js client-side codes
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
  invalidObjectPath: 'InvalidObjectPath',
  invalidRequestContext: 'InvalidRequestContext',
  runMustReturnPromise: 'RunMustReturnPromise',
} as const;

export function itemNotFound(location: string): ExcelSimError {
  return new ExcelSimError(ErrorCodes.itemNotFound, Messages.itemNotFound, location, 404);
}

export function invalidArgument(location: string, message: string = Messages.invalidArgument): ExcelSimError {
  return new ExcelSimError(ErrorCodes.invalidArgument, message, location);
}

export function itemAlreadyExists(location: string): ExcelSimError {
  return new ExcelSimError(ErrorCodes.itemAlreadyExists, Messages.itemAlreadyExists, location, 409);
}

export function invalidOperation(location: string, message: string = Messages.invalidOperation): ExcelSimError {
  return new ExcelSimError(ErrorCodes.invalidOperation, message, location);
}

export function insertDeleteConflict(location: string): ExcelSimError {
  return new ExcelSimError(ErrorCodes.insertDeleteConflict, Messages.insertDeleteConflict, location, 409);
}

export function notImplemented(location: string, what: string): ExcelSimError {
  return new ExcelSimError(ErrorCodes.notImplemented, Messages.notImplemented(what), location, 501);
}

export function apiNotFound(location: string): ExcelSimError {
  return new ExcelSimError(ErrorCodes.apiNotFound, Messages.apiNotFound, location, 404);
}
