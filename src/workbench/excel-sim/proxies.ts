// The Excel object model as proxies: Workbook, Worksheet(s), Range, RangeFormat,
// Table(s), TableRow(s), TableColumn(s), FreezePanes, DataValidation,
// ConditionalFormat(s), events. Every property read needs load() + sync(); every
// write and method is queued and applied at sync(), as in Excel.
import { Area, boundingArea, formatAddress, intersect, isEntireColumns, isEntireRows, MAX_COLUMNS, MAX_ROWS, parseAddress, validArea } from './address';
import { BatchContext, ContextHost, SimClientResult, SimCollection, SimObject, sameContext } from './context';
import { ErrorCodes, ExcelSimError, invalidArgument, invalidOperation, itemNotFound, Messages, notImplemented } from './errors';
import { ConditionalFormatModel, SheetModel, Style, StyleKey, TableModel, ValidationRule, WorkbookModel } from './model';
import { normalizeColor } from './values';

type RangeT = { sheet: SheetModel; area: Area };

function model(context: BatchContext): WorkbookModel {
  return context.host.model;
}

const MAX_READ_CELLS = 5_000_000;
/** A data validation list typed in (not a reference) holds at most 255 characters. */
export const MAX_LIST_SOURCE = 255;

function checkReadSize(area: Area, location: string): void {
  if (area.rowCount * area.columnCount > MAX_READ_CELLS) {
    throw new ExcelSimError(ErrorCodes.rangeExceedsLimit, Messages.rangeExceedsLimit, location);
  }
}

function grid<V>(t: RangeT, location: string, fn: (row: number, column: number) => V): V[][] {
  checkReadSize(t.area, location);
  const out: V[][] = new Array(t.area.rowCount);
  for (let i = 0; i < t.area.rowCount; i++) {
    const row: V[] = new Array(t.area.columnCount);
    for (let j = 0; j < t.area.columnCount; j++) row[j] = fn(t.area.row + i, t.area.column + j);
    out[i] = row;
  }
  return out;
}

/** The one value a format property has over the range, or null when cells differ (as Excel reports it). */
function uniform<V>(t: RangeT, fn: (row: number, column: number) => V): V | null {
  const { sheet, area } = t;
  // rows beyond the stored ones all look alike: sample one of them
  const stored = Math.max(sheet.rows.length, area.row + 1);
  const lastRow = Math.min(area.row + area.rowCount, stored + 1);
  const lastCol = Math.min(area.column + area.columnCount, area.column + 2000);
  let first = true;
  let value: V | null = null;
  for (let r = area.row; r < lastRow; r++) {
    for (let c = area.column; c < lastCol; c++) {
      const v = fn(r, c);
      if (first) {
        value = v;
        first = false;
      } else if (v !== value) return null;
    }
  }
  return value;
}

function rangeSpan(start: number, count: number, sizes: Map<number, number>, size: number): number {
  let total = count * size;
  for (const [k, v] of sizes) if (k >= start && k < start + count) total += v - size;
  return total;
}

/** Resolves an address or a Range argument to a sheet and area, inside a command. */
function resolveRangeArg(context: BatchContext, arg: unknown, defaultSheet: SheetModel | null, location: string): RangeT {
  if (arg instanceof SimRange) return arg._target(location);
  if (typeof arg !== 'string') throw invalidArgument(location);
  const parsed = parseAddress(arg);
  if (!parsed) throw invalidArgument(location);
  const m = model(context);
  let sheet = defaultSheet ?? m.activeSheet;
  if (parsed.sheet !== undefined) {
    const named = m.findSheet(parsed.sheet);
    if (!named) throw invalidArgument(location);
    if (defaultSheet && named !== defaultSheet) throw invalidArgument(location);
    sheet = named;
  }
  return { sheet, area: parsed.area };
}

function checkRangeArg(context: BatchContext, arg: unknown, location: string): void {
  if (arg instanceof SimObject) sameContext(context, arg, location);
}

// ================================================================ request context

export class SimRequestContext extends BatchContext {
  readonly workbook: SimWorkbook;
  readonly application: SimApplication;

  constructor(host: ContextHost) {
    super(host);
    this.workbook = new SimWorkbook(this);
    this.application = this.workbook.application;
  }

  sync<V>(passThroughValue?: V): Promise<V> {
    return this.host.sync(this).then(() => passThroughValue as V);
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.queue.filter((c) => c.counted).map((c) => c.location) };
  }
}

// ================================================================ workbook, application

export class SimWorkbook extends SimObject<WorkbookModel> {
  protected readonly _scalars = ['name', 'readOnly'] as const;

  constructor(context: BatchContext) {
    super(context, 'Workbook', () => model(context));
  }

  protected _read(_t: WorkbookModel, name: string): unknown {
    return name === 'name' ? 'Book1' : false;
  }

  protected override _nav(name: string): SimObject<unknown> | undefined {
    if (name === 'worksheets') return this.worksheets;
    if (name === 'tables') return this.tables;
    if (name === 'application') return this.application;
    return undefined;
  }

  get name(): string {
    return this._get('name');
  }

  get readOnly(): boolean {
    return this._get('readOnly');
  }

  get worksheets(): SimWorksheetCollection {
    return this._child('worksheets', () => new SimWorksheetCollection(this.context, this));
  }

  get tables(): SimTableCollection {
    return this._child('tables', () => new SimTableCollection(this.context, null, this));
  }

  get application(): SimApplication {
    return this._child('application', () => new SimApplication(this.context, this));
  }

  getSelectedRange(): SimRange {
    return new SimRange(
      this.context,
      () => {
        const sheet = model(this.context).activeSheet;
        return { sheet, area: sheet.selection };
      },
      this,
    );
  }

  getActiveCell(): SimRange {
    return new SimRange(
      this.context,
      () => {
        const sheet = model(this.context).activeSheet;
        return { sheet, area: { row: sheet.selection.row, column: sheet.selection.column, rowCount: 1, columnCount: 1 } };
      },
      this,
    );
  }
}

export class SimApplication extends SimObject<WorkbookModel> {
  protected readonly _scalars = ['calculationMode', 'calculationState'] as const;

  constructor(context: BatchContext, parent: SimObject<unknown>) {
    super(context, 'Application', () => model(context), parent);
  }

  protected _read(_t: WorkbookModel, name: string): unknown {
    return name === 'calculationMode' ? 'Automatic' : 'Done';
  }

  get calculationMode(): string {
    return this._get('calculationMode');
  }

  set calculationMode(value: string) {
    this._set('calculationMode', value, (_t, v, location) => {
      if (v !== 'Automatic' && v !== 'Manual' && v !== 'AutomaticExceptTables') throw invalidArgument(location);
      if (v !== 'Automatic') throw notImplemented(location, 'manual calculation');
    });
  }

  get calculationState(): string {
    return this._get('calculationState');
  }

  calculate(calculationType: string): void {
    this._method('calculate', (t) => {
      if (!['Recalculate', 'Full', 'FullRebuild'].includes(calculationType)) throw invalidArgument('Application.calculate');
      t.recalculate(calculationType !== 'Recalculate');
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this._method('suspendApiCalculationUntilNextSync', () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._method('suspendScreenUpdatingUntilNextSync', () => undefined);
  }
}

// ================================================================ worksheets

export class SimWorksheetCollection extends SimCollection<WorkbookModel, SheetModel, SimWorksheet> {
  protected readonly _scalars = [] as const;

  constructor(context: BatchContext, parent: SimObject<unknown>) {
    super(context, 'WorksheetCollection', () => model(context), parent);
  }

  protected _read(): unknown {
    return undefined;
  }

  protected _list(t: WorkbookModel): SheetModel[] {
    return [...t.sheets];
  }

  protected _item(sheet: SheetModel): SimWorksheet {
    return new SimWorksheet(this.context, () => sheet);
  }

  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.context, () => model(this.context).getSheet(String(key), 'WorksheetCollection.getItem'), this);
  }

  getItemOrNullObject(key: string): SimWorksheet {
    return new SimWorksheet(this.context, () => model(this.context).findSheet(String(key)) ?? null, this);
  }

  add(name?: string): SimWorksheet {
    let created: SheetModel | undefined;
    this._method('add', (t) => {
      created = t.addSheet(name, 'WorksheetCollection.add');
    });
    return new SimWorksheet(this.context, () => created!, this);
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.context, () => model(this.context).activeSheet, this);
  }

  getFirst(visibleOnly?: boolean): SimWorksheet {
    return new SimWorksheet(
      this.context,
      () => {
        const list = model(this.context).sheets.filter((s) => !visibleOnly || s.visibility === 'Visible');
        return list[0] ?? null;
      },
      this,
    );
  }

  getLast(visibleOnly?: boolean): SimWorksheet {
    return new SimWorksheet(
      this.context,
      () => {
        const list = model(this.context).sheets.filter((s) => !visibleOnly || s.visibility === 'Visible');
        return list[list.length - 1] ?? null;
      },
      this,
    );
  }

