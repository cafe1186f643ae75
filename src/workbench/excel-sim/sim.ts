// ExcelSim: an in-memory Excel workbook with Excel's batch API (run / load / sync)
// and direct, sync-free access for tests and the workbench grid: reading cells,
// simulating the user typing and pasting, selection, change notifications.
import { Area, cellRef, columnLetters, formatAddress, formatArea, intersect, parseAddress, quoteSheetName } from './address';
import { BatchContext, Command, ContextHost, isNewerSet } from './context';
import { ErrorCodes, ExcelSimError, Messages } from './errors';
import { XError } from './formula';
import { ChangeRecord, CustomFunction, FormulaEvaluatorHook, SheetModel, TableModel, WorkbookModel } from './model';
import { COMMAND_OVERHEAD_BYTES, PAYLOAD_LIMIT_BYTES } from './payload';
import { SimRequestContext } from './proxies';
import { CellValue, SIM_LOCALES, SimLocale, SimLocaleName, isTextFormat, typedInLocale } from './values';

export interface ExcelSimOptions {
  /** Sheets of the new workbook; default ["Sheet1"]. */
  sheets?: string[];
  /** Delay of each round trip, to make progress visible in the workbench; default 0 (a microtask). */
  latencyMs?: number;
  /**
   * office.js lets you read back a property you set on a proxy (you get your own value,
   * not Excel's). true: such a read throws PropertyNotLoaded until load() + sync().
   */
  strictLocalReads?: boolean;
  /** The clock for dates typed without a year and TODAY(). */
  now?: () => Date;
  /**
   * Excel on the web's limit on one sync's request and response, in JSON bytes (see
   * payload.ts); default 5,000,000. null: no limit, as Excel on Windows and Mac.
   */
  payloadLimitBytes?: number | null;
  /**
   * Play an older Excel: the ExcelApi requirement set it supports ("1.8" is Excel 2019).
   * Members of newer sets fail at sync with ApiNotFound; isSetSupported answers to match.
   * Default: every set.
   */
  excelApi?: string | null;
  /** The locale cells show numbers in (Range.text and the grid); default en-US. */
  locale?: SimLocaleName;
}

export interface SimStats {
  /** Explicit context.sync() calls. */
  syncs: number;
  /** syncs plus the flushes at the end of run() that had commands. */
  roundTrips: number;
  /** Commands sent (loads, property writes, method calls; not object look-ups). */
  commands: number;
  /** The largest request of one round trip, in JSON bytes (see payload.ts). */
  largestRequestBytes: number;
  /** The largest response (loaded values) of one round trip, in JSON bytes. */
  largestResponseBytes: number;
}

export type SimEvent = { type: 'change'; sheets: string[] } | { type: 'selection'; sheet: string; address: string } | { type: 'structure' };

export type SimListener = (event: SimEvent) => void;

export interface CellView {
  value: CellValue;
  /** The formula ("=A1+1"), or null for a constant. */
  formula: string | null;
  numberFormat: string;
  text: string;
  valueType: string;
  isError: boolean;
  bold: boolean;
  italic: boolean;
  /** Fill as shown (a conditional format's fill wins), "#RRGGBB", or null for none. */
  fill: string | null;
  fontColor: string;
  horizontalAlignment: string;
  wrapText: boolean;
}

export interface TableView {
  name: string;
  id: string;
  /** "Quants!A1:P21" */
  address: string;
  /** The same without the sheet: "A1:P21". */
  range: string;
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  columnNames: string[];
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  style: string;
}

export interface UserEditResult {
  /** The address written, "Quants!B2:B5". */
  address: string;
  /** Cells whose value data validation refused (Excel's "Stop" alert). */
  rejected: string[];
}

/** Sync-free view of one sheet. */
export class SheetView {
  constructor(
    private readonly model: WorkbookModel,
    readonly sheet: SheetModel,
  ) {}

  get name(): string {
    return this.sheet.name;
  }

  get id(): string {
    return this.sheet.id;
  }

  get frozenRows(): number {
    return this.sheet.frozenRows;
  }

  get frozenColumns(): number {
    return this.sheet.frozenColumns;
  }

  get tabColor(): string {
    return this.sheet.tabColor;
  }

