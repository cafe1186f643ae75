// The workbook itself: sheets stored as sparse row arrays, tables, formats,
// validation, conditional formats, and the operations both the API proxies and
// the simulated user apply to it. Nothing here knows about batches or sync.
import { Area, boundingArea, cellRef, contains, formatAddress, intersect, isEntireColumns, isEntireRows, MAX_COLUMNS, MAX_ROWS } from './address';
import { ErrorCodes, ExcelSimError, insertDeleteConflict, invalidArgument, invalidOperation, itemAlreadyExists, itemNotFound, Messages } from './errors';
import { EvalEnv, EvalValue, evaluateFormula, isValidFormula, parseFormula, evaluateNode, Scalar, XError } from './formula';
import { CellValue, SIM_LOCALES, SimLocale, formatValue, isGeneral, isTextFormat, parseInput, roundTo15 } from './values';

export type StyleKey = 'nf' | 'bold' | 'italic' | 'color' | 'fill' | 'hAlign' | 'vAlign' | 'wrap' | 'fontName' | 'fontSize' | 'underline';
export const STYLE_KEYS: StyleKey[] = ['nf', 'bold', 'italic', 'color', 'fill', 'hAlign', 'vAlign', 'wrap', 'fontName', 'fontSize', 'underline'];

export interface Style {
  nf?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  fontName?: string;
  fontSize?: number;
  underline?: string;
}

export const DEFAULT_STYLE: Required<Style> = {
  nf: 'General',
  bold: false,
  italic: false,
  color: '#000000',
  fill: '',
  hAlign: 'General',
  vAlign: 'Bottom',
  wrap: false,
  fontName: 'Aptos Narrow',
  fontSize: 11,
  underline: 'None',
};

export interface Cell extends Style {
  /** Constant value, or a formula's last result; '' when empty. */
  v: CellValue;
  /** v is an error value (#N/A ...). */
  e?: boolean;
  /** Formula text, with its "=". */
  f?: string;
  /** The calculation version v was computed in (formulas only). */
  calc?: number;
}

/** Points: Excel's default column width (8.43 characters) and row height. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export interface ValidationRule {
  area: Area;
  rule: Record<string, unknown>;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  area: Area;
  type: string;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  stopIfTrue: boolean;
  priority: number;
}

export type ChangeType = 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted' | 'CellInserted' | 'CellDeleted';

export interface ChangeRecord {
  sheet: SheetModel;
  area: Area;
  changeType: ChangeType;
  /** "ThisLocalAddin" for API writes, "Unknown" for the user's edits (Excel's triggerSource). */
  triggerSource: 'ThisLocalAddin' | 'Unknown';
  details?: { valueBefore: CellValue; valueAfter: CellValue; valueTypeBefore: string; valueTypeAfter: string };
}

export type ChangedHandler = (event: Record<string, unknown>) => unknown;

let sheetCounter = 0;

export class SheetModel {
  readonly id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  showGridlines = true;
  rows: (Cell | undefined)[][] = [];
  readonly colStyles = new Map<number, Style>();
  readonly rowStyles = new Map<number, Style>();
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  frozenRows = 0;
  frozenColumns = 0;
  validations: ValidationRule[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  readonly changedHandlers = new Set<ChangedHandler>();
  readonly selectionHandlers = new Set<ChangedHandler>();
  selection: Area = { row: 0, column: 0, rowCount: 1, columnCount: 1 };
  deleted = false;
  private usedCache: { all: Area | null; values: Area | null } | null = null;

  constructor(name: string) {
    this.name = name;
    const n = sheetCounter++;
    this.id = `{00000000-0001-0000-${n.toString(16).toUpperCase().padStart(4, '0')}-000000000000}`;
  }

  touch(): void {
    this.usedCache = null;
  }

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row]?.[column];
  }

  ensure(row: number, column: number): Cell {
    let r = this.rows[row];
    if (!r) {
      r = [];
      this.rows[row] = r;
    }
    let c = r[column];
    if (!c) {
      c = { v: '' };
      r[column] = c;
    }
    return c;
  }

  /** A style property as the cell shows it: its own, else its row's, else its column's, else Excel's default. */
  style<K extends StyleKey>(row: number, column: number, key: K): Required<Style>[K] {
    const own = this.rows[row]?.[column]?.[key];
    if (own !== undefined) return own as Required<Style>[K];
    const fromRow = this.rowStyles.get(row)?.[key];
    if (fromRow !== undefined) return fromRow as Required<Style>[K];
    const fromColumn = this.colStyles.get(column)?.[key];
    if (fromColumn !== undefined) return fromColumn as Required<Style>[K];
    return DEFAULT_STYLE[key];
  }

  numberFormat(row: number, column: number): string {
    return this.style(row, column, 'nf');
  }

  columnWidth(column: number): number {
    return this.colWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Rows that exist in storage within [from, to). */
  *rowIndexes(from: number, to: number): Iterable<number> {
    const end = Math.min(to, this.rows.length);
    for (let r = Math.max(0, from); r < end; r++) if (this.rows[r]) yield r;
  }

  /** The used range: cells with a value or a format of their own (valuesOnly: with a value). */
  usedArea(valuesOnly = false): Area | null {
    if (!this.usedCache) this.usedCache = { all: this.computeUsed(false), values: this.computeUsed(true) };
    return valuesOnly ? this.usedCache.values : this.usedCache.all;
  }

  private computeUsed(valuesOnly: boolean): Area | null {
    let minR = Infinity;
    let maxR = -1;
    let minC = Infinity;
    let maxC = -1;
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell) continue;
        const used = cell.v !== '' || cell.f !== undefined || (!valuesOnly && STYLE_KEYS.some((k) => cell[k] !== undefined));
        if (!used) continue;
        if (r < minR) minR = r;
        if (r > maxR) maxR = r;
        if (c < minC) minC = c;
        if (c > maxC) maxC = c;
      }
    }
    if (maxR < 0) return null;
    return { row: minR, column: minC, rowCount: maxR - minR + 1, columnCount: maxC - minC + 1 };
  }
}

export class TableModel {
  name: string;
  readonly id: string;
  readonly legacyId: string;
  sheet: SheetModel;
  /** The whole table: header row, body, totals row. */
  area: Area;
  showHeaders = true;
  showTotals = false;
  style = 'TableStyleMedium2';
  showBandedRows = true;
  showBandedColumns = false;
  showFilterButton = true;
  highlightFirstColumn = false;
  highlightLastColumn = false;
  columnIds: number[];
  nextColumnId: number;
  deleted = false;