  getCount(visibleOnly?: boolean): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this._queue('WorksheetCollection.getCount', () => {
      const t = this._target('WorksheetCollection.getCount');
      return result._resolve(t.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length);
    });
    return result;
  }
}

export class SimWorksheet extends SimObject<SheetModel> {
  protected readonly _scalars = ['name', 'id', 'position', 'visibility', 'tabColor', 'showGridlines', 'standardWidth', 'standardHeight'] as const;
  private _onChanged?: SimEventHandlers;
  private _onSelectionChanged?: SimEventHandlers;

  constructor(context: BatchContext, resolve: () => SheetModel | null, parent?: SimObject<unknown>) {
    super(context, 'Worksheet', resolve, parent);
  }

  protected override _alive(t: SheetModel): boolean {
    return !t.deleted;
  }

  protected _read(t: SheetModel, name: string): unknown {
    switch (name) {
      case 'name':
        return t.name;
      case 'id':
        return t.id;
      case 'position':
        return model(this.context).sheets.indexOf(t);
      case 'visibility':
        return t.visibility;
      case 'tabColor':
        return t.tabColor;
      case 'showGridlines':
        return t.showGridlines;
      case 'standardWidth':
        return 8.43;
      case 'standardHeight':
        return 15;
    }
    return undefined;
  }

  protected override _nav(name: string): SimObject<unknown> | undefined {
    if (name === 'tables') return this.tables;
    if (name === 'freezePanes') return this.freezePanes;
    return undefined;
  }

  get name(): string {
    return this._get('name');
  }

  set name(value: string) {
    this._set('name', value, (t, v, location) => model(this.context).renameSheet(t, v as string, location));
  }

  get id(): string {
    return this._get('id');
  }

  get position(): number {
    return this._get('position');
  }

  set position(value: number) {
    this._set('position', value, (t, v, location) => model(this.context).moveSheet(t, v as number, location));
  }

  get visibility(): string {
    return this._get('visibility');
  }

  set visibility(value: string) {
    this._set('visibility', value, (t, v, location) => {
      if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw invalidArgument(location);
      const m = model(this.context);
      if (v !== 'Visible' && m.sheets.filter((s) => s.visibility === 'Visible' && s !== t).length === 0) throw invalidOperation(location);
      t.visibility = v;
      if (v !== 'Visible' && m.activeSheet === t) m.activeSheet = m.sheets.find((s) => s.visibility === 'Visible')!;
      m.bump();
    });
  }

  get tabColor(): string {
    return this._get('tabColor');
  }

  set tabColor(value: string) {
    this._set('tabColor', value, (t, v, location) => {
      if (v === '' || v === null) t.tabColor = '';
      else {
        const color = normalizeColor(v);
        if (!color) throw invalidArgument(location);
        t.tabColor = color;
      }
      model(this.context).bump();
    });
  }

  get showGridlines(): boolean {
    return this._get('showGridlines');
  }

  set showGridlines(value: boolean) {
    this._set('showGridlines', value, (t, v) => {
      t.showGridlines = Boolean(v);
      model(this.context).bump();
    });
  }

  get standardWidth(): number {
    return this._get('standardWidth');
  }

  get standardHeight(): number {
    return this._get('standardHeight');
  }

  get tables(): SimTableCollection {
    return this._child('tables', () => new SimTableCollection(this.context, this, this));
  }

  get freezePanes(): SimFreezePanes {
    return this._child('freezePanes', () => new SimFreezePanes(this.context, this));
  }

  get onChanged(): SimEventHandlers {
    this._onChanged ??= new SimEventHandlers(this, 'changed');
    return this._onChanged;
  }

  get onSelectionChanged(): SimEventHandlers {
    this._onSelectionChanged ??= new SimEventHandlers(this, 'selectionChanged');
    return this._onSelectionChanged;
  }

  private _range(location: string, fn: (sheet: SheetModel) => Area | null): SimRange {
    return new SimRange(
      this.context,
      () => {
        const sheet = this._target(location);
        const area = fn(sheet);
        return area ? { sheet, area } : null;
      },
      this,
    );
  }