  cell(row: number, column: number): CellView {
    const { sheet, model } = this;
    const { v, e } = model.value(sheet, row, column);
    const own = sheet.rows[row]?.[column];
    let fill: string | null = sheet.style(row, column, 'fill') || null;
    let fontColor = sheet.style(row, column, 'color');
    let bold = sheet.style(row, column, 'bold');
    let italic = sheet.style(row, column, 'italic');
    for (const cf of sheet.conditionalFormats) {
      if (cf.type !== 'Custom' || !cf.formula) continue;
      if (!intersect(cf.area, { row, column, rowCount: 1, columnCount: 1 })) continue;
      if (!model.conditionalFormatApplies(sheet, cf, row, column)) continue;
      if (cf.fill) fill = cf.fill;
      if (cf.fontColor) fontColor = cf.fontColor;
      if (cf.bold !== undefined) bold = cf.bold;
      if (cf.italic !== undefined) italic = cf.italic;
      if (cf.stopIfTrue) break;
    }
    return {
      value: v,
      formula: own?.f ?? null,
      numberFormat: sheet.numberFormat(row, column),
      text: model.text(sheet, row, column),
      valueType: model.valueType(sheet, row, column),
      isError: e,
      bold,
      italic,
      fill,
      fontColor,
      horizontalAlignment: sheet.style(row, column, 'hAlign'),
      wrapText: sheet.style(row, column, 'wrap'),
    };
  }

  /** The cell at "B3" (or "Sheet!B3"). */
  cellAt(address: string): CellView {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`Not an address: ${address}`);
    return this.cell(parsed.area.row, parsed.area.column);
  }

  /** Rows and columns from A1 to the last used cell (values or formats). */
  usedSize(): { rows: number; columns: number } {
    const used = this.sheet.usedArea(false);
    return used ? { rows: used.row + used.rowCount, columns: used.column + used.columnCount } : { rows: 0, columns: 0 };
  }

  /** The used range's address, or null for an empty sheet. */
  usedRange(valuesOnly = false): string | null {
    const used = this.sheet.usedArea(valuesOnly);
    return used ? formatAddress(this.sheet.name, used) : null;
  }

  /** Values of a range, as Range.values would report them. */
  values(address: string): CellValue[][] {
    return this.grid(address, (r, c) => this.model.value(this.sheet, r, c).v);
  }

  text(address: string): string[][] {
    return this.grid(address, (r, c) => this.model.text(this.sheet, r, c));
  }

  formulas(address: string): CellValue[][] {
    return this.grid(address, (r, c) => this.model.formula(this.sheet, r, c));
  }

  numberFormats(address: string): string[][] {
    return this.grid(address, (r, c) => this.sheet.numberFormat(r, c));
  }

  private grid<V>(address: string, fn: (row: number, column: number) => V): V[][] {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`Not an address: ${address}`);
    const { area } = parsed;
    const rows = Math.min(area.rowCount, Math.max(0, this.usedSize().rows - area.row));
    const columns = Math.min(area.columnCount, Math.max(0, this.usedSize().columns - area.column));
    const out: V[][] = [];
    const rowCount = area.rowCount > 100_000 ? rows : area.rowCount;
    const columnCount = area.columnCount > 1000 ? columns : area.columnCount;
    for (let i = 0; i < rowCount; i++) {
      const row: V[] = [];
      for (let j = 0; j < columnCount; j++) row.push(fn(area.row + i, area.column + j));
      out.push(row);
    }
    return out;
  }

  tables(): TableView[] {
    return this.model.tablesOn(this.sheet).map((t) => tableView(t));
  }

  /** The table the cell belongs to, and which part. */
  tableAt(row: number, column: number): { table: TableView; part: 'header' | 'body' | 'totals'; bodyIndex: number } | null {
    const t = this.model.tableAt(this.sheet, row, column);
    if (!t) return null;
    const part = t.showHeaders && row === t.area.row ? 'header' : t.showTotals && row === t.area.row + t.area.rowCount - 1 ? 'totals' : 'body';
    return { table: tableView(t), part, bodyIndex: row - t.bodyArea.row };
  }

  /** Points, like Range.format.columnWidth. */
  columnWidth(column: number): number {
    return this.sheet.columnWidth(column);
  }

  rowHeight(row: number): number {
    return this.sheet.rowHeight(row);
  }

  isRowHidden(row: number): boolean {
    return this.sheet.hiddenRows.has(row);
  }

  isColumnHidden(column: number): boolean {
    return this.sheet.hiddenColumns.has(column);
  }

  /** The list a cell's data validation offers (in-cell dropdown), or null. */
  validationList(row: number, column: number): string[] | null {
    const rule = this.sheet.validations.find((v) => intersect(v.area, { row, column, rowCount: 1, columnCount: 1 }));
    const list = rule?.rule.list as { source?: string } | undefined;
    return list?.source ? this.model.listItems(this.sheet, list.source) : null;
  }

  get selection(): string {
    return formatArea(this.sheet.selection);
  }
}

