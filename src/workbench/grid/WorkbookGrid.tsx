// A spreadsheet view of an ExcelSim workbook for the workbench page: sheet tabs,
// column letters and row numbers, a virtualized body (only visible rows are in the
// DOM), frozen rows, table styling, a name box and a formula bar. The user can
// select, type (Enter commits through sim.userEdit) and paste (sim.userPaste).
//
// Test hooks: data-address="Quants!B3" on each cell, data-sheet-tab="Quants" on tabs,
// data-testid="formula-bar", "name-box", "grid-scroll", "cell-editor".
import {
  ClipboardEvent,
  CSSProperties,
  KeyboardEvent,
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { cellRef, columnLetters, formatArea, parseAddress } from '../excel-sim/address';
import type { CellView, ExcelSim, SheetView } from '../excel-sim/sim';
import { SimLocale, localized } from '../excel-sim/values';

export interface WorkbookGridProps {
  sim: ExcelSim;
  /** CSS height of the whole component; default "100%". */
  height?: number | string;
  style?: CSSProperties;
}

const ROW_HEIGHT = 20;
const HEADER_HEIGHT = 20;
const ROW_NUMBER_WIDTH = 52;
const OVERSCAN = 6;
const MIN_COLUMNS = 16;
const MIN_ROWS = 60;
const EXTRA_ROWS = 30;
const SELECT = '#217346';
const GRID_LINE = '#E1E1E1';
const HEADER_BG = '#F3F3F3';

/** Excel TableStyleMedium2: blue header, light blue bands. */
const TABLE_HEADER_FILL = '#4472C4';
const TABLE_BAND_FILL = '#D9E1F2';
const TABLE_TOTALS_FILL = '#D9E1F2';

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

function pointsToPx(points: number): number {
  return Math.round((points * 4) / 3);
}

function isDateFormat(format: string): boolean {
  return /[dy]|m{3,}|h/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, '')) && !/^general$/i.test(format);
}