  getRange(address?: string): SimRange {
    const location = 'Worksheet.getRange';
    return this._range(location, (sheet) => {
      if (address === undefined || address === '') return { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };
      const parsed = typeof address === 'string' ? parseAddress(address) : null;
      if (!parsed) throw invalidArgument(location);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(location);
      return parsed.area;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    const location = 'Worksheet.getRangeByIndexes';
    return this._range(location, () => {
      const area = { row: startRow, column: startColumn, rowCount, columnCount };
      if (!validArea(area)) throw invalidArgument(location);
      return area;
    });
  }

  getCell(row: number, column: number): SimRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): SimRange {
    // an empty sheet's used range is A1
    return this._range('Worksheet.getUsedRange', (sheet) => sheet.usedArea(Boolean(valuesOnly)) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return this._range('Worksheet.getUsedRangeOrNullObject', (sheet) => sheet.usedArea(Boolean(valuesOnly)));
  }

  /** Worksheet.activate() (ExcelApi 1.1): the sheet comes to the front with its selection, at sync. */
  activate(): void {
    this._method('activate', (t) => {
      if (t.visibility !== 'Visible') throw invalidOperation('Worksheet.activate');
      this.context.host.selectRange(t, t.selection);
    });
  }

  delete(): void {
    this._method('delete', (t) => model(this.context).deleteSheet(t, 'Worksheet.delete'));
  }

  calculate(_markAllDirty?: boolean): void {
    this._method('calculate', () => model(this.context).recalculate(false));
  }
}

// ================================================================ events

export class SimEventHandlerResult {
  constructor(
    readonly context: BatchContext,
    private readonly sheetProxy: SimWorksheet,
    private readonly handler: (event: Record<string, unknown>) => unknown,
    private readonly kind: 'changed' | 'selectionChanged',
  ) {}

  remove(): void {
    const location = 'EventHandlerResult.remove';
    this.context.enqueue({
      location,
      counted: true,
      run: () => {
        const sheet = this.sheetProxy._target(location);
        (this.kind === 'changed' ? sheet.changedHandlers : sheet.selectionHandlers).delete(this.handler);
      },
    });
  }
}

export class SimEventHandlers {
  constructor(
    private readonly sheetProxy: SimWorksheet,
    private readonly kind: 'changed' | 'selectionChanged',
  ) {}

  add(handler: (event: Record<string, unknown>) => unknown): SimEventHandlerResult {
    const location = this.kind === 'changed' ? 'Worksheet.onChanged.add' : 'Worksheet.onSelectionChanged.add';
    if (typeof handler !== 'function') throw invalidArgument(location);
    this.sheetProxy.context.enqueue({
      location,
      counted: true,
      run: () => {
        const sheet = this.sheetProxy._target(location);
        (this.kind === 'changed' ? sheet.changedHandlers : sheet.selectionHandlers).add(handler);
      },
    });
    return new SimEventHandlerResult(this.sheetProxy.context, this.sheetProxy, handler, this.kind);
  }

  remove(handler: (event: Record<string, unknown>) => unknown): void {
    new SimEventHandlerResult(this.sheetProxy.context, this.sheetProxy, handler, this.kind).remove();
  }
}

// ================================================================ range

const RANGE_SCALARS = [
  'address',
  'addressLocal',
  'cellCount',
  'columnCount',
  'columnIndex',
  'rowCount',
  'rowIndex',
  'values',
  'formulas',
  'formulasLocal',
  'numberFormat',
  'numberFormatLocal',
  'text',
  'valueTypes',
  'isEntireColumn',
  'isEntireRow',
  'hidden',
  'rowHidden',
  'columnHidden',
  'height',
  'width',
  'top',
  'left',
] as const;

export class SimRange extends SimObject<RangeT> {
  protected readonly _scalars = RANGE_SCALARS;

  constructor(context: BatchContext, resolve: () => RangeT | null, parent?: SimObject<unknown>) {
    super(context, 'Range', resolve, parent);
  }

  protected override _alive(t: RangeT): boolean {
    return !t.sheet.deleted;
  }

  protected _read(t: RangeT, name: string): unknown {
    const m = model(this.context);
    const { sheet, area } = t;
    const location = `Range.${name}`;
    switch (name) {
      case 'address':
      case 'addressLocal':
        return formatAddress(sheet.name, area);
      case 'cellCount':
        return area.rowCount * area.columnCount;
      case 'columnCount':
        return area.columnCount;
      case 'columnIndex':
        return area.column;
      case 'rowCount':
        return area.rowCount;
      case 'rowIndex':
        return area.row;
      case 'values':
        return grid(t, location, (r, c) => m.value(sheet, r, c).v);
      case 'formulas':
      case 'formulasLocal':
        return grid(t, location, (r, c) => m.formula(sheet, r, c));
      case 'numberFormat':
      case 'numberFormatLocal':
        return grid(t, location, (r, c) => sheet.numberFormat(r, c));
      case 'text':
        return grid(t, location, (r, c) => m.text(sheet, r, c));
      case 'valueTypes':
        return grid(t, location, (r, c) => m.valueType(sheet, r, c));
      case 'isEntireColumn':
        return isEntireColumns(area);
      case 'isEntireRow':
        return isEntireRows(area);
      case 'rowHidden':
        return allIn(area.row, area.rowCount, sheet.hiddenRows);
      case 'columnHidden':
        return allIn(area.column, area.columnCount, sheet.hiddenColumns);
      case 'hidden':
        return allIn(area.row, area.rowCount, sheet.hiddenRows) || allIn(area.column, area.columnCount, sheet.hiddenColumns);
      case 'height':
        return rangeSpan(area.row, area.rowCount, sheet.rowHeights, 15);
      case 'width':
        return rangeSpan(area.column, area.columnCount, sheet.colWidths, 48);
      case 'top':
        return rangeSpan(0, area.row, sheet.rowHeights, 15);
      case 'left':
        return rangeSpan(0, area.column, sheet.colWidths, 48);
    }
    return undefined;
  }

  protected override _nav(name: string): SimObject<unknown> | undefined {
    if (name === 'format') return this.format;
    if (name === 'worksheet') return this.worksheet;
    if (name === 'dataValidation') return this.dataValidation;
    if (name === 'conditionalFormats') return this.conditionalFormats;
    return undefined;
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get text(): string[][] {
    return this._get('text');
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  get isEntireColumn(): boolean {
    return this._get('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this._get('isEntireRow');
  }
  get hidden(): boolean {
    return this._get('hidden');
  }
  get height(): number {
    return this._get('height');
  }
  get width(): number {
    return this._get('width');
  }
  get top(): number {
    return this._get('top');
  }
  get left(): number {
    return this._get('left');
  }

  get values(): unknown[][] {
    return this._get('values');
  }
  set values(value: unknown) {
    this._set('values', value, (t, v, location) => model(this.context).writeValues(t.sheet, t.area, v, { location, triggerSource: 'ThisLocalAddin' }));
  }

  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(value: unknown) {
    this._set('formulas', value, (t, v, location) => model(this.context).writeValues(t.sheet, t.area, v, { location, triggerSource: 'ThisLocalAddin' }));
  }

  get formulasLocal(): unknown[][] {
    return this._get('formulasLocal');
  }
  set formulasLocal(value: unknown) {
    this._set('formulasLocal', value, (t, v, location) => model(this.context).writeValues(t.sheet, t.area, v, { location, triggerSource: 'ThisLocalAddin' }));
  }

  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(value: unknown) {
    this._set('numberFormat', value, (t, v, location) => writeNumberFormat(this.context, t, v, location));
  }

  get numberFormatLocal(): unknown[][] {
    return this._get('numberFormatLocal');
  }
  set numberFormatLocal(value: unknown) {
    this._set('numberFormatLocal', value, (t, v, location) => writeNumberFormat(this.context, t, v, location));
  }

  get rowHidden(): boolean {
    return this._get('rowHidden');
  }
  set rowHidden(value: boolean) {
    this._set('rowHidden', value, (t, v) => {
      const last = Math.min(t.area.row + t.area.rowCount, Math.max(t.sheet.rows.length, t.area.row + 1) + 1000);
      for (let r = t.area.row; r < last; r++) {
        if (v) t.sheet.hiddenRows.add(r);
        else t.sheet.hiddenRows.delete(r);
      }
      model(this.context).bump();
    });
  }

  get columnHidden(): boolean {
    return this._get('columnHidden');
  }
  set columnHidden(value: boolean) {
    this._set('columnHidden', value, (t, v) => {
      const last = Math.min(t.area.column + t.area.columnCount, t.area.column + 2000);
      for (let c = t.area.column; c < last; c++) {
        if (v) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
      model(this.context).bump();
    });
  }

  get format(): SimRangeFormat {
    return this._child('format', () => new SimRangeFormat(this.context, this));
  }

  get worksheet(): SimWorksheet {
    return this._child('worksheet', () => new SimWorksheet(this.context, () => this._target('Range.worksheet').sheet, this));
  }

  get dataValidation(): SimDataValidation {
    return this._child('dataValidation', () => new SimDataValidation(this.context, this));
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    return this._child('conditionalFormats', () => new SimConditionalFormatCollection(this.context, this));
  }

  /** A range computed from this one when the batch runs. */
  private _derive(name: string, fn: (t: RangeT, location: string) => Area | null, other?: unknown): SimRange {
    const location = `Range.${name}`;
    if (other !== undefined) checkRangeArg(this.context, other, location);
    return new SimRange(
      this.context,
      () => {
        const t = this._target(location);
        const area = fn(t, location);
        if (area === null) return null;
        if (!validArea(area)) throw invalidArgument(location);
        return { sheet: t.sheet, area };
      },
      this,
    );
  }

  getCell(row: number, column: number): SimRange {
    return this._derive('getCell', ({ area }) => ({ row: area.row + row, column: area.column + column, rowCount: 1, columnCount: 1 }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this._derive('getOffsetRange', ({ area }) => ({ ...area, row: area.row + rowOffset, column: area.column + columnOffset }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this._derive('getResizedRange', ({ area }) => ({ ...area, rowCount: area.rowCount + deltaRows, columnCount: area.columnCount + deltaColumns }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): SimRange {
    return this._derive('getAbsoluteResizedRange', ({ area }) => ({ ...area, rowCount: numRows, columnCount: numColumns }));
  }

  getRow(row: number): SimRange {
    return this._derive('getRow', ({ area }) => ({ ...area, row: area.row + row, rowCount: 1 }));
  }

  getColumn(column: number): SimRange {
    return this._derive('getColumn', ({ area }) => ({ ...area, column: area.column + column, columnCount: 1 }));
  }

  getEntireColumn(): SimRange {
    return this._derive('getEntireColumn', ({ area }) => ({ ...area, row: 0, rowCount: MAX_ROWS }));
  }

  getEntireRow(): SimRange {
    return this._derive('getEntireRow', ({ area }) => ({ ...area, column: 0, columnCount: MAX_COLUMNS }));
  }

  getLastRow(): SimRange {
    return this._derive('getLastRow', ({ area }) => ({ ...area, row: area.row + area.rowCount - 1, rowCount: 1 }));
  }

  getLastColumn(): SimRange {
    return this._derive('getLastColumn', ({ area }) => ({ ...area, column: area.column + area.columnCount - 1, columnCount: 1 }));
  }

  getLastCell(): SimRange {
    return this._derive('getLastCell', ({ area }) => ({
      row: area.row + area.rowCount - 1,
      column: area.column + area.columnCount - 1,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  getRowsAbove(count = 1): SimRange {
    return this._derive('getRowsAbove', ({ area }) => ({ ...area, row: area.row - count, rowCount: count }));
  }

  getRowsBelow(count = 1): SimRange {
    return this._derive('getRowsBelow', ({ area }) => ({ ...area, row: area.row + area.rowCount, rowCount: count }));
  }

  getColumnsBefore(count = 1): SimRange {
    return this._derive('getColumnsBefore', ({ area }) => ({ ...area, column: area.column - count, columnCount: count }));
  }

  getColumnsAfter(count = 1): SimRange {
    return this._derive('getColumnsAfter', ({ area }) => ({ ...area, column: area.column + area.columnCount, columnCount: count }));
  }

  getIntersection(anotherRange: SimRange | string): SimRange {
    return this._derive(
      'getIntersection',
      (t, location) => {
        const other = resolveRangeArg(this.context, anotherRange, t.sheet, location);
        const area = intersect(t.area, other.area);
        if (!area) throw itemNotFound(location);
        return area;
      },
      anotherRange,
    );
  }

  getIntersectionOrNullObject(anotherRange: SimRange | string): SimRange {
    return this._derive(
      'getIntersectionOrNullObject',
      (t, location) => intersect(t.area, resolveRangeArg(this.context, anotherRange, t.sheet, location).area),
      anotherRange,
    );
  }

  getBoundingRect(anotherRange: SimRange | string): SimRange {
    return this._derive(
      'getBoundingRect',
      (t, location) => boundingArea(t.area, resolveRangeArg(this.context, anotherRange, t.sheet, location).area),
      anotherRange,
    );
  }

  getUsedRange(valuesOnly?: boolean): SimRange {
    return this._derive('getUsedRange', (t, location) => {
      const used = t.sheet.usedArea(Boolean(valuesOnly));
      const area = used ? intersect(used, t.area) : null;
      if (!area) throw itemNotFound(location);
      return area;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return this._derive('getUsedRangeOrNullObject', (t) => {
      const used = t.sheet.usedArea(Boolean(valuesOnly));
      return used ? intersect(used, t.area) : null;
    });
  }

  clear(applyTo?: string): void {
    this._method('clear', (t) => model(this.context).clear(t.sheet, t.area, applyTo ?? 'All', 'ThisLocalAddin', 'Range.clear'));
  }

  delete(shift: string): void {
    this._method('delete', (t) => model(this.context).deleteRange(t.sheet, t.area, shift, 'ThisLocalAddin', 'Range.delete'));
  }

  insert(shift: string): SimRange {
    let inserted: RangeT | undefined;
    this._method('insert', (t) => {
      model(this.context).insertRange(t.sheet, t.area, shift, 'ThisLocalAddin', 'Range.insert');
      inserted = t;
    });
    return new SimRange(this.context, () => inserted!, this);
  }

  /** Range.select() (ExcelApi 1.1): activates the range's sheet and selects the range, at sync. */
  select(): void {
    this._method('select', (t) => {
      if (t.sheet.visibility !== 'Visible') throw invalidOperation('Range.select');
      this.context.host.selectRange(t.sheet, t.area);
    });
  }

  calculate(): void {
    this._method('calculate', () => model(this.context).recalculate(false));
  }
}

function allIn(start: number, count: number, set: Set<number>): boolean {
  if (count > 100_000) return false;
  for (let i = start; i < start + count; i++) if (!set.has(i)) return false;
  return true;
}

function writeNumberFormat(context: BatchContext, t: RangeT, v: unknown, location: string): void {
  const check = (x: unknown) => {
    if (x !== null && x !== undefined && typeof x !== 'string') throw invalidArgument(location);
  };
  if (Array.isArray(v)) {
    for (const row of v) if (Array.isArray(row)) for (let j = 0; j < row.length; j++) check(row[j]);
  } else check(v);
  model(context).writeStyle(t.sheet, t.area, 'nf', v as string | string[][], location);
}

// ================================================================ format

function setStyle<K extends StyleKey>(context: BatchContext, t: RangeT, key: K, value: Style[K] | undefined): void {
  const m = model(context);
  m.fillStyle(t.sheet, t.area, key, value);
  t.sheet.touch();
  m.bump();
}

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

export class SimRangeFormat extends SimObject<RangeT> {
  protected readonly _scalars = ['columnWidth', 'rowHeight', 'horizontalAlignment', 'verticalAlignment', 'wrapText'] as const;

  constructor(context: BatchContext, parent: SimRange) {
    super(context, 'RangeFormat', () => parent._target('Range.format'), parent);
  }

  protected override _alive(t: RangeT): boolean {
    return !t.sheet.deleted;
  }

  protected _read(t: RangeT, name: string): unknown {
    switch (name) {
      case 'columnWidth': {
        const widths = new Set<number>();
        for (let c = t.area.column; c < Math.min(t.area.column + t.area.columnCount, t.area.column + 2000); c++) widths.add(t.sheet.columnWidth(c));
        return widths.size === 1 ? [...widths][0] : null;
      }
      case 'rowHeight': {
        const heights = new Set<number>();
        const last = Math.min(t.area.row + t.area.rowCount, Math.max(t.sheet.rows.length, t.area.row) + 1);
        for (let r = t.area.row; r < last; r++) heights.add(t.sheet.rowHeight(r));
        return heights.size === 1 ? [...heights][0] : null;
      }
      case 'horizontalAlignment':
        return uniform(t, (r, c) => t.sheet.style(r, c, 'hAlign'));
      case 'verticalAlignment':
        return uniform(t, (r, c) => t.sheet.style(r, c, 'vAlign'));
      case 'wrapText':
        return uniform(t, (r, c) => t.sheet.style(r, c, 'wrap'));
    }
    return undefined;
  }

  protected override _nav(name: string): SimObject<unknown> | undefined {
    if (name === 'font') return this.font;
    if (name === 'fill') return this.fill;
    return undefined;
  }

  get font(): SimRangeFont {
    return this._child('font', () => new SimRangeFont(this.context, this));
  }

  get fill(): SimRangeFill {
    return this._child('fill', () => new SimRangeFill(this.context, this));
  }

  get borders(): SimRangeBorderCollection {
    return this._child('borders', () => new SimRangeBorderCollection(this.context, this));
  }

  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(value: number) {
    this._set('columnWidth', value, (t, v, location) => {
      if (typeof v !== 'number' || !(v >= 0)) throw invalidArgument(location);
      const last = Math.min(t.area.column + t.area.columnCount, t.area.column + 2000);
      for (let c = t.area.column; c < last; c++) t.sheet.colWidths.set(c, v);
      model(this.context).bump();
    });
  }

  get rowHeight(): number {
    return this._get('rowHeight');
  }
  set rowHeight(value: number) {
    this._set('rowHeight', value, (t, v, location) => {
      if (typeof v !== 'number' || !(v >= 0) || v > 409) throw invalidArgument(location);
      const last = Math.min(t.area.row + t.area.rowCount, Math.max(t.sheet.rows.length, t.area.row + 1) + 1000);
      for (let r = t.area.row; r < last; r++) t.sheet.rowHeights.set(r, v);
      model(this.context).bump();
    });
  }

  get horizontalAlignment(): string {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(value: string) {
    this._set('horizontalAlignment', value, (t, v, location) => {
      if (!H_ALIGN.includes(v as string)) throw invalidArgument(location);
      setStyle(this.context, t, 'hAlign', v as string);
    });
  }

  get verticalAlignment(): string {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(value: string) {
    this._set('verticalAlignment', value, (t, v, location) => {
      if (!V_ALIGN.includes(v as string)) throw invalidArgument(location);
      setStyle(this.context, t, 'vAlign', v as string);
    });
  }

  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(value: boolean) {
    this._set('wrapText', value, (t, v) => setStyle(this.context, t, 'wrap', Boolean(v)));
  }

  autofitColumns(): void {
    this._method('autofitColumns', (t) => {
      const m = model(this.context);
      const used = t.sheet.usedArea(false);
      const rows = used ? intersect(t.area, { row: 0, column: t.area.column, rowCount: used.row + used.rowCount, columnCount: t.area.columnCount }) : null;
      const lastCol = Math.min(t.area.column + t.area.columnCount, t.area.column + 2000);
      for (let c = t.area.column; c < lastCol; c++) {
        let longest = 0;
        if (rows) {
          for (let r = rows.row; r < rows.row + rows.rowCount; r++) {
            const text = m.text(t.sheet, r, c);
            const bold = t.sheet.style(r, c, 'bold');
            longest = Math.max(longest, text.length * (bold ? 1.1 : 1));
          }
        }
        // about 5.25 points a character in the default font, plus padding
        t.sheet.colWidths.set(c, longest === 0 ? 48 : Math.min(409, Math.round((longest * 5.25 + 7.5) * 4) / 4));
      }
      m.bump();
    });
  }

  autofitRows(): void {
    this._method('autofitRows', (t) => {
      const last = Math.min(t.area.row + t.area.rowCount, t.sheet.rows.length);
      for (let r = t.area.row; r < last; r++) t.sheet.rowHeights.delete(r);
      model(this.context).bump();
    });
  }
}

export class SimRangeFont extends SimObject<RangeT> {
  protected readonly _scalars = ['bold', 'italic', 'color', 'name', 'size', 'underline'] as const;

  constructor(context: BatchContext, parent: SimRangeFormat) {
    super(context, 'RangeFont', () => parent._target('RangeFormat.font'), parent);
  }

  protected override _alive(t: RangeT): boolean {
    return !t.sheet.deleted;
  }

  protected _read(t: RangeT, name: string): unknown {
    const key: StyleKey = name === 'color' ? 'color' : name === 'name' ? 'fontName' : name === 'size' ? 'fontSize' : (name as StyleKey);
    return uniform(t, (r, c) => t.sheet.style(r, c, key));
  }

  get bold(): boolean {
    return this._get('bold');
  }
  set bold(value: boolean) {
    this._set('bold', value, (t, v) => setStyle(this.context, t, 'bold', Boolean(v)));
  }

  get italic(): boolean {
    return this._get('italic');
  }
  set italic(value: boolean) {
    this._set('italic', value, (t, v) => setStyle(this.context, t, 'italic', Boolean(v)));
  }

  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value, (t, v, location) => {
      const color = normalizeColor(v);
      if (!color) throw invalidArgument(location);
      setStyle(this.context, t, 'color', color);
    });
  }

  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._set('name', value, (t, v, location) => {
      if (typeof v !== 'string' || !v) throw invalidArgument(location);
      setStyle(this.context, t, 'fontName', v);
    });
  }

  get size(): number {
    return this._get('size');
  }
  set size(value: number) {
    this._set('size', value, (t, v, location) => {
      if (typeof v !== 'number' || v < 1 || v > 409) throw invalidArgument(location);
      setStyle(this.context, t, 'fontSize', v);
    });
  }

  get underline(): string {
    return this._get('underline');
  }
  set underline(value: string) {
    this._set('underline', value, (t, v, location) => {
      if (!['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'].includes(v as string)) throw invalidArgument(location);
      setStyle(this.context, t, 'underline', v as string);
    });
  }
}

export class SimRangeFill extends SimObject<RangeT> {
  protected readonly _scalars = ['color'] as const;

  constructor(context: BatchContext, parent: SimRangeFormat) {
    super(context, 'RangeFill', () => parent._target('RangeFormat.fill'), parent);
  }

  protected override _alive(t: RangeT): boolean {
    return !t.sheet.deleted;
  }

  protected _read(t: RangeT): unknown {
    // no fill reads as white, as in Excel
    return uniform(t, (r, c) => t.sheet.style(r, c, 'fill') || '#FFFFFF');
  }

  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value, (t, v, location) => {
      if (v === '' || v === null) return setStyle(this.context, t, 'fill', undefined);
      const color = normalizeColor(v);
      if (!color) throw invalidArgument(location);
      setStyle(this.context, t, 'fill', color);
    });
  }

  clear(): void {
    this._method('clear', (t) => setStyle(this.context, t, 'fill', undefined));
  }
}

/** Borders are accepted (so formatting code runs) but not drawn. */
export class SimRangeBorderCollection extends SimObject<RangeT> {
  protected readonly _scalars = ['count'] as const;

  constructor(context: BatchContext, parent: SimRangeFormat) {
    super(context, 'RangeBorderCollection', () => parent._target('RangeFormat.borders'), parent);
  }

  protected _read(): unknown {
    return 6;
  }

  getItem(index: string): SimRangeBorder {
    return this._child(`border:${index}`, () => new SimRangeBorder(this.context, this));
  }
}

export class SimRangeBorder extends SimObject<RangeT> {
  protected readonly _scalars = ['style', 'color', 'weight'] as const;

  constructor(context: BatchContext, parent: SimRangeBorderCollection) {
    super(context, 'RangeBorder', () => parent._target('RangeBorderCollection.getItem'), parent);
  }

  protected _read(_t: RangeT, name: string): unknown {
    return this._fields[name] ?? (name === 'style' ? 'None' : name === 'color' ? '#000000' : 'Thin');
  }

  get style(): string {
    return this._get('style');
  }
  set style(value: string) {
    this._set('style', value, () => undefined);
  }
  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value, (_t, v, location) => {
      if (!normalizeColor(v)) throw invalidArgument(location);
    });
  }
  get weight(): string {
    return this._get('weight');
  }
  set weight(value: string) {
    this._set('weight', value, () => undefined);
  }
}

// ================================================================ freeze panes

export class SimFreezePanes extends SimObject<SheetModel> {
  protected readonly _scalars = [] as const;

  constructor(context: BatchContext, parent: SimWorksheet) {
    super(context, 'WorksheetFreezePanes', () => parent._target('Worksheet.freezePanes'), parent);
  }

  protected _read(): unknown {
    return undefined;
  }

  private _freeze(name: string, rows: number | null, columns: number | null): void {
    this._method(name, (t) => {
      const location = `WorksheetFreezePanes.${name}`;
      if ((rows !== null && (!Number.isInteger(rows) || rows < 0)) || (columns !== null && (!Number.isInteger(columns) || columns < 0)))
        throw invalidArgument(location);
      t.frozenRows = rows ?? 0;
      t.frozenColumns = columns ?? 0;
      model(this.context).bump();
    });
  }

  freezeRows(count = 1): void {
    this._freeze('freezeRows', count, null);
  }

  freezeColumns(count = 1): void {
    this._freeze('freezeColumns', null, count);
  }

  freezeAt(frozenRange: SimRange | string): void {
    checkRangeArg(this.context, frozenRange, 'WorksheetFreezePanes.freezeAt');
    this._method('freezeAt', (t) => {
      const r = resolveRangeArg(this.context, frozenRange, t, 'WorksheetFreezePanes.freezeAt');
      t.frozenRows = r.area.row + r.area.rowCount;
      t.frozenColumns = r.area.column + r.area.columnCount;
      model(this.context).bump();
    });
  }

  unfreeze(): void {
    this._freeze('unfreeze', 0, 0);
  }

  getLocationOrNullObject(): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this._target('WorksheetFreezePanes.getLocationOrNullObject');
        if (!t.frozenRows && !t.frozenColumns) return null;
        const area: Area =
          t.frozenRows && t.frozenColumns
            ? { row: 0, column: 0, rowCount: t.frozenRows, columnCount: t.frozenColumns }
            : t.frozenRows
              ? { row: 0, column: 0, rowCount: t.frozenRows, columnCount: MAX_COLUMNS }
              : { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: t.frozenColumns };
        return { sheet: t, area };
      },
      this,
    );
  }
}

// ================================================================ data validation

const RULE_TYPES: Record<string, string> = {
  list: 'List',
  decimal: 'Decimal',
  wholeNumber: 'WholeNumber',
  textLength: 'TextLength',
  date: 'Date',
  time: 'Time',
  custom: 'Custom',
};

function validationsIn(t: RangeT): ValidationRule[] {
  return t.sheet.validations.filter((v) => intersect(v.area, t.area));
}

export class SimDataValidation extends SimObject<RangeT> {
  protected readonly _scalars = ['rule', 'type', 'errorAlert', 'prompt', 'ignoreBlanks', 'valid'] as const;

  constructor(context: BatchContext, parent: SimRange) {
    super(context, 'DataValidation', () => parent._target('Range.dataValidation'), parent);
  }

  protected override _alive(t: RangeT): boolean {
    return !t.sheet.deleted;
  }

  protected _read(t: RangeT, name: string): unknown {
    const rules = validationsIn(t);
    const first = rules[0];
    switch (name) {
      case 'rule':
        return first ? structuredClone(first.rule) : {};
      case 'type': {
        if (!first) return 'None';
        const types = new Set(rules.map((r) => RULE_TYPES[Object.keys(r.rule)[0]] ?? 'Custom'));
        return types.size === 1 ? [...types][0] : 'Inconsistent';
      }
      case 'errorAlert':
        return first ? { ...first.errorAlert } : { showAlert: true, style: 'Stop', title: '', message: '' };
      case 'prompt':
        return first ? { ...first.prompt } : { showPrompt: false, title: '', message: '' };
      case 'ignoreBlanks':
        return first ? first.ignoreBlanks : true;
      case 'valid': {
        const m = model(this.context);
        const { area, sheet } = t;
        const last = Math.min(area.row + area.rowCount, sheet.rows.length);
        for (let r = area.row; r < last; r++) {
          for (let c = area.column; c < area.column + area.columnCount; c++) {
            const text = m.text(sheet, r, c);
            if (!m.validationAllows(sheet, r, c, text)) return false;
          }
        }
        return true;
      }
    }
    return undefined;
  }

  get rule(): Record<string, unknown> {
    return this._get('rule');
  }
  set rule(value: Record<string, unknown>) {
    this._set('rule', value, (t, v, location) => {
      const rule = checkRule(v, location);
      t.sheet.validations = t.sheet.validations.filter((x) => !intersect(x.area, t.area) || !containsArea(t.area, x.area));
      t.sheet.validations.unshift({
        area: { ...t.area },
        rule,
        errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
        prompt: { showPrompt: false, title: '', message: '' },
        ignoreBlanks: true,
      });
      model(this.context).bump();
    });
  }

  get type(): string {
    return this._get('type');
  }

  get valid(): boolean {
    return this._get('valid');
  }

  get errorAlert(): ValidationRule['errorAlert'] {
    return this._get('errorAlert');
  }
  set errorAlert(value: ValidationRule['errorAlert']) {
    this._set('errorAlert', value, (t, v, location) => {
      if (!v || typeof v !== 'object') throw invalidArgument(location);
      const alert = v as Partial<ValidationRule['errorAlert']>;
      if (alert.style !== undefined && !['Stop', 'Warning', 'Information'].includes(alert.style)) throw invalidArgument(location);
      for (const rule of validationsIn(t)) rule.errorAlert = { ...rule.errorAlert, ...alert };
    });
  }

  get prompt(): ValidationRule['prompt'] {
    return this._get('prompt');
  }
  set prompt(value: ValidationRule['prompt']) {
    this._set('prompt', value, (t, v, location) => {
      if (!v || typeof v !== 'object') throw invalidArgument(location);
      for (const rule of validationsIn(t)) rule.prompt = { ...rule.prompt, ...(v as object) };
    });
  }

  get ignoreBlanks(): boolean {
    return this._get('ignoreBlanks');
  }
  set ignoreBlanks(value: boolean) {
    this._set('ignoreBlanks', value, (t, v) => {
      for (const rule of validationsIn(t)) rule.ignoreBlanks = Boolean(v);
    });
  }

  clear(): void {
    this._method('clear', (t) => {
      t.sheet.validations = t.sheet.validations.filter((x) => !intersect(x.area, t.area));
      model(this.context).bump();
    });
  }
}

function containsArea(outer: Area, inner: Area): boolean {
  return (
    intersect(outer, inner) !== null && boundingArea(outer, inner).rowCount === outer.rowCount && boundingArea(outer, inner).columnCount === outer.columnCount
  );
}

function checkRule(v: unknown, location: string): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw invalidArgument(location);
  const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !(keys[0] in RULE_TYPES)) throw invalidArgument(location);
  const body = (v as Record<string, unknown>)[keys[0]];
  if (!body || typeof body !== 'object') throw invalidArgument(location);
  const b = body as Record<string, unknown>;
  if (keys[0] === 'list') {
    if (typeof b.source !== 'string' || b.source === '') throw invalidArgument(location);
    // Excel keeps at most 255 characters in a list's source (the Data Validation dialog says so)
    if (b.source.length > MAX_LIST_SOURCE) throw invalidArgument(location);
  } else if (keys[0] === 'custom') {
    if (typeof b.formula !== 'string') throw invalidArgument(location);
  } else if (b.formula1 === undefined || typeof b.operator !== 'string') {
    throw invalidArgument(location);
  }
  return structuredClone(v as Record<string, unknown>);
}

// ================================================================ conditional formats

type CfT = { sheet: SheetModel; cf: ConditionalFormatModel };

export class SimConditionalFormatCollection extends SimCollection<RangeT, ConditionalFormatModel, SimConditionalFormat> {
  protected readonly _scalars = [] as const;

  constructor(context: BatchContext, parent: SimRange) {
    super(context, 'ConditionalFormatCollection', () => parent._target('Range.conditionalFormats'), parent);
  }

  protected _read(): unknown {
    return undefined;
  }

  protected _list(t: RangeT): ConditionalFormatModel[] {
    return t.sheet.conditionalFormats.filter((cf) => intersect(cf.area, t.area));
  }

  protected _item(cf: ConditionalFormatModel): SimConditionalFormat {
    const sheet = this._t!.sheet;
    return new SimConditionalFormat(this.context, () => ({ sheet, cf }));
  }

  add(type: string): SimConditionalFormat {
    let created: CfT | undefined;
    this._method('add', (t) => {
      const types = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];
      if (!types.includes(type)) throw invalidArgument('ConditionalFormatCollection.add');
      created = { sheet: t.sheet, cf: model(this.context).addConditionalFormat(t.sheet, { ...t.area }, type) };
    });
    return new SimConditionalFormat(this.context, () => created!, this);
  }

  clearAll(): void {
    this._method('clearAll', (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersect(cf.area, t.area));
      model(this.context).bump();
    });
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this._queue('ConditionalFormatCollection.getCount', () => result._resolve(this._list(this._target('ConditionalFormatCollection.getCount')).length));
    return result;
  }

  getItemAt(index: number): SimConditionalFormat {
    return new SimConditionalFormat(
      this.context,
      () => {
        const t = this._target('ConditionalFormatCollection.getItemAt');
        const cf = this._list(t)[index];
        if (!cf) throw itemNotFound('ConditionalFormatCollection.getItemAt');
        return { sheet: t.sheet, cf };
      },
      this,
    );
  }
}

export class SimConditionalFormat extends SimObject<CfT> {
  protected readonly _scalars = ['id', 'type', 'priority', 'stopIfTrue'] as const;

  constructor(context: BatchContext, resolve: () => CfT | null, parent?: SimObject<unknown>) {
    super(context, 'ConditionalFormat', resolve, parent);
  }

  protected override _alive(t: CfT): boolean {
    return !t.sheet.deleted && t.sheet.conditionalFormats.includes(t.cf);
  }

  protected _read(t: CfT, name: string): unknown {
    return (t.cf as unknown as Record<string, unknown>)[name];
  }

  protected override _nav(name: string): SimObject<unknown> | undefined {
    return name === 'custom' ? this.custom : undefined;
  }

  get id(): string {
    return this._get('id');
  }
  get type(): string {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
  }
  set priority(value: number) {
    this._set('priority', value, (t, v) => {
      const list = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
      list.splice(Math.max(0, Math.min(list.length, Number(v))), 0, t.cf);
      list.forEach((c, i) => (c.priority = i));
      t.sheet.conditionalFormats = list;
      model(this.context).bump();
    });
  }
  get stopIfTrue(): boolean {
    return this._get('stopIfTrue');
  }
  set stopIfTrue(value: boolean) {
    this._set('stopIfTrue', value, (t, v) => {
      t.cf.stopIfTrue = Boolean(v);
    });
  }

  get custom(): SimCustomConditionalFormat {
    return this._child('custom', () => new SimCustomConditionalFormat(this.context, this));
  }

  getRange(): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this._target('ConditionalFormat.getRange');
        return { sheet: t.sheet, area: t.cf.area };
      },
      this,
    );
  }

  delete(): void {
    this._method('delete', (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
      model(this.context).bump();
    });
  }
}

export class SimCustomConditionalFormat extends SimObject<CfT> {
  protected readonly _scalars = [] as const;

  constructor(context: BatchContext, parent: SimConditionalFormat) {
    super(
      context,
      'CustomConditionalFormat',
      () => {
        const t = parent._target('ConditionalFormat.custom');
        if (t.cf.type !== 'Custom') throw invalidOperation('ConditionalFormat.custom');
        return t;
      },
      parent,
    );
  }

  protected _read(): unknown {
    return undefined;
  }

  protected override _nav(name: string): SimObject<unknown> | undefined {
    if (name === 'rule') return this.rule;
    if (name === 'format') return this.format;
    return undefined;
  }

  get rule(): SimConditionalFormatRule {
    return this._child('rule', () => new SimConditionalFormatRule(this.context, this));
  }

  get format(): SimConditionalRangeFormat {
    return this._child('format', () => new SimConditionalRangeFormat(this.context, this));
  }
}

export class SimConditionalFormatRule extends SimObject<CfT> {
  protected readonly _scalars = ['formula', 'formulaLocal'] as const;

  constructor(context: BatchContext, parent: SimCustomConditionalFormat) {
    super(context, 'ConditionalFormatRule', () => parent._target('CustomConditionalFormat.rule'), parent);
  }

  protected _read(t: CfT): unknown {
    return t.cf.formula;
  }

  private _setFormula(name: string, value: string): void {
    this._set(name, value, (t, v, location) => {
      if (typeof v !== 'string') throw invalidArgument(location);
      const formula = v.startsWith('=') ? v : `=${v}`;
      model(this.context).checkFormula(formula, location);
      t.cf.formula = formula;
      model(this.context).bump();
    });
  }

  get formula(): string {
    return this._get('formula');
  }
  set formula(value: string) {
    this._setFormula('formula', value);
  }
  get formulaLocal(): string {
    return this._get('formulaLocal');
  }
  set formulaLocal(value: string) {
    this._setFormula('formulaLocal', value);
  }
}

export class SimConditionalRangeFormat extends SimObject<CfT> {
  protected readonly _scalars = ['numberFormat'] as const;

  constructor(context: BatchContext, parent: SimCustomConditionalFormat) {
    super(context, 'ConditionalRangeFormat', () => parent._target('CustomConditionalFormat.format'), parent);
  }

  protected _read(): unknown {
    return null;
  }

  protected override _nav(name: string): SimObject<unknown> | undefined {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    return undefined;
  }

  get fill(): SimConditionalRangeFill {
    return this._child('fill', () => new SimConditionalRangeFill(this.context, this));
  }

  get font(): SimConditionalRangeFont {
    return this._child('font', () => new SimConditionalRangeFont(this.context, this));
  }
}

export class SimConditionalRangeFill extends SimObject<CfT> {
  protected readonly _scalars = ['color'] as const;

  constructor(context: BatchContext, parent: SimConditionalRangeFormat) {
    super(context, 'ConditionalRangeFill', () => parent._target('ConditionalRangeFormat.fill'), parent);
  }

  protected _read(t: CfT): unknown {
    return t.cf.fill ?? null;
  }

  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value, (t, v, location) => {
      const color = normalizeColor(v);
      if (!color) throw invalidArgument(location);
      t.cf.fill = color;
      model(this.context).bump();
    });
  }

  clear(): void {
    this._method('clear', (t) => {
      delete t.cf.fill;
      model(this.context).bump();
    });
  }
}

export class SimConditionalRangeFont extends SimObject<CfT> {
  protected readonly _scalars = ['color', 'bold', 'italic'] as const;