function tableView(t: TableModel): TableView {
  return {
    name: t.name,
    id: t.id,
    address: formatAddress(t.sheet.name, t.area),
    range: formatArea(t.area),
    row: t.area.row,
    column: t.area.column,
    rowCount: t.area.rowCount,
    columnCount: t.area.columnCount,
    columnNames: t.columnNames(),
    showHeaders: t.showHeaders,
    showTotals: t.showTotals,
    showBandedRows: t.showBandedRows,
    style: t.style,
  };
}

function emptyStats(): SimStats {
  return { syncs: 0, roundTrips: 0, commands: 0, largestRequestBytes: 0, largestResponseBytes: 0 };
}

/** The context of a run(context | object | objects, batch) call. */
function contextOf(value: unknown): BatchContext | null {
  if (value instanceof BatchContext) return value;
  const first = Array.isArray(value) ? value[0] : value;
  const context = (first as { context?: unknown } | null)?.context;
  return context instanceof BatchContext ? context : null;
}

export class ExcelSim implements ContextHost {
  readonly model: WorkbookModel;
  readonly strictLocalReads: boolean;
  stats: SimStats = emptyStats();
  readonly payloadLimitBytes: number | null;
  readonly excelApi: string | null;
  private readonly latencyMs: number;
  private readonly listeners = new Set<SimListener>();
  private pendingHandlers: Promise<unknown>[] = [];
  private asyncPending = false;

  constructor(options: ExcelSimOptions = {}) {
    this.model = new WorkbookModel(options.sheets ?? ['Sheet1']);
    this.strictLocalReads = options.strictLocalReads ?? false;
    this.latencyMs = options.latencyMs ?? 0;
    this.payloadLimitBytes = options.payloadLimitBytes === undefined ? PAYLOAD_LIMIT_BYTES : options.payloadLimitBytes;
    if (options.excelApi && !/^1\.\d+$/.test(options.excelApi)) throw new Error(`excelApi: a set such as "1.8", not ${options.excelApi}`);
    this.excelApi = options.excelApi || null;
    if (options.now) this.model.now = options.now;
    if (options.locale) this.model.locale = SIM_LOCALES[options.locale];
    // custom functions settling: one recalculation and one notification per burst
    this.model.onAsyncResult = () => {
      if (this.asyncPending) return;
      this.asyncPending = true;
      queueMicrotask(() => {
        this.asyncPending = false;
        if (this.model.eagerCalculation) this.model.calculateAll();
        this.emit({ type: 'change', sheets: this.sheetNames() });
      });
    };
    this.run = this.run.bind(this);
    this.isSetSupported = this.isSetSupported.bind(this);
  }

  /**
   * Office.context.requirements.isSetSupported, as this Excel answers it: ExcelApi up to the
   * set it plays (every one by default); ExcelApiOnline and ExcelApiDesktop only when it plays
   * no particular version; other sets (SharedRuntime...) yes.
   */
  isSetSupported(name: string, minVersion?: string): boolean {
    const set = name.toLowerCase();
    if (set !== 'excelapi' && set.startsWith('excelapi')) return this.excelApi === null;
    if (set !== 'excelapi' || this.excelApi === null) return true;
    return !isNewerSet(minVersion ?? '1.1', this.excelApi);
  }

  // ------------------------------------------------------------ the batch API