/** What the formula bar shows: the formula, or the value in an editable form (a number the locale's way, as typing reads it back). */
function editableText(cell: CellView, locale: SimLocale): string {
  if (cell.formula) return cell.formula;
  if (cell.value === '') return '';
  if (typeof cell.value === 'boolean') return cell.value ? locale.true : locale.false;
  if (typeof cell.value === 'number') return isDateFormat(cell.numberFormat) ? cell.text : localized(String(cell.value), locale);
  const looksParsed = cell.numberFormat !== '@' && cell.valueType === 'String' && /^[\d=+\-.$(]|^(true|false)$/i.test(cell.value);
  return looksParsed ? `'${cell.value}` : cell.value;
}

const CSS = `
.wbg-root { font-family: 'Segoe UI', Aptos, Calibri, Arial, sans-serif; font-size: 12px; font-variant-numeric: tabular-nums; display: flex; flex-direction: column; border: 1px solid #C8C8C8; background: #fff; box-sizing: border-box; }
.wbg-bar { display: flex; align-items: center; gap: 6px; padding: 4px 6px; border-bottom: 1px solid #D4D4D4; background: #FAFAFA; }
.wbg-bar input { font: inherit; height: 22px; box-sizing: border-box; border: 1px solid #C8C8C8; padding: 0 4px; }
.wbg-fx { color: #666; font-style: italic; padding: 0 4px; }
.wbg-scroll { flex: 1; overflow: auto; position: relative; outline: none; }
.wbg-scroll:focus-visible { box-shadow: inset 0 0 0 1px ${SELECT}; }
.wbg-colhead, .wbg-rowhead, .wbg-corner { background: ${HEADER_BG}; color: #444; text-align: center; box-sizing: border-box; border-right: 1px solid #D4D4D4; border-bottom: 1px solid #D4D4D4; user-select: none; font-size: 12px; line-height: ${HEADER_HEIGHT - 1}px; }
.wbg-colhead.sel, .wbg-rowhead.sel { background: #D2D2D2; color: ${SELECT}; font-weight: 600; }
.wbg-cell { box-sizing: border-box; border-right: 1px solid ${GRID_LINE}; border-bottom: 1px solid ${GRID_LINE}; overflow: hidden; white-space: nowrap; text-overflow: clip; padding: 0 3px; line-height: ${ROW_HEIGHT - 1}px; height: ${ROW_HEIGHT}px; cursor: cell; flex: none; }
.wbg-editor { width: 100%; height: 100%; box-sizing: border-box; border: none; outline: 2px solid ${SELECT}; font: inherit; padding: 0 2px; }
.wbg-tabs { display: flex; align-items: stretch; gap: 2px; padding: 0 6px; border-top: 1px solid #D4D4D4; background: #F3F3F3; min-height: 28px; overflow-x: auto; }
.wbg-tab { font: inherit; border: none; border-bottom: 3px solid transparent; background: transparent; padding: 4px 14px; cursor: pointer; color: #333; }
.wbg-tab.active { background: #fff; border-bottom-color: ${SELECT}; color: ${SELECT}; font-weight: 600; }
`;

interface EditState {
  sheet: string;
  row: number;
  column: number;
  text: string;
}

export function WorkbookGrid({ sim, height = '100%', style }: WorkbookGridProps) {
  // re-render on every workbook change (the version is the snapshot)
  useSyncExternalStore(
    sim.subscribe,
    () => sim.version,
    () => sim.version,
  );
  const sheetName = sim.activeSheet;
  const version = sim.version;
  // one view per workbook version, so memoized rows re-render exactly when the workbook changes
  const view: SheetView = useMemo(() => sim.getSheet(sheetName), [sim, sheetName, version]);
  const selection = sim.selection;
  const selected = parseAddress(selection.address)?.area ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
  const active = { row: selected.row, column: selected.column };

  const scrollRef = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [viewport, setViewport] = useState({ width: 1200, height: 600 });
  const [edit, setEditState] = useState<EditState | null>(null);
  // the edit as of now (state lags a render behind: blur after Escape must not commit)
  const editRef = useRef<EditState | null>(null);
  const setEdit = (next: EditState | null) => {
    editRef.current = next;
    setEditState(next);
  };
  const [nameBox, setNameBox] = useState<string | null>(null);
  const [formulaDraft, setFormulaDraft] = useState<string | null>(null);

  // ---------------------------------------------------------------- geometry
  const used = view.usedSize();
  const rowTotal = Math.max(MIN_ROWS, used.rows + EXTRA_ROWS, active.row + EXTRA_ROWS);
  // enough columns for the data, the selection, and to fill the window
  const minimumColumns = Math.min(16_384, Math.max(MIN_COLUMNS, used.columns + 4, active.column + 4));
  const columns: { index: number; width: number; left: number }[] = [];
  for (let c = 0, left = ROW_NUMBER_WIDTH; c < 16_384 && (c < minimumColumns || left < scroll.left + viewport.width + 64); c++) {
    const width = view.isColumnHidden(c) ? 0 : Math.max(pointsToPx(view.columnWidth(c)), 0);
    columns.push({ index: c, width, left });
    left += width;
  }
  const columnTotal = columns.length;
  const totalWidth = columns.length ? columns[columns.length - 1].left + columns[columns.length - 1].width : ROW_NUMBER_WIDTH;
  const frozen = Math.min(view.frozenRows, rowTotal);
  const frozenColumns = Math.min(view.frozenColumns, columnTotal);
  const bodyViewport = Math.max(0, viewport.height - HEADER_HEIGHT - frozen * ROW_HEIGHT);
  const first = Math.max(frozen, frozen + Math.floor(scroll.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowTotal, frozen + Math.ceil((scroll.top + bodyViewport) / ROW_HEIGHT) + OVERSCAN);
  const firstCol = columns.findIndex((c) => c.left + c.width >= scroll.left + ROW_NUMBER_WIDTH);
  const visibleColumns = columns.filter(
    (c) => c.index < frozenColumns || (c.index >= Math.max(0, firstCol - 2) && c.left <= scroll.left + viewport.width + 200),
  );
  const leftPad = visibleColumns.length ? (visibleColumns.find((c) => c.index >= frozenColumns)?.left ?? totalWidth) : totalWidth;

  // ---------------------------------------------------------------- viewport tracking
  useIsomorphicLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => setViewport({ width: el.clientWidth || 1200, height: el.clientHeight || 600 });
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (el) setScroll({ top: el.scrollTop, left: el.scrollLeft });
  }, []);

  // sim.select (a task pane's "jump to cell") scrolls the selection into view
  const selectionKey = `${selection.sheet}!${selection.address}`;
  useIsomorphicLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const area = parseAddress(selection.address)?.area;
    if (!area) return;
    const rowTop = area.row * ROW_HEIGHT;
    if (area.row >= frozen) {
      const visibleTop = el.scrollTop + frozen * ROW_HEIGHT;
      const visibleBottom = el.scrollTop + el.clientHeight - HEADER_HEIGHT;
      if (rowTop < visibleTop) el.scrollTop = rowTop - frozen * ROW_HEIGHT;
      else if (rowTop + ROW_HEIGHT > visibleBottom) el.scrollTop = rowTop + ROW_HEIGHT - (el.clientHeight - HEADER_HEIGHT);
    }
    const col = columns[area.column];
    if (col && area.column >= frozenColumns) {
      const frozenWidth = frozenColumns > 0 ? columns[frozenColumns - 1].left + columns[frozenColumns - 1].width - ROW_NUMBER_WIDTH : 0;
      const viewLeft = el.scrollLeft + ROW_NUMBER_WIDTH + frozenWidth;
      const viewRight = el.scrollLeft + el.clientWidth;
      if (col.left < viewLeft) el.scrollLeft = col.left - ROW_NUMBER_WIDTH - frozenWidth;
      else if (col.left + col.width > viewRight) el.scrollLeft = col.left + col.width - el.clientWidth;
    }
    setScroll({ top: el.scrollTop, left: el.scrollLeft });
  }, [selectionKey]);

  // leaving the sheet cancels an edit
  useEffect(() => {
    if (editRef.current && editRef.current.sheet !== sheetName) setEdit(null);
  }, [sheetName]);

  // ---------------------------------------------------------------- actions
  const focusGrid = () => scrollRef.current?.focus({ preventScroll: true });

  const selectCell = (row: number, column: number, extend = false) => {
    const r = Math.max(0, Math.min(row, 1_048_575));
    const c = Math.max(0, Math.min(column, 16_383));
    if (extend) {
      const top = Math.min(r, active.row);
      const left = Math.min(c, active.column);
      const area = { row: top, column: left, rowCount: Math.abs(r - active.row) + 1, columnCount: Math.abs(c - active.column) + 1 };
      sim.select(sheetName, formatArea(area));
      return;
    }
    sim.select(sheetName, formatArea({ row: r, column: c, rowCount: 1, columnCount: 1 }));
  };

  const commit = async (move: 'down' | 'right' | 'none') => {
    const state = editRef.current;
    if (!state) return;
    setEdit(null);
    await sim.userEdit(state.sheet, formatArea({ row: state.row, column: state.column, rowCount: 1, columnCount: 1 }), state.text);
    if (move === 'down') selectCell(state.row + 1, state.column);
    else if (move === 'right') selectCell(state.row, state.column + 1);
    focusGrid();
  };

  const startEdit = (text: string) => setEdit({ sheet: sheetName, row: active.row, column: active.column, text });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (edit) return;
    const ctrl = e.ctrlKey || e.metaKey;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        selectCell(active.row + 1, active.column, e.shiftKey);
        return;
      case 'ArrowUp':
        e.preventDefault();
        selectCell(active.row - 1, active.column, e.shiftKey);
        return;
      case 'ArrowRight':
        e.preventDefault();
        selectCell(active.row, active.column + 1, e.shiftKey);
        return;
      case 'ArrowLeft':
        e.preventDefault();
        selectCell(active.row, active.column - 1, e.shiftKey);
        return;
      case 'Enter':
        e.preventDefault();
        selectCell(active.row + (e.shiftKey ? -1 : 1), active.column);
        return;
      case 'Tab':
        e.preventDefault();
        selectCell(active.row, active.column + (e.shiftKey ? -1 : 1));
        return;
      case 'F2':
        e.preventDefault();
        startEdit(editableText(view.cell(active.row, active.column), sim.locale));
        return;
      case 'Delete':
      case 'Backspace':
        e.preventDefault();
        void sim.userClear(sheetName, formatArea(selected));
        return;
    }
    if (!ctrl && !e.altKey && e.key.length === 1) {
      e.preventDefault();
      startEdit(e.key);
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (edit) return;
    const text = e.clipboardData.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    void sim.userPaste(sheetName, formatArea({ row: active.row, column: active.column, rowCount: 1, columnCount: 1 }), text);
  };

  const onCopy = (e: ClipboardEvent<HTMLDivElement>) => {
    if (edit) return;
    const rows = view.text(formatArea(selected));
    e.clipboardData.setData('text/plain', rows.map((r) => r.join('\t')).join('\n') + '\n');
    e.preventDefault();
  };

  // ---------------------------------------------------------------- rendering
  const activeCell = view.cell(active.row, active.column);
  const formulaText = formulaDraft ?? editableText(activeCell, sim.locale);

  // rows are memoized: scrolling renders only the rows that come into view
  const actions = useRef<RowActions>(null as unknown as RowActions);
  actions.current = {
    mouseDown: (r, c, shift) => {
      void commit('none');
      selectCell(r, c, shift);
      focusGrid();
    },
    doubleClick: (r, c) => setEdit({ sheet: sheetName, row: r, column: c, text: editableText(view.cell(r, c), sim.locale) }),
    editChange: (text) => {
      if (editRef.current) setEdit({ ...editRef.current, text });
    },
    editKey: (key) => {
      if (!editRef.current) return;
      if (key === 'Enter') void commit('down');
      else if (key === 'Tab') void commit('right');
      else if (key === 'Escape') {
        setEdit(null);
        focusGrid();
      }
    },
    editBlur: () => {
      void commit('none');
    },
  };
  const stableActions = useMemo<RowActions>(
    () => ({
      mouseDown: (r, c, shift) => actions.current.mouseDown(r, c, shift),
      doubleClick: (r, c) => actions.current.doubleClick(r, c),
      editChange: (text) => actions.current.editChange(text),
      editKey: (key) => actions.current.editKey(key),
      editBlur: () => actions.current.editBlur(),
    }),
    [],
  );
  const columnsKey = visibleColumns.map((c) => `${c.index}:${c.width}:${c.left}`).join(',');
  // the key stands for the list: same columns, same array, rows stay memoized
  const stableColumns = useMemo(() => visibleColumns, [columnsKey]);
  const rowProps = (r: number, sticky: boolean): GridRowProps => {
    const inRows = r >= selected.row && r < selected.row + selected.rowCount;
    return {
      view,
      version,
      row: r,
      sticky,
      columns: stableColumns,
      totalWidth,
      leftPad,
      frozenColumns,
      selection: inRows ? `${selected.column}:${selected.columnCount}:${r === active.row ? active.column : -1}` : '',
      editText: edit && edit.sheet === sheetName && edit.row === r ? edit.text : null,
      editColumn: edit && edit.sheet === sheetName && edit.row === r ? edit.column : -1,
      actions: stableActions,
    };
  };

  const frozenRows: number[] = [];
  for (let r = 0; r < frozen; r++) frozenRows.push(r);
  const bodyRows: number[] = [];
  for (let r = first; r < last; r++) bodyRows.push(r);
  const tabs = sim.sheetNames().filter((name) => sim.getSheet(name).sheet.visibility === 'Visible');
  const leadingHead = visibleColumns.filter((c) => c.index < frozenColumns);
  const restHead = visibleColumns.filter((c) => c.index >= frozenColumns);
  const headGap = leftPad - (leadingHead.length ? leadingHead[leadingHead.length - 1].left + leadingHead[leadingHead.length - 1].width : ROW_NUMBER_WIDTH);

  const columnHead = (c: { index: number; width: number; left: number }) =>
    c.width === 0 ? null : (
      <div
        key={c.index}
        className={`wbg-colhead${c.index >= selected.column && c.index < selected.column + selected.columnCount ? ' sel' : ''}`}
        style={{
          width: c.width,
          flex: 'none',
          position: c.index < frozenColumns ? 'sticky' : undefined,
          left: c.index < frozenColumns ? c.left : undefined,
          zIndex: c.index < frozenColumns ? 1 : undefined,
        }}
      >
        {columnLetters(c.index)}
      </div>
    );

  return (
    <div className="wbg-root" style={{ height, ...style }} data-testid="workbook-grid">
      <style>{CSS}</style>
      <div className="wbg-bar">
        <input
          data-testid="name-box"
          aria-label="Name box"
          style={{ width: 90 }}
          value={nameBox ?? selection.address}
          onChange={(e) => setNameBox(e.target.value)}
          onFocus={(e) => e.target.select()}
          onBlur={() => setNameBox(null)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && nameBox !== null) {
              const parsed = parseAddress(nameBox);
              if (parsed) {
                const sheet = parsed.sheet && sim.hasSheet(parsed.sheet) ? parsed.sheet : sheetName;
                sim.select(sheet, formatArea(parsed.area));
              }
              setNameBox(null);
              focusGrid();
            } else if (e.key === 'Escape') {
              setNameBox(null);
              focusGrid();
            }
          }}
        />
        <span className="wbg-fx">fx</span>
        <input
          data-testid="formula-bar"
          aria-label="Formula bar"
          style={{ flex: 1 }}
          value={formulaText}
          onChange={(e) => setFormulaDraft(e.target.value)}
          onBlur={() => setFormulaDraft(null)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && formulaDraft !== null) {
              const text = formulaDraft;
              setFormulaDraft(null);
              void sim.userEdit(sheetName, formatArea({ row: active.row, column: active.column, rowCount: 1, columnCount: 1 }), text).then(() => focusGrid());
            } else if (e.key === 'Escape') {
              setFormulaDraft(null);
              focusGrid();
            }
          }}
        />
      </div>
      <div
        ref={scrollRef}
        className="wbg-scroll"
        data-testid="grid-scroll"
        tabIndex={0}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onCopy={onCopy}
      >
        <div style={{ position: 'relative', width: totalWidth, height: HEADER_HEIGHT + rowTotal * ROW_HEIGHT }}>
          <div style={{ display: 'flex', position: 'sticky', top: 0, zIndex: 6, height: HEADER_HEIGHT, width: totalWidth }}>
            <div className="wbg-corner" style={{ width: ROW_NUMBER_WIDTH, flex: 'none', position: 'sticky', left: 0, zIndex: 2 }} />
            {leadingHead.map(columnHead)}
            {headGap > 0 && <div style={{ width: headGap, flex: 'none', background: HEADER_BG }} />}
            {restHead.map(columnHead)}
          </div>
          {frozenRows.map((r) => (
            <GridRow key={r} {...rowProps(r, true)} />
          ))}
          <div style={{ height: (first - frozen) * ROW_HEIGHT }} />
          {bodyRows.map((r) => (
            <GridRow key={r} {...rowProps(r, false)} />
          ))}
          <div style={{ height: Math.max(0, rowTotal - last) * ROW_HEIGHT }} />
        </div>
      </div>
      <div className="wbg-tabs" role="tablist">
        {tabs.map((name) => {
          const tabColor = sim.getSheet(name).tabColor;
          return (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={name === sheetName}
              data-sheet-tab={name}
              className={`wbg-tab${name === sheetName ? ' active' : ''}`}
              style={tabColor ? { boxShadow: `inset 0 -3px 0 ${tabColor}` } : undefined}
              onClick={() => {
                void commit('none');
                sim.activateSheet(name);
              }}
            >
              {name}
            </button>
          );
        })}
      </div>
    </div>
  );
}