  constructor(context: BatchContext, parent: SimConditionalRangeFormat) {
    super(context, 'ConditionalRangeFont', () => parent._target('ConditionalRangeFormat.font'), parent);
  }

  protected _read(t: CfT, name: string): unknown {
    if (name === 'color') return t.cf.fontColor ?? null;
    return (name === 'bold' ? t.cf.bold : t.cf.italic) ?? null;
  }

  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value, (t, v, location) => {
      const color = normalizeColor(v);
      if (!color) throw invalidArgument(location);
      t.cf.fontColor = color;
      model(this.context).bump();
    });
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(value: boolean) {
    this._set('bold', value, (t, v) => {
      t.cf.bold = Boolean(v);
      model(this.context).bump();
    });
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(value: boolean) {
    this._set('italic', value, (t, v) => {
      t.cf.italic = Boolean(v);
      model(this.context).bump();
    });
  }
}

// ================================================================ tables

export class SimTableCollection extends SimCollection<WorkbookModel, TableModel, SimTable> {
  protected readonly _scalars = ['count'] as const;

  /** scope: the worksheet whose tables these are, or null for workbook.tables. */
  constructor(
    context: BatchContext,
    private readonly scope: SimWorksheet | null,
    parent: SimObject<unknown>,
  ) {
    super(context, 'TableCollection', () => model(context), parent);
  }