  /**
   * Excel.run: the batch gets a fresh context; pending commands are sent when its
   * promise resolves. Like office.js, run(context | object | objects, batch) reuses the
   * context of an earlier batch (to remove an event handler, or keep using tracked objects).
   */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(reuse: unknown, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  async run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<T>;
    if (typeof batch !== 'function') throw new ExcelSimError(ErrorCodes.invalidArgument, Messages.invalidArgument, 'Excel.run');
    const reused = args.length > 1 ? contextOf(args[0]) : null;
    const context = reused ?? new SimRequestContext(this);
    context.ended = false;
    try {
      const promise = batch(context as unknown as Excel.RequestContext);
      if (!promise || typeof (promise as Promise<T>).then !== 'function') {
        throw new ExcelSimError(ErrorCodes.runMustReturnPromise, Messages.runMustReturnPromise, 'Excel.run');
      }
      const result = await promise;
      if (context.hasCountedCommands()) {
        this.stats.roundTrips++;
        await this.flush(context);
      }
      return result;
    } finally {
      context.queue = [];
      context.ended = true;
    }
  }

  /** context.sync() */
  async sync(context: BatchContext): Promise<void> {
    if (context.ended) {
      throw new ExcelSimError(ErrorCodes.invalidObjectPath, Messages.invalidObjectPath('RequestContext'), 'RequestContext.sync');
    }
    this.stats.syncs++;
    this.stats.roundTrips++;
    await this.flush(context);
  }

  /**
   * Sends a context's queue: commands apply in order; the first failure stops the
   * batch there (earlier commands stay applied, later ones are dropped, nothing is
   * loaded) and rejects the sync with Excel's error.
   */
  private async flush(context: BatchContext): Promise<void> {
    const queue: Command[] = context.queue;
    context.queue = [];
    const appliers: (() => void)[] = [];
    let failure: unknown = null;
    const versionBefore = this.model.version;
    const limit = this.payloadLimitBytes;
    const requestBytes = queue.reduce((sum, c) => sum + COMMAND_OVERHEAD_BYTES + (c.bytes ?? 0), 0);
    if (limit !== null && requestBytes > limit) {
      // refused before anything runs: nothing of this sync is applied
      await this.delay();
      throw new ExcelSimError(ErrorCodes.requestPayloadSizeLimitExceeded, Messages.requestPayloadSizeLimitExceeded, 'RequestContext.sync', 413);
    }
    this.stats.largestRequestBytes = Math.max(this.stats.largestRequestBytes, requestBytes);
    context.responseBytes = 0;
    context.executing = true;
    try {
      for (const command of queue) {
        if (command.counted) this.stats.commands++;
        const apply = command.run();
        if (apply) appliers.push(apply);
      }
    } catch (error) {
      failure = error;
    } finally {
      context.executing = false;
    }
    if (!failure && limit !== null && context.responseBytes > limit) {
      // the commands ran; what they loaded is too large to come back, so no load delivers
      failure = new ExcelSimError(ErrorCodes.responsePayloadSizeLimitExceeded, Messages.responsePayloadSizeLimitExceeded, 'RequestContext.sync', 413);
    } else if (!failure) {
      this.stats.largestResponseBytes = Math.max(this.stats.largestResponseBytes, context.responseBytes);
    }
    const changes = this.model.takeChanges();
    const changed = this.model.version !== versionBefore;
    if (changed && this.model.eagerCalculation) this.model.calculateAll();
    await this.delay();
    if (changed) this.emit({ type: 'change', sheets: [...new Set(changes.map((c) => c.sheet.name))] });
    // events reach handlers after the sync, as Excel delivers them asynchronously
    if (changes.length > 0) void this.dispatch(changes);
    if (failure) throw failure;
    for (const apply of appliers) apply();
  }

  private delay(): Promise<void> {
    if (this.latencyMs > 0) return new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    return Promise.resolve();
  }

  resetStats(): void {
    this.stats = emptyStats();
  }

  // ------------------------------------------------------------ formulas

  /**
   * Evaluates formulas before the built-in engine: return a value (or an XError) to
   * decide, undefined to let the built-in engine evaluate. null removes the hook.
   */
  setFormulaEvaluator(evaluator: FormulaEvaluatorHook | null): void {
    this.model.formulaEvaluator = evaluator;
    this.recalculate(true);
  }

  /**
   * A function formulas can call, e.g. "LOTS.ONHAND". Arguments arrive as values or 2D
   * arrays; a returned promise shows #BUSY! until it settles, like a custom function;
   * an error with a code such as "#N/A" shows that error.
   */
  registerFunction(name: string, fn: CustomFunction): void {
    this.model.functions.set(name.toUpperCase(), fn);
    this.recalculate(true);
  }

  unregisterFunction(name: string): void {
    this.model.functions.delete(name.toUpperCase());
    this.recalculate(true);
  }