  constructor(id: number, name: string, sheet: SheetModel, area: Area) {
    this.id = String(id);
    this.legacyId = String(id);
    this.name = name;
    this.sheet = sheet;
    this.area = area;
    this.columnIds = Array.from({ length: area.columnCount }, (_, i) => i + 1);
    this.nextColumnId = area.columnCount + 1;
  }

  get headerArea(): Area | null {
    return this.showHeaders ? { ...this.area, rowCount: 1 } : null;
  }

  get bodyArea(): Area {
    const top = this.area.row + (this.showHeaders ? 1 : 0);
    const rows = this.area.rowCount - (this.showHeaders ? 1 : 0) - (this.showTotals ? 1 : 0);
    return { row: top, column: this.area.column, rowCount: Math.max(rows, 0), columnCount: this.area.columnCount };
  }

  get totalsArea(): Area | null {
    return this.showTotals ? { row: this.area.row + this.area.rowCount - 1, column: this.area.column, rowCount: 1, columnCount: this.area.columnCount } : null;
  }

  columnNames(): string[] {
    const names: string[] = [];
    for (let i = 0; i < this.area.columnCount; i++) {
      const cell = this.sheet.cell(this.area.row, this.area.column + i);
      names.push(cell && cell.v !== '' ? String(cell.v) : `Column${i + 1}`);
    }
    return names;
  }
}

export interface WriteOptions {
  /** "values", "formulas" (the same parse in Excel) */
  location: string;
  triggerSource: 'ThisLocalAddin' | 'Unknown';
}

export type FormulaEvaluatorHook = (formula: string, info: { sheet: string; row: number; column: number; address: string }) => CellValue | XError | undefined;

export type CustomFunction = (args: unknown[], info: { address: string }) => unknown;