  private _scopeSheet(location: string): SheetModel | null {
    return this.scope ? this.scope._target(location) : null;
  }

  protected _list(t: WorkbookModel): TableModel[] {
    const sheet = this._scopeSheet('TableCollection.items');
    return t.tables.filter((table) => !sheet || table.sheet === sheet);
  }

  protected _item(table: TableModel): SimTable {
    return new SimTable(this.context, () => table);
  }

  protected _read(t: WorkbookModel, name: string): unknown {
    return name === 'count' ? this._list(t).length : undefined;
  }

  get count(): number {
    return this._get('count');
  }

  add(address: SimRange | string, hasHeaders: boolean): SimTable {
    const location = 'TableCollection.add';
    checkRangeArg(this.context, address, location);
    let created: TableModel | undefined;
    this._method('add', (m) => {
      if (typeof hasHeaders !== 'boolean') throw invalidArgument(location);
      const { sheet, area } = resolveRangeArg(this.context, address, this._scopeSheet(location), location);
      created = m.addTable(sheet, area, hasHeaders, location);
    });
    return new SimTable(this.context, () => created!, this);
  }

  private _find(key: string, location: string): TableModel | undefined {
    const table = model(this.context).findTable(String(key));
    const sheet = this._scopeSheet(location);
    return table && (!sheet || table.sheet === sheet) ? table : undefined;
  }