  /** Recalculates formulas (full: also calls custom functions again). */
  recalculate(full = false): void {
    this.model.recalculate(full);
    if (this.model.eagerCalculation) this.model.calculateAll();
    this.emit({ type: 'change', sheets: this.sheetNames() });
  }

  // ------------------------------------------------------------ direct access

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.model.findSheet(name) !== undefined;
  }

  getSheet(name: string): SheetView {
    const sheet = this.model.findSheet(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return new SheetView(this.model, sheet);
  }

  /** Adds a sheet directly (setting up a test or the workbench). */
  addSheet(name: string): SheetView {
    const sheet = this.model.addSheet(name);
    this.emit({ type: 'structure' });
    return new SheetView(this.model, sheet);
  }

  /** Every table of the workbook. */
  tables(): TableView[] {
    return this.model.tables.map((t) => tableView(t));
  }

  /** How cells show numbers and read typed ones (the played Office's locale). */
  get locale(): SimLocale {
    return this.model.locale;
  }

  get activeSheet(): string {
    return this.model.activeSheet.name;
  }

  activateSheet(name: string): void {
    const sheet = this.requireSheet(name);
    this.selectRange(sheet, sheet.selection);
  }

  /** The user's selection: sheet and local address ("B3"). */
  get selection(): { sheet: string; address: string } {
    const sheet = this.model.activeSheet;
    return { sheet: sheet.name, address: formatArea(sheet.selection) };
  }

  /** Selects a range as the user (or a "jump to cell" link) would; the grid scrolls to it. */
  select(sheetName: string, address: string): void {
    const sheet = this.requireSheet(sheetName);
    this.selectRange(sheet, this.area(sheet, address));
  }

  selectRange(sheet: SheetModel, area: Area): void {
    const changedSheet = this.model.activeSheet !== sheet;
    this.model.activeSheet = sheet;
    sheet.selection = { ...area };
    this.model.bump();
    this.emit({ type: 'selection', sheet: sheet.name, address: formatArea(area) });
    if (changedSheet) this.emit({ type: 'structure' });
    for (const handler of sheet.selectionHandlers) {
      const event = { type: 'WorksheetSelectionChanged', address: formatArea(area), worksheetId: sheet.id };
      this.track(handler, event);
    }
  }

  /**
   * The user types into cells: one text for the range (Ctrl+Enter fills it) or one per
   * cell. Text is read as Excel reads typing, through each cell's number format. Data
   * validation with a Stop alert refuses invalid entries; typing just below a table
   * extends the table (Excel's AutoCorrect). onChanged handlers run; the promise
   * settles once they have.
   */
  async userEdit(sheetName: string, address: string, input: CellValue | CellValue[][]): Promise<UserEditResult> {
    const sheet = this.requireSheet(sheetName);
    const area = this.area(sheet, address);
    const grid: (CellValue | null)[][] = [];
    for (let i = 0; i < area.rowCount; i++) {
      const row: (CellValue | null)[] = [];
      for (let j = 0; j < area.columnCount; j++) row.push(Array.isArray(input) ? (input[i]?.[j] ?? '') : input);
      grid.push(row);
    }
    return this.applyUserInput(sheet, area, grid);
  }

  /**
   * The user pastes text copied from another program at a cell: tab-separated columns,
   * one line per row (a column of serial numbers, say). Each piece is read like typing.
   */
  async userPaste(sheetName: string, topLeft: string, text: string): Promise<UserEditResult> {
    const sheet = this.requireSheet(sheetName);
    const start = this.area(sheet, topLeft);
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    const rows = lines.map((line) => line.split('\t'));
    const columns = Math.max(1, ...rows.map((r) => r.length));
    const grid = rows.map((r) => Array.from({ length: columns }, (_, j) => r[j] ?? ''));
    const area = { row: start.row, column: start.column, rowCount: grid.length, columnCount: columns };
    return this.applyUserInput(sheet, area, grid);
  }

  /** The user presses Delete on a range. */
  async userClear(sheetName: string, address: string): Promise<UserEditResult> {
    const sheet = this.requireSheet(sheetName);
    const area = this.area(sheet, address);
    const before = this.model.version;
    this.model.clear(sheet, area, 'Contents', 'Unknown');
    return this.afterUser(sheet, area, [], before);
  }

  private async applyUserInput(sheet: SheetModel, area: Area, grid: (CellValue | null)[][]): Promise<UserEditResult> {
    const rejected: string[] = [];
    const values = grid.map((row, i) =>
      row.map((v, j) => {
        const r = area.row + i;
        const c = area.column + j;
        if (sheet.validations.length > 0 && !this.model.validationAllows(sheet, r, c, String(v ?? ''))) {
          rejected.push(cellRef(sheet.name, r, c));
          return null;
        }
        // typed in the played locale: French "4,5" is 4.5; a Text cell keeps what was typed
        return typeof v === 'string' && !isTextFormat(sheet.numberFormat(r, c)) ? typedInLocale(v, this.model.locale) : v;
      }),
    );
    const before = this.model.version;
    this.extendTableBelow(sheet, area);
    this.model.writeValues(sheet, area, values, { location: 'userEdit', triggerSource: 'Unknown' });
    return this.afterUser(sheet, area, rejected, before);
  }

  /** Excel's AutoCorrect: typing in the row under a table makes it part of the table. */
  private extendTableBelow(sheet: SheetModel, area: Area): void {
    for (const t of this.model.tablesOn(sheet)) {
      if (t.showTotals) continue;
      const below = t.area.row + t.area.rowCount;
      const inColumns = area.column >= t.area.column && area.column + area.columnCount <= t.area.column + t.area.columnCount;
      if (area.row !== below || !inColumns) continue;
      const grown = { ...t.area, rowCount: t.area.rowCount + area.rowCount };
      if (this.model.tables.some((o) => o !== t && o.sheet === sheet && intersect(o.area, grown))) continue;
      this.model.resizeTable(t, sheet, grown, 'userEdit');
    }
  }

  private async afterUser(sheet: SheetModel, area: Area, rejected: string[], versionBefore: number): Promise<UserEditResult> {
    const changes = this.model.takeChanges();
    if (this.model.version !== versionBefore) {
      if (this.model.eagerCalculation) this.model.calculateAll();
      this.emit({ type: 'change', sheets: [sheet.name] });
    }
    await this.dispatch(changes);
    return { address: formatAddress(sheet.name, area), rejected };
  }

  /** Calls the onChanged handlers for change records; resolves when they have settled. */
  private async dispatch(changes: ChangeRecord[]): Promise<void> {
    for (const change of changes) {
      const { sheet } = change;
      if (sheet.deleted || sheet.changedHandlers.size === 0) continue;
      const address = formatArea(change.area);
      const event: Record<string, unknown> = {
        type: 'WorksheetChanged',
        source: 'Local',
        address,
        worksheetId: sheet.id,
        changeType: change.changeType,
        triggerSource: change.triggerSource,
        ...(change.details ? { details: change.details } : {}),
        getRange: (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(sheet.id).getRange(address),
        getRangeOrNullObject: (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(sheet.id).getRange(address),
      };
      for (const handler of [...sheet.changedHandlers]) this.track(handler, event);
    }
    await this.settleHandlers();
  }

  private track(handler: (event: Record<string, unknown>) => unknown, event: Record<string, unknown>): void {
    const settled = Promise.resolve()
      .then(() => handler(event))
      .catch((error: unknown) => {
        // Excel swallows errors thrown by event handlers; keep them visible
        console.error('ExcelSim: an event handler failed', error);
      });
    this.pendingHandlers.push(settled);
  }

  /** Resolves once every event handler started so far has settled (handy in tests). */
  async settleHandlers(): Promise<void> {
    while (this.pendingHandlers.length > 0) {
      const pending = this.pendingHandlers;
      this.pendingHandlers = [];
      await Promise.all(pending);
    }
  }

  // ------------------------------------------------------------ notifications

  /** Called after every change (synced writes, user edits, selection); returns an unsubscribe function. */
  subscribe = (listener: SimListener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Grows with every change: a cheap snapshot key for React's useSyncExternalStore. */
  get version(): number {
    return this.model.version;
  }

  private emit(event: SimEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error('ExcelSim: a listener failed', error);
      }
    }
  }

  // ------------------------------------------------------------ helpers

  private requireSheet(name: string): SheetModel {
    const sheet = this.model.findSheet(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  private area(sheet: SheetModel, address: string): Area {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`Not an address: ${address}`);
    if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw new Error(`${address} is not on ${sheet.name}`);
    return parsed.area;
  }
}

export { XError, columnLetters, quoteSheetName };
