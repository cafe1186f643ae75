// A1 addresses for the simulator: parsing "Sheet1!A1:C3", "'My sheet'!B:B", "3:5",
// and formatting them the way Excel's Range.address does.

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based. */
export interface Area {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface ParsedAddress {
  sheet?: string;
  area: Area;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column - 1;
}

/** Excel quotes a sheet name in addresses unless it is a plain identifier that can't be read as a cell. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name);
  const cellLike = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name);
  return plain && !cellLike ? name : `'${name.replace(/'/g, "''")}'`;
}

export function isEntireColumns(area: Area): boolean {
  return area.row === 0 && area.rowCount === MAX_ROWS;
}

export function isEntireRows(area: Area): boolean {
  return area.column === 0 && area.columnCount === MAX_COLUMNS;
}

/** "A1", "A1:C3", "B:D", "3:5" (no sheet). */
export function formatArea(area: Area): string {
  const lastRow = area.row + area.rowCount - 1;
  const lastCol = area.column + area.columnCount - 1;
  if (isEntireColumns(area) && !isEntireRows(area)) return `${columnLetters(area.column)}:${columnLetters(lastCol)}`;
  if (isEntireRows(area) && !isEntireColumns(area)) return `${area.row + 1}:${lastRow + 1}`;
  if (isEntireRows(area) && isEntireColumns(area)) return `1:${MAX_ROWS}`;
  const start = `${columnLetters(area.column)}${area.row + 1}`;
  if (area.rowCount === 1 && area.columnCount === 1) return start;
  return `${start}:${columnLetters(lastCol)}${lastRow + 1}`;
}

export function formatAddress(sheet: string, area: Area): string {
  return `${quoteSheetName(sheet)}!${formatArea(area)}`;
}

export function cellRef(sheet: string, row: number, column: number): string {
  return `${quoteSheetName(sheet)}!${columnLetters(column)}${row + 1}`;
}

type Part = { kind: 'cell'; row: number; column: number } | { kind: 'column'; column: number } | { kind: 'row'; row: number };

function parsePart(text: string): Part | null {
  const m = /^\$?([A-Za-z]{1,3})?(\$?)(\d+)?$/.exec(text);
  if (!m || (!m[1] && !m[3])) return null;
  if (m[2] && !m[3]) return null;
  const column = m[1] ? columnIndex(m[1]) : -1;
  const row = m[3] ? Number(m[3]) - 1 : -1;
  if (column >= MAX_COLUMNS || row >= MAX_ROWS || (m[3] && row < 0)) return null;
  if (m[1] && m[3]) return { kind: 'cell', row, column };
  if (m[1]) return { kind: 'column', column };
  return { kind: 'row', row };
}

/** Splits "Sheet!A1" into its sheet (unquoted) and local parts. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const text = address.trim();
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { local: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: text.slice(bang + 1) };
}

/** Parses an A1 address; null when it is not one. */
export function parseAddress(address: string): ParsedAddress | null {
  const { sheet, local } = splitSheet(address);
  const pieces = local.split(':');
  if (pieces.length > 2 || pieces.some((p) => p === '')) return null;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b) return null;
  let area: Area;
  if (a.kind === 'cell' && b.kind === 'cell') {
    const row = Math.min(a.row, b.row);
    const column = Math.min(a.column, b.column);
    area = { row, column, rowCount: Math.abs(a.row - b.row) + 1, columnCount: Math.abs(a.column - b.column) + 1 };
  } else if (a.kind === 'column' && b.kind === 'column' && pieces.length === 2) {
    const column = Math.min(a.column, b.column);
    area = { row: 0, column, rowCount: MAX_ROWS, columnCount: Math.abs(a.column - b.column) + 1 };
  } else if (a.kind === 'row' && b.kind === 'row' && pieces.length === 2) {
    const row = Math.min(a.row, b.row);
    area = { row, column: 0, rowCount: Math.abs(a.row - b.row) + 1, columnCount: MAX_COLUMNS };
  } else {
    return null;
  }
  return sheet === undefined ? { area } : { sheet, area };
}

export function intersect(a: Area, b: Area): Area | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const lastRow = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const lastCol = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (lastRow <= row || lastCol <= column) return null;
  return { row, column, rowCount: lastRow - row, columnCount: lastCol - column };
}

export function contains(outer: Area, inner: Area): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

export function boundingArea(a: Area, b: Area): Area {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  const lastRow = Math.max(a.row + a.rowCount, b.row + b.rowCount);
  const lastCol = Math.max(a.column + a.columnCount, b.column + b.columnCount);
  return { row, column, rowCount: lastRow - row, columnCount: lastCol - column };
}

export function validArea(area: Area): boolean {
  return (
    Number.isInteger(area.row) &&
    Number.isInteger(area.column) &&
    Number.isInteger(area.rowCount) &&
    Number.isInteger(area.columnCount) &&
    area.row >= 0 &&
    area.column >= 0 &&
    area.rowCount >= 1 &&
    area.columnCount >= 1 &&
    area.row + area.rowCount <= MAX_ROWS &&
    area.column + area.columnCount <= MAX_COLUMNS
  );
}