  getItem(key: string): SimTable {
    return new SimTable(this.context, () => this._find(key, 'TableCollection.getItem') ?? throwNotFound('TableCollection.getItem'), this);
  }

  getItemOrNullObject(key: string): SimTable {
    return new SimTable(this.context, () => this._find(key, 'TableCollection.getItemOrNullObject') ?? null, this);
  }

  getItemAt(index: number): SimTable {
    return new SimTable(this.context, () => this._list(model(this.context))[index] ?? throwNotFound('TableCollection.getItemAt'), this);
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this._queue('TableCollection.getCount', () => result._resolve(this._list(this._target('TableCollection.getCount')).length));
    return result;
  }
}

function throwNotFound(location: string): never {
  throw itemNotFound(location);
}

const TABLE_STYLE_RE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

export class SimTable extends SimObject<TableModel> {
  protected readonly _scalars = [
    'name',
    'id',
    'legacyId',
    'style',
    'showTotals',
    'showHeaders',
    'showBandedRows',
    'showBandedColumns',
    'showFilterButton',
    'highlightFirstColumn',
    'highlightLastColumn',
  ] as const;

  constructor(context: BatchContext, resolve: () => TableModel | null, parent?: SimObject<unknown>) {
    super(context, 'Table', resolve, parent);
  }