const MAX_TEXT = 32_767;

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  activeSheet: SheetModel;
  calcVersion = 1;
  /** Bumped on every change that a viewer should re-render for. */
  version = 1;
  changes: ChangeRecord[] = [];
  formulaEvaluator: FormulaEvaluatorHook | null = null;
  readonly functions = new Map<string, CustomFunction>();
  private readonly asyncResults = new Map<string, { done: boolean; value: EvalValue }>();
  onAsyncResult: (() => void) | null = null;
  now: () => Date = () => new Date();
  /** How cells show numbers (Range.text, the grid): the played Office's locale. */
  locale: SimLocale = SIM_LOCALES['en-US'];
  private nextTableId = 1;
  private nextCfId = 1;
  private readonly evaluating = new Set<Cell>();

  constructor(sheetNames: string[] = ['Sheet1']) {
    for (const name of sheetNames) this.sheets.push(new SheetModel(name));
    this.activeSheet = this.sheets[0];
  }

  // ------------------------------------------------------------ sheets

  findSheet(nameOrId: string): SheetModel | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === nameOrId);
  }

  getSheet(nameOrId: string, location: string): SheetModel {
    const sheet = this.findSheet(nameOrId);
    if (!sheet) throw itemNotFound(location);
    return sheet;
  }

  validateSheetName(name: unknown, location: string, except?: SheetModel): string {
    if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw invalidArgument(location);
    }
    if (name.toLowerCase() === 'history') throw invalidArgument(location);
    const other = this.findSheet(name);
    if (other && other !== except && other.name.toLowerCase() === name.toLowerCase()) throw itemAlreadyExists(location);
    return name;
  }

  addSheet(name: string | undefined, location = 'WorksheetCollection.add'): SheetModel {
    let finalName = name;
    if (finalName === undefined || finalName === null) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    this.validateSheetName(finalName, location);
    const sheet = new SheetModel(finalName);
    this.sheets.push(sheet);
    this.bump();
    return sheet;
  }

  deleteSheet(sheet: SheetModel, location = 'Worksheet.delete'): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) throw invalidOperation(location);
    this.tables = this.tables.filter((t) => {
      if (t.sheet !== sheet) return true;
      t.deleted = true;
      return false;
    });
    this.sheets = this.sheets.filter((s) => s !== sheet);
    sheet.deleted = true;
    if (this.activeSheet === sheet) this.activeSheet = this.sheets.find((s) => s.visibility === 'Visible') ?? this.sheets[0];
    this.bumpCalc();
  }

  renameSheet(sheet: SheetModel, name: string, location = 'Worksheet.name'): void {
    if (sheet.name === name) return;
    this.validateSheetName(name, location, sheet);
    sheet.name = name;
    this.bumpCalc();
  }

  moveSheet(sheet: SheetModel, position: number, location = 'Worksheet.position'): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) throw invalidArgument(location);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
    this.bump();
  }

  // ------------------------------------------------------------ versions

  bump(): void {
    this.version++;
  }

  bumpCalc(): void {
    this.calcVersion++;
    this.version++;
  }

  // ------------------------------------------------------------ reading

  /** The value of a cell as Range.values reports it (a formula's current result). */
  value(sheet: SheetModel, row: number, column: number): { v: CellValue; e: boolean } {
    const cell = sheet.rows[row]?.[column];
    if (!cell) return EMPTY;
    if (cell.f !== undefined && cell.calc !== this.calcVersion) this.calculate(sheet, row, column, cell);
    return { v: cell.v, e: cell.e === true };
  }

  formula(sheet: SheetModel, row: number, column: number): CellValue {
    const cell = sheet.rows[row]?.[column];
    if (!cell) return '';
    if (cell.f !== undefined) return cell.f;
    return cell.v;
  }

  text(sheet: SheetModel, row: number, column: number): string {
    const { v, e } = this.value(sheet, row, column);
    if (v === '' && !e) return '';
    return formatValue(v, sheet.numberFormat(row, column), e, this.locale);
  }

  valueType(sheet: SheetModel, row: number, column: number): string {
    const { v, e } = this.value(sheet, row, column);
    if (e) return 'Error';
    if (v === '') return sheet.rows[row]?.[column]?.f !== undefined ? 'String' : 'Empty';
    if (typeof v === 'number') return 'Double';
    if (typeof v === 'boolean') return 'Boolean';
    return 'String';
  }

  private calculate(sheet: SheetModel, row: number, column: number, cell: Cell): void {
    if (this.evaluating.has(cell)) {
      // circular reference: Excel shows 0
      cell.v = 0;
      cell.e = undefined;
      return;
    }
    this.evaluating.add(cell);
    try {
      const result = this.evaluate(cell.f!, sheet, row, column);
      cell.v = result.v;
      cell.e = result.e || undefined;
      cell.calc = this.calcVersion;
    } finally {
      this.evaluating.delete(cell);
    }
  }

  evalEnv(sheet: SheetModel, rowShift = 0, colShift = 0): EvalEnv {
    return {
      sheet: sheet.name,
      rowShift,
      colShift,
      cell: (name, r, c): Scalar => {
        const target = name === sheet.name ? sheet : this.findSheet(name);
        if (!target) return new XError('#REF!');
        const { v, e } = this.value(target, r, c);
        if (e) return new XError(String(v));
        if (v === '' && target.rows[r]?.[c]?.f === undefined) return null;
        return v;
      },
      usedRows: (name) => {
        const target = this.findSheet(name);
        const used = target?.usedArea(true);
        return used ? used.row + used.rowCount : 0;
      },
      usedColumns: (name) => {
        const target = this.findSheet(name);
        const used = target?.usedArea(true);
        return used ? used.column + used.columnCount : 0;
      },
      callFunction: (name, args) => this.callCustom(name, args, `${sheet.name}`),
      now: this.now,
    };
  }

  private evaluate(formula: string, sheet: SheetModel, row: number, column: number): { v: CellValue; e: boolean } {
    if (this.formulaEvaluator) {
      const custom = this.formulaEvaluator(formula, { sheet: sheet.name, row, column, address: cellRef(sheet.name, row, column) });
      if (custom instanceof XError) return { v: custom.code, e: true };
      if (custom !== undefined) return { v: typeof custom === 'number' ? roundTo15(custom) : custom, e: false };
    }
    const result = evaluateFormula(formula, this.evalEnv(sheet));
    return { v: result.value, e: result.error };
  }

  private callCustom(name: string, args: EvalValue[], where: string): EvalValue | undefined {
    const fn = this.functions.get(name.toUpperCase());
    if (!fn) return undefined;
    const plain = args.map((a) => toPlain(a));
    const key = `${name.toUpperCase()}(${JSON.stringify(plain)})`;
    const cached = this.asyncResults.get(key);
    if (cached) return cached.done ? cached.value : new XError('#BUSY!');
    let result: unknown;
    try {
      result = fn(plain, { address: where });
    } catch (error) {
      return errorOf(error);
    }
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      const entry = { done: false, value: null as EvalValue };
      this.asyncResults.set(key, entry);
      (result as Promise<unknown>).then(
        (value) => {
          entry.done = true;
          entry.value = fromPlain(value);
          this.bumpCalc();
          this.onAsyncResult?.();
        },
        (error) => {
          entry.done = true;
          entry.value = errorOf(error);
          this.bumpCalc();
          this.onAsyncResult?.();
        },
      );
      return new XError('#BUSY!');
    }
    return fromPlain(result);
  }

  /**
   * Calculates every stale formula now, as Excel's automatic calculation does after a
   * change. Only needed when functions have side effects (custom functions start their
   * requests); otherwise formulas are calculated when read.
   */
  calculateAll(): void {
    for (const sheet of this.sheets) {
      const rows = sheet.rows;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        if (!row) continue;
        for (let c = 0; c < row.length; c++) {
          const cell = row[c];
          if (cell && cell.f !== undefined && cell.calc !== this.calcVersion) this.calculate(sheet, r, c, cell);
        }
      }
    }
  }

  /** Whether formulas call out (custom functions, an evaluator hook) and so are calculated eagerly. */
  get eagerCalculation(): boolean {
    return this.functions.size > 0 || this.formulaEvaluator !== null;
  }

  /** Forget custom functions' results so they are called again (Excel's full recalculation). */
  recalculate(full = false): void {
    if (full) this.asyncResults.clear();
    this.bumpCalc();
  }

  /** Evaluates a conditional format's formula for one cell of its range (relative references shift). */
  conditionalFormatApplies(sheet: SheetModel, cf: ConditionalFormatModel, row: number, column: number): boolean {
    try {
      const node = parseFormula(cf.formula);
      const env = this.evalEnv(sheet, row - cf.area.row, column - cf.area.column);
      let result = evaluateNode(node, env);
      if (Array.isArray(result)) result = result[0]?.[0] ?? null;
      if (result instanceof XError || result === null) return false;
      if (typeof result === 'boolean') return result;
      if (typeof result === 'number') return result !== 0;
      return false;
    } catch {
      return false;
    }
  }

  // ------------------------------------------------------------ writing cells

  /** Checks a 2D array (or a single value that fills the area) against the area's size. */
  checkShape(area: Area, input: unknown, location: string): void {
    if (!Array.isArray(input)) {
      if (input !== null && typeof input === 'object') throw invalidArgument(location);
      return;
    }
    if (input.length !== area.rowCount) throw invalidArgument(location, Messages.sizeMismatch);
    for (const row of input) {
      if (!Array.isArray(row) || row.length !== area.columnCount) throw invalidArgument(location, Messages.sizeMismatch);
    }
  }

  /** Range.values / Range.formulas / the user typing: every string parsed as Excel does. */
  writeValues(sheet: SheetModel, area: Area, input: unknown, options: WriteOptions): void {
    this.checkShape(area, input, options.location);
    const isArray = Array.isArray(input);
    if (!isArray) this.checkHuge(area, options.location);
    // validate every value before changing anything: the command fails as a whole
    const rows = isArray ? (input as unknown[][]) : null;
    if (rows) {
      for (const row of rows) for (const v of row) checkScalar(v, options.location);
    } else {
      checkScalar(input, options.location);
    }
    const single = area.rowCount === 1 && area.columnCount === 1;
    let before: { v: CellValue; e: boolean } | null = null;
    if (single) before = this.value(sheet, area.row, area.column);
    for (let i = 0; i < area.rowCount; i++) {
      const r = area.row + i;
      const source = rows ? rows[i] : null;
      for (let j = 0; j < area.columnCount; j++) {
        const v = source ? source[j] : input;
        if (v === null || v === undefined) continue; // Excel leaves the cell alone
        this.setCell(sheet, r, area.column + j, v);
      }
    }
    this.afterContentChange(sheet, area);
    const record: ChangeRecord = { sheet, area, changeType: 'RangeEdited', triggerSource: options.triggerSource };
    if (single && before) {
      const after = this.value(sheet, area.row, area.column);
      record.details = {
        valueBefore: before.v,
        valueAfter: after.v,
        valueTypeBefore: before.e ? 'Error' : typeName(before.v),
        valueTypeAfter: after.e ? 'Error' : typeName(after.v),
      };
    }
    this.changes.push(record);
  }

  private setCell(sheet: SheetModel, row: number, column: number, v: unknown): void {
    const nf = sheet.numberFormat(row, column);
    if (typeof v === 'number') {
      const cell = sheet.ensure(row, column);
      clearContent(cell);
      // a number entered in a Text cell is stored as text, as when typed
      cell.v = isTextFormat(nf) ? String(roundTo15(v)) : roundTo15(v);
      return;
    }
    if (typeof v === 'boolean') {
      const cell = sheet.ensure(row, column);
      clearContent(cell);
      cell.v = isTextFormat(nf) ? (v ? 'TRUE' : 'FALSE') : v;
      return;
    }
    if (typeof v === 'string' && v !== '' && (isTextFormat(nf) || isPlainText(v))) {
      // fast path for the common case: text that stays text
      const cell = sheet.ensure(row, column);
      clearContent(cell);
      cell.v = v;
      return;
    }
    const parsed = parseInput(String(v), nf, this.now());
    if (parsed.kind === 'empty') {
      const cell = sheet.rows[row]?.[column];
      if (cell) clearContent(cell);
      return;
    }
    const cell = sheet.ensure(row, column);
    clearContent(cell);
    if (parsed.kind === 'formula') {
      cell.f = parsed.formula;
      cell.calc = -1;
      return;
    }
    cell.v = parsed.value;
    if (parsed.error) cell.e = true;
    if (parsed.format && isGeneral(nf)) cell.nf = parsed.format;
  }

  private checkHuge(area: Area, location: string): void {
    if (area.rowCount * area.columnCount > 5_000_000) {
      throw new ExcelSimError(ErrorCodes.rangeExceedsLimit, Messages.rangeExceedsLimit, location);
    }
  }

  afterContentChange(sheet: SheetModel, area: Area): void {
    sheet.touch();
    for (const table of this.tables) {
      if (table.sheet !== sheet || !table.headerArea) continue;
      if (intersect(table.headerArea, area)) this.normalizeHeaders(table);
    }
    this.bumpCalc();
  }

  /** Number formats / styles, from a single value or a 2D array. Whole columns and rows are stored once. */
  writeStyle<K extends StyleKey>(sheet: SheetModel, area: Area, key: K, input: Style[K] | Style[K][][] | null, location: string): void {
    if (Array.isArray(input)) {
      this.checkShape(area, input, location);
      const rows = input as Style[K][][];
      for (let i = 0; i < area.rowCount; i++) {
        const source = rows[i];
        for (let j = 0; j < area.columnCount; j++) {
          const v = source[j];
          if (v === null || v === undefined) continue;
          (sheet.ensure(area.row + i, area.column + j) as Style)[key] = v;
        }
      }
    } else if (input !== null && input !== undefined) {
      this.fillStyle(sheet, area, key, input);
    }
    sheet.touch();
    if (key === 'nf') this.bumpCalc();
    else this.bump();
  }

  /** One style value (or undefined: none) for every cell of the area. */
  fillStyle<K extends StyleKey>(sheet: SheetModel, area: Area, key: K, value: Style[K] | undefined): void {
    const lastRow = area.row + area.rowCount;
    const lastCol = area.column + area.columnCount;
    if (isEntireColumns(area)) {
      for (let c = area.column; c < lastCol && c < area.column + 1000; c++) {
        const style = sheet.colStyles.get(c) ?? {};
        if (value === undefined) delete style[key];
        else style[key] = value;
        sheet.colStyles.set(c, style);
      }
      for (const style of sheet.rowStyles.values()) delete style[key];
      for (const r of sheet.rowIndexes(0, sheet.rows.length)) {
        const row = sheet.rows[r];
        for (let c = area.column; c < Math.min(lastCol, row.length); c++) if (row[c]) delete row[c]![key];
      }
      return;
    }
    if (isEntireRows(area)) {
      for (let r = area.row; r < lastRow; r++) {
        const style = sheet.rowStyles.get(r) ?? {};
        if (value === undefined) delete style[key];
        else style[key] = value;
        sheet.rowStyles.set(r, style);
      }
      for (const r of sheet.rowIndexes(area.row, lastRow)) for (const cell of sheet.rows[r]) if (cell) delete cell[key];
      return;
    }
    this.checkHuge(area, 'Range.format');
    for (let r = area.row; r < lastRow; r++) {
      for (let c = area.column; c < lastCol; c++) {
        if (value === undefined) {
          const cell = sheet.rows[r]?.[c];
          if (cell) delete cell[key];
        } else {
          (sheet.ensure(r, c) as Style)[key] = value;
        }
      }
    }
  }

  clear(sheet: SheetModel, area: Area, applyTo: string, triggerSource: 'ThisLocalAddin' | 'Unknown', location = 'Range.clear'): void {
    const mode = (applyTo || 'All').toLowerCase();
    const contents = mode === 'all' || mode === 'contents' || mode === 'resetcontents';
    const formats = mode === 'all' || mode === 'formats';
    if (!contents && !formats && mode !== 'hyperlinks' && mode !== 'removehyperlinks') throw invalidArgument(location);
    const lastRow = area.row + area.rowCount;
    const lastCol = area.column + area.columnCount;
    for (const r of sheet.rowIndexes(area.row, lastRow)) {
      const row = sheet.rows[r];
      for (let c = area.column; c < Math.min(lastCol, row.length); c++) {
        const cell = row[c];
        if (!cell) continue;
        if (contents) clearContent(cell);
        if (formats) for (const k of STYLE_KEYS) delete cell[k];
        if (contents && formats) row[c] = undefined;
      }
    }
    if (formats) {
      if (isEntireColumns(area)) for (let c = area.column; c < lastCol; c++) sheet.colStyles.delete(c);
      if (isEntireRows(area)) for (let r = area.row; r < lastRow; r++) sheet.rowStyles.delete(r);
      sheet.validations = sheet.validations.filter((v) => !contains(area, v.area));
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !contains(area, cf.area));
    }
    if (contents) {
      this.afterContentChange(sheet, area);
      this.changes.push({ sheet, area, changeType: 'RangeEdited', triggerSource });
    } else {
      sheet.touch();
      this.bump();
    }
  }

  // ------------------------------------------------------------ insert / delete

  /**
   * Shifts cells: inserts (n > 0) or deletes (n < 0) |n| rows ('rows') or columns ('cols')
   * at `at`, within the cross span [spanStart, spanStart + spanCount). Tables move, grow
   * or shrink with the cells; one that would be cut in two is a conflict, as in Excel.
   */
  shift(sheet: SheetModel, axis: 'rows' | 'cols', at: number, spanStart: number, spanCount: number, n: number, location: string, growTable?: TableModel): void {
    const rowsAxis = axis === 'rows';
    const mainOf = (a: Area) => (rowsAxis ? [a.row, a.row + a.rowCount] : [a.column, a.column + a.columnCount]);
    const crossOf = (a: Area) => (rowsAxis ? [a.column, a.column + a.columnCount] : [a.row, a.row + a.rowCount]);
    const spanEnd = spanStart + spanCount;
    const count = Math.abs(n);
    const plans: { table: TableModel; action: 'shift' | 'grow' | 'shrink' | 'remove'; by: number; start?: number; removedOffsets?: number[] }[] = [];
    for (const table of this.tables) {
      if (table.sheet !== sheet) continue;
      const [mStart, mEnd] = mainOf(table.area);
      const [cStart, cEnd] = crossOf(table.area);
      if (cEnd <= spanStart || cStart >= spanEnd) continue;
      if (mEnd <= at && !(table === growTable && mEnd === at)) continue;
      const within = cStart >= spanStart && cEnd <= spanEnd;
      if (!within) throw insertDeleteConflict(location);
      if (n > 0) {
        if (table === growTable || (mStart < at && at < mEnd)) plans.push({ table, action: 'grow', by: n });
        else plans.push({ table, action: 'shift', by: n });
      } else {
        const delEnd = at + count;
        if (mStart >= delEnd) {
          plans.push({ table, action: 'shift', by: n });
          continue;
        }
        const overlapStart = Math.max(mStart, at);
        const overlapEnd = Math.min(mEnd, delEnd);
        const removed = overlapEnd - overlapStart;
        if (removed >= mEnd - mStart) {
          plans.push({ table, action: 'remove', by: 0 });
          continue;
        }
        if (rowsAxis && table.showHeaders && overlapStart === mStart) throw insertDeleteConflict(location);
        const offsets: number[] = [];
        for (let k = overlapStart; k < overlapEnd; k++) offsets.push(k - mStart);
        plans.push({ table, action: 'shrink', by: removed, start: Math.min(mStart, at), removedOffsets: offsets });
      }
    }
    // move the cells
    if (rowsAxis) this.shiftRows(sheet, at, spanStart, spanCount, n);
    else this.shiftColumns(sheet, at, spanStart, spanCount, n);
    // move the tables
    for (const plan of plans) {
      const t = plan.table;
      const a = { ...t.area };
      if (plan.action === 'remove') {
        t.deleted = true;
        this.tables = this.tables.filter((x) => x !== t);
        continue;
      }
      if (rowsAxis) {
        if (plan.action === 'shift') a.row += plan.by;
        else if (plan.action === 'grow') a.rowCount += plan.by;
        else {
          a.row = plan.start!;
          a.rowCount -= plan.by;
          const minRows = (t.showHeaders ? 1 : 0) + (t.showTotals ? 1 : 0) + 1;
          if (a.rowCount < minRows) a.rowCount = minRows;
        }
      } else {
        if (plan.action === 'shift') a.column += plan.by;
        else if (plan.action === 'grow') {
          const offset = at - a.column;
          const ids = Array.from({ length: plan.by }, () => t.nextColumnId++);
          t.columnIds.splice(offset, 0, ...ids);
          a.columnCount += plan.by;
        } else {
          a.column = plan.start!;
          a.columnCount -= plan.by;
          const removed = new Set(plan.removedOffsets);
          t.columnIds = t.columnIds.filter((_, i) => !removed.has(i));
        }
      }
      t.area = a;
      if (!rowsAxis) this.normalizeHeaders(t);
    }
    // validation and conditional formats below/right of the change move along
    const moveArea = (area: Area): Area | null => {
      const [mStart] = mainOf(area);
      const [cStart, cEnd] = crossOf(area);
      if (cStart < spanStart || cEnd > spanEnd || mStart < at) return area;
      if (n < 0 && mStart < at + count) return null;
      return rowsAxis ? { ...area, row: area.row + n } : { ...area, column: area.column + n };
    };
    sheet.validations = sheet.validations.flatMap((v) => {
      const area = moveArea(v.area);
      return area ? [{ ...v, area }] : [];
    });
    sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => {
      const area = moveArea(cf.area);
      return area ? [{ ...cf, area }] : [];
    });
    sheet.touch();
    this.bumpCalc();
  }

  private shiftRows(sheet: SheetModel, at: number, spanStart: number, spanCount: number, n: number): void {
    const spanEnd = Math.min(spanStart + spanCount, MAX_COLUMNS);
    const entire = spanStart === 0 && spanCount >= MAX_COLUMNS;
    if (entire) {
      if (n > 0) {
        if (sheet.rows.length > at) sheet.rows.splice(at, 0, ...new Array<(Cell | undefined)[]>(n));
        shiftMap(sheet.rowStyles, at, n);
        shiftMap(sheet.rowHeights, at, n);
        // inserted rows take the format of the row above
        if (at > 0 && sheet.rows[at - 1]) {
          const above = sheet.rows[at - 1];
          for (let k = 0; k < n; k++) copyStyles(above, sheet, at + k, 0, above.length);
        }
      } else {
        sheet.rows.splice(at, -n);
        shiftMap(sheet.rowStyles, at, n);
        shiftMap(sheet.rowHeights, at, n);
      }
      return;
    }
    const last = sheet.rows.length;
    if (n > 0) {
      for (let r = last - 1; r >= at; r--) {
        const row = sheet.rows[r];
        if (!row) continue;
        for (let c = spanStart; c < Math.min(spanEnd, row.length); c++) {
          const cell = row[c];
          if (!cell) continue;
          row[c] = undefined;
          const targetRow = sheet.rows[r + n] ?? (sheet.rows[r + n] = []);
          targetRow[c] = cell;
        }
      }
      if (at > 0 && sheet.rows[at - 1]) {
        const above = sheet.rows[at - 1];
        for (let k = 0; k < n; k++) copyStyles(above, sheet, at + k, spanStart, Math.min(spanEnd, above.length));
      }
    } else {
      const count = -n;
      for (let r = at; r < last; r++) {
        const from = sheet.rows[r + count];
        let row = sheet.rows[r];
        if (!row && !from) continue;
        if (!row) row = sheet.rows[r] = [];
        for (let c = spanStart; c < Math.min(spanEnd, Math.max(row.length, from?.length ?? 0)); c++) {
          row[c] = from?.[c];
          if (from) from[c] = undefined;
        }
      }
    }
  }

  private shiftColumns(sheet: SheetModel, at: number, spanStart: number, spanCount: number, n: number): void {
    const spanEnd = Math.min(spanStart + spanCount, MAX_ROWS);
    for (const r of sheet.rowIndexes(spanStart, spanEnd)) {
      const row = sheet.rows[r];
      if (row.length <= at) continue;
      if (n > 0) {
        row.splice(at, 0, ...new Array<Cell | undefined>(n));
        const left = at > 0 ? row[at - 1] : undefined;
        if (left) for (let k = 0; k < n; k++) row[at + k] = styleOnly(left);
      } else {
        row.splice(at, -n);
      }
    }
    if (spanStart === 0 && spanCount >= MAX_ROWS) {
      shiftMap(sheet.colStyles, at, n);
      shiftMap(sheet.colWidths, at, n);
    }
  }

  insertRange(sheet: SheetModel, area: Area, shift: string, triggerSource: 'ThisLocalAddin' | 'Unknown', location = 'Range.insert'): Area {
    const down = (shift || '').toLowerCase() === 'down';
    if (!down && (shift || '').toLowerCase() !== 'right') throw invalidArgument(location);
    if (down) this.shift(sheet, 'rows', area.row, area.column, area.columnCount, area.rowCount, location);
    else this.shift(sheet, 'cols', area.column, area.row, area.rowCount, area.columnCount, location);
    const changeType: ChangeType = down ? (isEntireRows(area) ? 'RowInserted' : 'CellInserted') : isEntireColumns(area) ? 'ColumnInserted' : 'CellInserted';
    this.changes.push({ sheet, area, changeType, triggerSource });
    return area;
  }

  deleteRange(sheet: SheetModel, area: Area, shift: string, triggerSource: 'ThisLocalAddin' | 'Unknown', location = 'Range.delete'): void {
    const up = (shift || '').toLowerCase() === 'up';
    if (!up && (shift || '').toLowerCase() !== 'left') throw invalidArgument(location);
    if (up) this.shift(sheet, 'rows', area.row, area.column, area.columnCount, -area.rowCount, location);
    else this.shift(sheet, 'cols', area.column, area.row, area.rowCount, -area.columnCount, location);
    const changeType: ChangeType = up ? (isEntireRows(area) ? 'RowDeleted' : 'CellDeleted') : isEntireColumns(area) ? 'ColumnDeleted' : 'CellDeleted';
    this.changes.push({ sheet, area, changeType, triggerSource });
  }

  // ------------------------------------------------------------ tables

  findTable(nameOrId: string): TableModel | undefined {
    const lower = nameOrId.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower || t.id === nameOrId);
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  tableAt(sheet: SheetModel, row: number, column: number): TableModel | undefined {
    return this.tables.find(
      (t) =>
        t.sheet === sheet && row >= t.area.row && row < t.area.row + t.area.rowCount && column >= t.area.column && column < t.area.column + t.area.columnCount,
    );
  }

  private checkNoOverlap(sheet: SheetModel, area: Area, except: TableModel | null, location: string): void {
    for (const t of this.tables) {
      if (t === except || t.sheet !== sheet) continue;
      if (intersect(t.area, area)) throw invalidArgument(location, Messages.tableOverlap);
    }
  }

  validateTableName(name: unknown, location: string, except?: TableModel): string {
    if (typeof name !== 'string' || !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || name.length > 255) throw invalidArgument(location);
    if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) throw invalidArgument(location);
    const other = this.findTable(name);
    if (other && other !== except) throw invalidArgument(location);
    return name;
  }

  addTable(sheet: SheetModel, area: Area, hasHeaders: boolean, location = 'TableCollection.add'): TableModel {
    if (isEntireColumns(area) || isEntireRows(area)) {
      // Excel takes the data's extent for whole columns/rows
      const used = sheet.usedArea(true);
      const clipped = used ? intersect(area, used) : null;
      if (!clipped) throw invalidArgument(location);
      area = clipped;
    }
    this.checkNoOverlap(sheet, area, null, location);
    let tableArea = { ...area };
    if (!hasHeaders) {
      // Excel inserts a header row above the data, pushing the data down
      this.shift(sheet, 'rows', area.row, area.column, area.columnCount, 1, location);
      tableArea = { ...area, rowCount: area.rowCount + 1 };
      for (let j = 0; j < area.columnCount; j++) {
        const cell = sheet.ensure(area.row, area.column + j);
        cell.v = '';
        delete cell.f;
      }
    }
    if (tableArea.rowCount < 2) tableArea.rowCount = 2;
    this.checkNoOverlap(sheet, tableArea, null, location);
    let n = this.tables.length + 1;
    while (this.findTable(`Table${n}`)) n++;
    const table = new TableModel(this.nextTableId++, `Table${n}`, sheet, tableArea);
    this.tables.push(table);
    this.normalizeHeaders(table);
    sheet.touch();
    this.bumpCalc();
    return table;
  }

  /** Header cells are unique, non-empty text: numbers become text, blanks "ColumnN", duplicates "Name2". */
  normalizeHeaders(table: TableModel): void {
    if (!table.showHeaders) return;
    const { sheet, area } = table;
    const seen = new Set<string>();
    for (let j = 0; j < area.columnCount; j++) {
      const row = area.row;
      const col = area.column + j;
      const { v, e } = this.value(sheet, row, col);
      let name = v === '' ? '' : e ? String(v) : formatValue(v, sheet.numberFormat(row, col));
      if (name === '') {
        let k = j + 1;
        while (seen.has(`column${k}`)) k++;
        name = `Column${k}`;
      }
      if (seen.has(name.toLowerCase())) {
        let k = 2;
        while (seen.has(`${name}${k}`.toLowerCase())) k++;
        name = `${name}${k}`;
      }
      seen.add(name.toLowerCase());
      const cell = sheet.ensure(row, col);
      if (cell.v !== name || cell.f !== undefined || cell.e) {
        clearContent(cell);
        cell.v = name;
      }
    }
  }

  renameTable(table: TableModel, name: string, location = 'Table.name'): void {
    if (table.name === name) return;
    this.validateTableName(name, location, table);
    table.name = name;
    this.bump();
  }

  /** Table.resize: the header row stays in its row and the new range overlaps the old one. */
  resizeTable(table: TableModel, sheet: SheetModel, area: Area, location = 'Table.resize'): void {
    if (sheet !== table.sheet) throw invalidArgument(location);
    if (table.showHeaders && area.row !== table.area.row) throw invalidArgument(location);
    if (!intersect(area, table.area)) throw invalidArgument(location);
    const minRows = (table.showHeaders ? 1 : 0) + (table.showTotals ? 1 : 0) + 1;
    if (area.rowCount < minRows) throw invalidArgument(location);
    this.checkNoOverlap(sheet, area, table, location);
    const oldColumn = table.area.column;
    const ids: number[] = [];
    for (let j = 0; j < area.columnCount; j++) {
      const offset = area.column + j - oldColumn;
      ids.push(offset >= 0 && offset < table.columnIds.length ? table.columnIds[offset] : table.nextColumnId++);
    }
    table.columnIds = ids;
    table.area = { ...area };
    this.normalizeHeaders(table);
    sheet.touch();
    this.bumpCalc();
  }

  deleteTable(table: TableModel, keepCells: boolean): void {
    table.deleted = true;
    this.tables = this.tables.filter((t) => t !== table);
    if (!keepCells) this.clear(table.sheet, table.area, 'All', 'ThisLocalAddin', 'Table.delete');
    table.sheet.touch();
    this.bumpCalc();
  }

  /** TableRowCollection.add: inserts rows in the table (cells below move down) and writes them. */
  addTableRows(table: TableModel, index: number | null | undefined, values: unknown, location = 'TableRowCollection.add'): Area {
    const body = table.bodyArea;
    const cols = table.area.columnCount;
    let rows: unknown[][];
    if (values === undefined || values === null) rows = [new Array(cols).fill(null)];
    else if (Array.isArray(values)) {
      rows = values.length > 0 && !Array.isArray(values[0]) ? [values as unknown[]] : (values as unknown[][]);
    } else rows = [new Array(cols).fill(values)];
    if (rows.length === 0) throw invalidArgument(location);
    for (const row of rows) {
      if (!Array.isArray(row) || row.length !== cols) throw invalidArgument(location);
      for (const v of row) checkScalar(v, location);
    }
    const position = index === null || index === undefined ? body.rowCount : index;
    if (!Number.isInteger(position) || position < 0 || position > body.rowCount) throw invalidArgument(location);
    const at = body.row + position;
    this.shift(table.sheet, 'rows', at, table.area.column, cols, rows.length, location, table);
    // new rows look like their neighbours in the body
    const sourceRow = position > 0 ? at - 1 : at + rows.length;
    const source = table.sheet.rows[sourceRow];
    for (let k = 0; k < rows.length; k++) {
      const target = table.sheet.rows[at + k];
      if (target) for (let c = table.area.column; c < table.area.column + cols; c++) target[c] = undefined;
      if (source) copyStyles(source, table.sheet, at + k, table.area.column, table.area.column + cols);
    }
    const area = { row: at, column: table.area.column, rowCount: rows.length, columnCount: cols };
    this.writeValues(table.sheet, area, rows, { location, triggerSource: 'ThisLocalAddin' });
    return area;
  }

  addTableColumn(
    table: TableModel,
    index: number | null | undefined,
    values: unknown,
    name: string | undefined,
    location = 'TableColumnCollection.add',
  ): number {
    const cols = table.area.columnCount;
    const position = index === null || index === undefined ? cols : index;
    if (!Number.isInteger(position) || position < 0 || position > cols) throw invalidArgument(location);
    let column: unknown[][] | null = null;
    if (values !== undefined && values !== null) {
      if (!Array.isArray(values) || values.length !== table.area.rowCount) throw invalidArgument(location);
      column = (values as unknown[]).map((v) => (Array.isArray(v) ? v : [v]));
      for (const row of column) {
        if (row.length !== 1) throw invalidArgument(location);
        checkScalar(row[0], location);
      }
    }
    if (name !== undefined && name !== null) this.validateColumnName(table, name, location);
    const at = table.area.column + position;
    // the cells from the insertion point move right within the table's rows
    this.shift(table.sheet, 'cols', at, table.area.row, table.area.rowCount, 1, location, table);
    const area = { row: table.area.row, column: at, rowCount: table.area.rowCount, columnCount: 1 };
    if (column) this.writeValues(table.sheet, area, column, { location, triggerSource: 'ThisLocalAddin' });
    if (name !== undefined && name !== null && table.showHeaders) {
      const cell = table.sheet.ensure(table.area.row, at);
      cell.v = name;
      delete cell.f;
    }
    this.normalizeHeaders(table);
    this.bumpCalc();
    return table.columnIds[position];
  }

  validateColumnName(table: TableModel, name: unknown, location: string, except = -1): void {
    if (typeof name !== 'string' || name.trim() === '') throw invalidArgument(location);
    const names = table.columnNames();
    if (names.some((n, i) => i !== except && n.toLowerCase() === name.toLowerCase())) throw invalidArgument(location);
  }

  deleteTableRow(table: TableModel, index: number, location = 'TableRow.delete'): void {
    const body = table.bodyArea;
    if (index < 0 || index >= body.rowCount) throw itemNotFound(location);
    const row = body.row + index;
    if (body.rowCount === 1) {
      this.clear(table.sheet, { row, column: body.column, rowCount: 1, columnCount: body.columnCount }, 'Contents', 'ThisLocalAddin', location);
      return;
    }
    this.shift(table.sheet, 'rows', row, table.area.column, table.area.columnCount, -1, location);
    this.changes.push({
      sheet: table.sheet,
      area: { row, column: body.column, rowCount: 1, columnCount: body.columnCount },
      changeType: 'CellDeleted',
      triggerSource: 'ThisLocalAddin',
    });
  }

  deleteTableColumn(table: TableModel, index: number, location = 'TableColumn.delete'): void {
    if (table.area.columnCount === 1) throw invalidOperation(location);
    this.shift(table.sheet, 'cols', table.area.column + index, table.area.row, table.area.rowCount, -1, location);
  }

  // ------------------------------------------------------------ validation

  /** Whether the user may type this value under the cell's data validation (list rules). */
  validationAllows(sheet: SheetModel, row: number, column: number, text: string): boolean {
    const rule = sheet.validations.find((v) => contains(v.area, { row, column, rowCount: 1, columnCount: 1 }));
    if (!rule || !rule.errorAlert.showAlert || rule.errorAlert.style !== 'Stop') return true;
    if (text === '' && rule.ignoreBlanks) return true;
    const list = rule.rule.list as { source?: string } | undefined;
    if (list && typeof list.source === 'string') {
      return this.listItems(sheet, list.source).some((item) => item.toLowerCase() === text.toLowerCase());
    }
    const decimal = (rule.rule.decimal ?? rule.rule.wholeNumber) as { formula1?: unknown; formula2?: unknown; operator?: string } | undefined;
    if (decimal) {
      const n = Number(text);
      if (text.trim() === '' || Number.isNaN(n)) return false;
      if (rule.rule.wholeNumber && !Number.isInteger(n)) return false;
      const a = Number(decimal.formula1);
      const b = Number(decimal.formula2);
      switch (decimal.operator) {
        case 'Between':
          return n >= a && n <= b;
        case 'NotBetween':
          return n < a || n > b;
        case 'EqualTo':
          return n === a;
        case 'NotEqualTo':
          return n !== a;
        case 'GreaterThan':
          return n > a;
        case 'LessThan':
          return n < a;
        case 'GreaterThanOrEqualTo':
          return n >= a;
        case 'LessThanOrEqualTo':
          return n <= a;
        default:
          return true;
      }
    }
    return true;
  }

  /** A list rule's items: "a,b,c" or "=$X$1:$X$9" / "=Sheet!A1:A9". */
  listItems(sheet: SheetModel, source: string): string[] {
    if (!source.startsWith('=')) return source.split(',').map((s) => s.trim());
    try {
      const node = parseFormula(source);
      const result = evaluateNode(node, this.evalEnv(sheet));
      const flat = Array.isArray(result) ? result.flat() : [result];
      return flat.filter((v) => v !== null && !(v instanceof XError)).map((v) => (typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v)));
    } catch {
      return [];
    }
  }

  addConditionalFormat(sheet: SheetModel, area: Area, type: string): ConditionalFormatModel {
    const cf: ConditionalFormatModel = { id: String(this.nextCfId++), area, type, formula: '', stopIfTrue: false, priority: 0 };
    sheet.conditionalFormats.unshift(cf);
    sheet.conditionalFormats.forEach((c, i) => (c.priority = i));
    this.bump();
    return cf;
  }

  checkFormula(formula: string, location: string): void {
    if (!isValidFormula(formula)) throw invalidArgument(location);
  }

  /** Drains the change records collected since the last call. */
  takeChanges(): ChangeRecord[] {
    const out = this.changes;
    this.changes = [];
    return out;
  }

  addressOf(sheet: SheetModel, area: Area): string {
    return formatAddress(sheet.name, area);
  }

  unionArea(a: Area | null, b: Area): Area {
    return a ? boundingArea(a, b) : b;
  }
}