interface RowActions {
  mouseDown(row: number, column: number, shift: boolean): void;
  doubleClick(row: number, column: number): void;
  editChange(text: string): void;
  editKey(key: string): void;
  editBlur(): void;
}

interface GridColumn {
  index: number;
  width: number;
  left: number;
}

interface GridRowProps {
  view: SheetView;
  /** The workbook version: a new one re-renders the row. */
  version: number;
  row: number;
  sticky: boolean;
  columns: GridColumn[];
  totalWidth: number;
  leftPad: number;
  frozenColumns: number;
  /** "firstColumn:columnCount:activeColumn" when the selection crosses this row, else "". */
  selection: string;
  editText: string | null;
  editColumn: number;
  actions: RowActions;
}

const GridRow = memo(function GridRow(props: GridRowProps) {
  const { view, row: r, sticky, columns, totalWidth, leftPad, frozenColumns, selection, editText, editColumn, actions } = props;
  const [selFirst, selCount, activeColumn] = selection ? selection.split(':').map(Number) : [-1, 0, -1];
  const leading = columns.filter((c) => c.index < frozenColumns);
  const rest = columns.filter((c) => c.index >= frozenColumns);
  const gap = leftPad - (leading.length ? leading[leading.length - 1].left + leading[leading.length - 1].width : ROW_NUMBER_WIDTH);
  const sheetName = view.name;

  const renderCell = (col: GridColumn) => {
    const c = col.index;
    if (col.width === 0) return null;
    const cell = view.cell(r, c);
    const table = view.tableAt(r, c);
    let background = cell.fill;
    let color = cell.fontColor;
    let bold = cell.bold;
    if (table && !cell.fill) {
      if (table.part === 'header') background = TABLE_HEADER_FILL;
      else if (table.part === 'totals') background = TABLE_TOTALS_FILL;
      else if (table.table.showBandedRows && table.bodyIndex % 2 === 0) background = TABLE_BAND_FILL;
    }
    if (table?.part === 'header') {
      if (cell.fontColor === '#000000') color = '#FFFFFF';
      bold = true;
    }
    if (table?.part === 'totals') bold = true;
    const align =
      cell.horizontalAlignment !== 'General'
        ? cell.horizontalAlignment.toLowerCase()
        : cell.isError || cell.valueType === 'Boolean'
          ? 'center'
          : typeof cell.value === 'number'
            ? 'right'
            : 'left';
    const isActive = c === activeColumn;
    const selectedCell = c >= selFirst && c < selFirst + selCount;
    const frozenColumn = c < frozenColumns;
    const cellStyle: CSSProperties = {
      width: col.width,
      background: background ?? (frozenColumn ? '#fff' : undefined),
      backgroundImage: selectedCell && !isActive ? 'linear-gradient(rgba(33,115,70,0.14), rgba(33,115,70,0.14))' : undefined,
      color,
      fontWeight: bold ? 700 : undefined,
      fontStyle: cell.italic ? 'italic' : undefined,
      textAlign: (align === 'centeracrossselection' ? 'center' : align) as CSSProperties['textAlign'],
      whiteSpace: cell.wrapText ? 'normal' : undefined,
      boxShadow: isActive ? `inset 0 0 0 2px ${SELECT}` : undefined,
      position: frozenColumn ? 'sticky' : undefined,
      left: frozenColumn ? col.left : undefined,
      zIndex: frozenColumn ? 1 : undefined,
    };
    const editing = editText !== null && editColumn === c;
    return (
      <div
        key={c}
        className="wbg-cell"
        data-address={cellRef(sheetName, r, c)}
        style={cellStyle}
        title={cell.text.length * 7 > col.width ? cell.text : undefined}
        onMouseDown={(e) => {
          if (editing) return;
          e.preventDefault();
          actions.mouseDown(r, c, e.shiftKey);
        }}
        onDoubleClick={() => actions.doubleClick(r, c)}
      >
        {editing ? (
          <input
            className="wbg-editor"
            data-testid="cell-editor"
            autoFocus
            value={editText}
            onChange={(e) => actions.editChange(e.target.value)}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Enter' || e.key === 'Tab' || e.key === 'Escape') {
                e.preventDefault();
                actions.editKey(e.key);
              }
            }}
            onBlur={() => actions.editBlur()}
          />
        ) : (
          cell.text
        )}
      </div>
    );
  };

  return (
    <div
      data-row={r + 1}
      style={{
        display: 'flex',
        height: ROW_HEIGHT,
        width: totalWidth,
        position: sticky ? 'sticky' : undefined,
        top: sticky ? HEADER_HEIGHT + r * ROW_HEIGHT : undefined,
        zIndex: sticky ? 5 : undefined,
        background: sticky ? '#fff' : undefined,
      }}
    >
      <div
        className={`wbg-rowhead${selection ? ' sel' : ''}`}
        style={{ width: ROW_NUMBER_WIDTH, flex: 'none', position: 'sticky', left: 0, zIndex: 3, lineHeight: `${ROW_HEIGHT - 1}px` }}
      >
        {r + 1}
      </div>
      {leading.map(renderCell)}
      {gap > 0 && <div style={{ width: gap, flex: 'none' }} />}
      {rest.map(renderCell)}
    </div>
  );
});