  protected override _alive(t: TableModel): boolean {
    return !t.deleted;
  }

  protected _read(t: TableModel, name: string): unknown {
    return (t as unknown as Record<string, unknown>)[name];
  }

  protected override _nav(name: string): SimObject<unknown> | undefined {
    if (name === 'rows') return this.rows;
    if (name === 'columns') return this.columns;
    if (name === 'worksheet') return this.worksheet;
    return undefined;
  }

  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._set('name', value, (t, v, location) => model(this.context).renameTable(t, v as string, location));
  }

  get id(): string {
    return this._get('id');
  }
  get legacyId(): string {
    return this._get('legacyId');
  }

  get style(): string {
    return this._get('style');
  }
  set style(value: string) {
    this._set('style', value, (t, v, location) => {
      if (v !== '' && v !== null && (typeof v !== 'string' || !TABLE_STYLE_RE.test(v))) throw invalidArgument(location);
      t.style = (v as string) ?? '';
      model(this.context).bump();
    });
  }

  get showTotals(): boolean {
    return this._get('showTotals');
  }
  set showTotals(value: boolean) {
    this._set('showTotals', value, (t, v, location) => {
      const on = Boolean(v);
      if (on === t.showTotals) return;
      const m = model(this.context);
      if (on) {
        const totals = { row: t.area.row + t.area.rowCount, column: t.area.column, rowCount: 1, columnCount: t.area.columnCount };
        if (!validArea(totals) || m.tables.some((o) => o !== t && o.sheet === t.sheet && intersect(o.area, totals))) throw invalidArgument(location);
        t.area = { ...t.area, rowCount: t.area.rowCount + 1 };
        t.showTotals = true;
        m.writeValues(t.sheet, { ...totals, columnCount: 1 }, [['Total']], { location, triggerSource: 'ThisLocalAddin' });
      } else {
        const totals = t.totalsArea!;
        t.showTotals = false;
        t.area = { ...t.area, rowCount: t.area.rowCount - 1 };
        m.clear(t.sheet, totals, 'Contents', 'ThisLocalAddin', location);
      }
      m.bumpCalc();
    });
  }

  get showHeaders(): boolean {
    return this._get('showHeaders');
  }
  set showHeaders(value: boolean) {
    this._set('showHeaders', value, (t, v, location) => {
      if (!v) throw notImplemented(location, 'hiding a table header row');
    });
  }

  private _flag(name: 'showBandedRows' | 'showBandedColumns' | 'showFilterButton' | 'highlightFirstColumn' | 'highlightLastColumn', value: boolean): void {
    this._set(name, value, (t, v) => {
      t[name] = Boolean(v);
      model(this.context).bump();
    });
  }

  get showBandedRows(): boolean {
    return this._get('showBandedRows');
  }
  set showBandedRows(value: boolean) {
    this._flag('showBandedRows', value);
  }
  get showBandedColumns(): boolean {
    return this._get('showBandedColumns');
  }
  set showBandedColumns(value: boolean) {
    this._flag('showBandedColumns', value);
  }
  get showFilterButton(): boolean {
    return this._get('showFilterButton');
  }
  set showFilterButton(value: boolean) {
    this._flag('showFilterButton', value);
  }
  get highlightFirstColumn(): boolean {
    return this._get('highlightFirstColumn');
  }
  set highlightFirstColumn(value: boolean) {
    this._flag('highlightFirstColumn', value);
  }
  get highlightLastColumn(): boolean {
    return this._get('highlightLastColumn');
  }
  set highlightLastColumn(value: boolean) {
    this._flag('highlightLastColumn', value);
  }

  get rows(): SimTableRowCollection {
    return this._child('rows', () => new SimTableRowCollection(this.context, this));
  }

  get columns(): SimTableColumnCollection {
    return this._child('columns', () => new SimTableColumnCollection(this.context, this));
  }

  get worksheet(): SimWorksheet {
    return this._child('worksheet', () => new SimWorksheet(this.context, () => this._target('Table.worksheet').sheet, this));
  }

  private _rangeOf(name: string, fn: (t: TableModel, location: string) => Area): SimRange {
    const location = `Table.${name}`;
    return new SimRange(
      this.context,
      () => {
        const t = this._target(location);
        return { sheet: t.sheet, area: fn(t, location) };
      },
      this,
    );
  }

  getRange(): SimRange {
    return this._rangeOf('getRange', (t) => t.area);
  }

  getHeaderRowRange(): SimRange {
    return this._rangeOf('getHeaderRowRange', (t, location) => t.headerArea ?? throwNotFound(location));
  }

  getDataBodyRange(): SimRange {
    return this._rangeOf('getDataBodyRange', (t) => t.bodyArea);
  }

  getTotalRowRange(): SimRange {
    return this._rangeOf('getTotalRowRange', (t, location) => t.totalsArea ?? throwNotFound(location));
  }

  resize(newRange: SimRange | string): void {
    const location = 'Table.resize';
    checkRangeArg(this.context, newRange, location);
    this._method('resize', (t) => {
      const { sheet, area } = resolveRangeArg(this.context, newRange, t.sheet, location);
      model(this.context).resizeTable(t, sheet, area, location);
    });
  }

  delete(): void {
    this._method('delete', (t) => model(this.context).deleteTable(t, false));
  }

  convertToRange(): SimRange {
    let converted: RangeT | undefined;
    this._method('convertToRange', (t) => {
      converted = { sheet: t.sheet, area: { ...t.area } };
      model(this.context).deleteTable(t, true);
    });
    return new SimRange(this.context, () => converted!, this);
  }

  clearFilters(): void {
    this._method('clearFilters', () => undefined);
  }

  reapplyFilters(): void {
    this._method('reapplyFilters', () => undefined);
  }
}

type RowT = { table: TableModel; index: number };