const EMPTY = { v: '' as CellValue, e: false };

/** Text that can't be read as anything else: starts with a letter other than a month name or TRUE/FALSE, has a digit somewhere. */
function isPlainText(v: string): boolean {
  const c = v.charCodeAt(0);
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (!letter || v.startsWith("'")) return false;
  return /\d/.test(v) && !/^[A-Za-z]{3,9}[ -]\d/.test(v);
}

/** Empties a cell's content (keeping its formats) without changing the object's shape. */
function clearContent(cell: Cell): void {
  cell.v = '';
  if (cell.f !== undefined) cell.f = undefined;
  if (cell.e !== undefined) cell.e = undefined;
  if (cell.calc !== undefined) cell.calc = undefined;
}

function typeName(v: CellValue): string {
  if (v === '') return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

function checkScalar(v: unknown, location: string): void {
  if (v === null || v === undefined) return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw invalidArgument(location);
    return;
  }
  if (typeof v === 'boolean') return;
  if (typeof v === 'string') {
    if (v.length > MAX_TEXT) throw invalidArgument(location);
    return;
  }
  throw invalidArgument(location);
}

function shiftMap<V>(map: Map<number, V>, at: number, n: number): void {
  const entries = [...map.entries()].sort((a, b) => (n > 0 ? b[0] - a[0] : a[0] - b[0]));
  for (const [k, v] of entries) {
    if (k < at) continue;
    map.delete(k);
    if (n < 0 && k < at - n) continue;
    map.set(k + n, v);
  }
}

