// A1 addresses: pure, so the core can name the cell of every problem it finds.

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "Sheet!B2:D10" style address for zero-based row/column indexes. */
export function rangeAddress(sheet: string, row: number, column: number, rowCount: number, columnCount: number): string {
  const start = `${columnLetter(column)}${row + 1}`;
  const end = `${columnLetter(column + columnCount - 1)}${row + rowCount}`;
  return `${quoteSheet(sheet)}!${start}:${end}`;
}

export function cellAddress(sheet: string, row: number, column: number): string {
  return `${quoteSheet(sheet)}!${columnLetter(column)}${row + 1}`;
}

function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Zero-based first row and column of an address such as "Quants!A1:P20" or "B3". */
export function topLeftOf(address: string): { row: number; column: number } {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const match = /^\$?([A-Z]+)\$?(\d+)/.exec(local);
  if (!match) throw new RangeError(`Not a cell address: ${address}`);
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/**
 * Zero-based rows an address covers ("F12", "F12:G40", "A3:A3,C9" from a multi-area
 * change); null for whole columns ("F:F") or anything unreadable: the caller then
 * treats every row as changed.
 */
export function rowsOf(address: string): Set<number> | null {
  const rows = new Set<number>();
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  for (const area of local.split(',')) {
    const match = /^\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/.exec(area.trim());
    if (!match) return null;
    const first = Number(match[1]) - 1;
    const last = Number(match[2] ?? match[1]) - 1;
    if (last - first > 1_000_000) return null;
    for (let r = first; r <= last; r++) rows.add(r);
  }
  return rows;
}