export class SimTableRowCollection extends SimCollection<TableModel, RowT, SimTableRow> {
  protected readonly _scalars = ['count'] as const;

  constructor(context: BatchContext, parent: SimTable) {
    super(context, 'TableRowCollection', () => parent._target('Table.rows'), parent);
  }

  protected override _alive(t: TableModel): boolean {
    return !t.deleted;
  }

  protected _read(t: TableModel): unknown {
    return t.bodyArea.rowCount;
  }

  protected _list(t: TableModel): RowT[] {
    return Array.from({ length: t.bodyArea.rowCount }, (_, index) => ({ table: t, index }));
  }

  protected _item(row: RowT): SimTableRow {
    return new SimTableRow(this.context, () => row);
  }

  get count(): number {
    return this._get('count');
  }

  add(index?: number | null, values?: unknown, _alwaysInsert?: boolean): SimTableRow {
    let added: RowT | undefined;
    this._method(
      'add',
      (t) => {
        const area = model(this.context).addTableRows(t, index, values, 'TableRowCollection.add');
        added = { table: t, index: area.row - t.bodyArea.row };
      },
      values,
    );
    return new SimTableRow(this.context, () => added!, this);
  }

  getItemAt(index: number): SimTableRow {
    return new SimTableRow(
      this.context,
      () => {
        const t = this._target('TableRowCollection.getItemAt');
        if (!Number.isInteger(index) || index < 0 || index >= t.bodyArea.rowCount) throw invalidArgument('TableRowCollection.getItemAt');
        return { table: t, index };
      },
      this,
    );
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this._queue('TableRowCollection.getCount', () => result._resolve(this._target('TableRowCollection.getCount').bodyArea.rowCount));
    return result;
  }
}

export class SimTableRow extends SimObject<RowT> {
  protected readonly _scalars = ['index', 'values'] as const;

  constructor(context: BatchContext, resolve: () => RowT | null, parent?: SimObject<unknown>) {
    super(context, 'TableRow', resolve, parent);
  }

  protected override _alive(t: RowT): boolean {
    return !t.table.deleted && t.index < t.table.bodyArea.rowCount;
  }

  private _area(t: RowT): Area {
    const body = t.table.bodyArea;
    return { row: body.row + t.index, column: body.column, rowCount: 1, columnCount: body.columnCount };
  }

  protected _read(t: RowT, name: string): unknown {
    if (name === 'index') return t.index;
    const m = model(this.context);
    return grid({ sheet: t.table.sheet, area: this._area(t) }, 'TableRow.values', (r, c) => m.value(t.table.sheet, r, c).v);
  }

  get index(): number {
    return this._get('index');
  }

  get values(): unknown[][] {
    return this._get('values');
  }
  set values(value: unknown) {
    this._set('values', value, (t, v, location) =>
      model(this.context).writeValues(t.table.sheet, this._area(t), v, { location, triggerSource: 'ThisLocalAddin' }),
    );
  }

  getRange(): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this._target('TableRow.getRange');
        return { sheet: t.table.sheet, area: this._area(t) };
      },
      this,
    );
  }

  delete(): void {
    this._method('delete', (t) => model(this.context).deleteTableRow(t.table, t.index, 'TableRow.delete'));
  }
}

type ColumnT = { table: TableModel; id: number };

function columnIndexOf(t: ColumnT, location: string): number {
  const index = t.table.columnIds.indexOf(t.id);
  if (index < 0) throw itemNotFound(location);
  return index;
}

export class SimTableColumnCollection extends SimCollection<TableModel, ColumnT, SimTableColumn> {
  protected readonly _scalars = ['count'] as const;

  constructor(context: BatchContext, parent: SimTable) {
    super(context, 'TableColumnCollection', () => parent._target('Table.columns'), parent);
  }

  protected override _alive(t: TableModel): boolean {
    return !t.deleted;
  }

  protected _read(t: TableModel): unknown {
    return t.area.columnCount;
  }

  protected _list(t: TableModel): ColumnT[] {
    return t.columnIds.map((id) => ({ table: t, id }));
  }

  protected _item(column: ColumnT): SimTableColumn {
    return new SimTableColumn(this.context, () => column);
  }

  get count(): number {
    return this._get('count');
  }

  private _find(t: TableModel, key: number | string): ColumnT | null {
    if (typeof key === 'number') return t.columnIds.includes(key) ? { table: t, id: key } : null;
    const names = t.columnNames();
    const index = names.findIndex((n) => n.toLowerCase() === String(key).toLowerCase());
    if (index >= 0) return { table: t, id: t.columnIds[index] };
    const id = Number(key);
    return Number.isInteger(id) && t.columnIds.includes(id) ? { table: t, id } : null;
  }

  getItem(key: number | string): SimTableColumn {
    return new SimTableColumn(
      this.context,
      () => this._find(this._target('TableColumnCollection.getItem'), key) ?? throwNotFound('TableColumnCollection.getItem'),
      this,
    );
  }

  getItemOrNullObject(key: number | string): SimTableColumn {
    return new SimTableColumn(this.context, () => this._find(this._target('TableColumnCollection.getItemOrNullObject'), key), this);
  }

  getItemAt(index: number): SimTableColumn {
    return new SimTableColumn(
      this.context,
      () => {
        const t = this._target('TableColumnCollection.getItemAt');
        const id = t.columnIds[index];
        if (id === undefined) throw invalidArgument('TableColumnCollection.getItemAt');
        return { table: t, id };
      },
      this,
    );
  }

  add(index?: number | null, values?: unknown, name?: string): SimTableColumn {
    let added: ColumnT | undefined;
    this._method(
      'add',
      (t) => {
        const id = model(this.context).addTableColumn(t, index, values, name, 'TableColumnCollection.add');
        added = { table: t, id };
      },
      values,
    );
    return new SimTableColumn(this.context, () => added!, this);
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this._queue('TableColumnCollection.getCount', () => result._resolve(this._target('TableColumnCollection.getCount').area.columnCount));
    return result;
  }
}

export class SimTableColumn extends SimObject<ColumnT> {
  protected readonly _scalars = ['id', 'index', 'name', 'values'] as const;

  constructor(context: BatchContext, resolve: () => ColumnT | null, parent?: SimObject<unknown>) {
    super(context, 'TableColumn', resolve, parent);
  }

  protected override _alive(t: ColumnT): boolean {
    return !t.table.deleted && t.table.columnIds.includes(t.id);
  }

  private _area(t: ColumnT, part: 'all' | 'body' | 'header' | 'totals', location: string): Area {
    const index = columnIndexOf(t, location);
    const base = part === 'all' ? t.table.area : part === 'body' ? t.table.bodyArea : part === 'header' ? t.table.headerArea : t.table.totalsArea;
    if (!base) throw itemNotFound(location);
    return { ...base, column: t.table.area.column + index, columnCount: 1 };
  }

  protected _read(t: ColumnT, name: string): unknown {
    const location = `TableColumn.${name}`;
    switch (name) {
      case 'id':
        return t.id;
      case 'index':
        return columnIndexOf(t, location);
      case 'name':
        return t.table.columnNames()[columnIndexOf(t, location)];
      case 'values': {
        const m = model(this.context);
        return grid({ sheet: t.table.sheet, area: this._area(t, 'all', location) }, location, (r, c) => m.value(t.table.sheet, r, c).v);
      }
    }
    return undefined;
  }

  get id(): number {
    return this._get('id');
  }
  get index(): number {
    return this._get('index');
  }

  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._set('name', value, (t, v, location) => {
      const m = model(this.context);
      const index = columnIndexOf(t, location);
      m.validateColumnName(t.table, v, location, index);
      m.writeValues(t.table.sheet, this._area(t, 'header', location), [[v]], { location, triggerSource: 'ThisLocalAddin' });
    });
  }

  get values(): unknown[][] {
    return this._get('values');
  }
  set values(value: unknown) {
    this._set('values', value, (t, v, location) => {
      model(this.context).writeValues(t.table.sheet, this._area(t, 'all', location), v, { location, triggerSource: 'ThisLocalAddin' });
    });
  }

  private _range(name: string, part: 'all' | 'body' | 'header' | 'totals'): SimRange {
    const location = `TableColumn.${name}`;
    return new SimRange(
      this.context,
      () => {
        const t = this._target(location);
        return { sheet: t.table.sheet, area: this._area(t, part, location) };
      },
      this,
    );
  }

  getRange(): SimRange {
    return this._range('getRange', 'all');
  }
  getDataBodyRange(): SimRange {
    return this._range('getDataBodyRange', 'body');
  }
  getHeaderRowRange(): SimRange {
    return this._range('getHeaderRowRange', 'header');
  }
  getTotalRowRange(): SimRange {
    return this._range('getTotalRowRange', 'totals');
  }

  delete(): void {
    this._method('delete', (t) => model(this.context).deleteTableColumn(t.table, columnIndexOf(t, 'TableColumn.delete'), 'TableColumn.delete'));
  }
}