function styleOnly(cell: Cell): Cell | undefined {
  let copy: Cell | undefined;
  for (const k of STYLE_KEYS) {
    if (cell[k] !== undefined) {
      copy ??= { v: '' };
      (copy as unknown as Record<string, unknown>)[k] = cell[k];
    }
  }
  return copy;
}

function copyStyles(source: (Cell | undefined)[], sheet: SheetModel, row: number, from: number, to: number): void {
  for (let c = from; c < to; c++) {
    const cell = source[c];
    if (!cell) continue;
    const style = styleOnly(cell);
    if (!style) continue;
    const target = sheet.ensure(row, c);
    for (const k of STYLE_KEYS) if (style[k] !== undefined && target[k] === undefined) (target as unknown as Record<string, unknown>)[k] = style[k];
  }
}

function toPlain(v: EvalValue): unknown {
  if (Array.isArray(v)) return v.map((row) => row.map((x) => toPlain(x)));
  if (v === null) return '';
  if (v instanceof XError) return v.code;
  return v;
}

function fromPlain(v: unknown): EvalValue {
  if (Array.isArray(v)) {
    const rows = v.map((row) => (Array.isArray(row) ? row : [row]));
    return rows.map((row) => row.map((x) => fromPlain(x) as Scalar));
  }
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : new XError('#NUM!');
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof XError) return v;
  return new XError('#VALUE!');
}

function errorOf(error: unknown): XError {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('#')) return new XError(code);
  const errorCode = (error as { errorCode?: unknown } | null)?.errorCode;
  if (typeof errorCode === 'string' && errorCode.startsWith('#')) return new XError(errorCode);
  return new XError('#VALUE!');
}
