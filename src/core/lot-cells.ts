// What a Lot/Serial cell really holds, and Excel's ways of spoiling it: serials turned
// into numbers or dates, invisible spaces, control characters, several values in one cell.

export type LotCell = { ok: true; name: string } | { ok: false; problem: string };

const FIX_AS_TEXT = 'Format the Lot/Serial column as Text and paste the values again.';
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
const NBSP = /[\u00A0\u2007\u202F]/;
const EXCEL_ERROR = /^#(N\/A|VALUE!|REF!|NAME\?|DIV\/0!|NUM!|NULL!|SPILL!|CALC!|BUSY!)$/;
export const DATE_FORMAT = /[dmy]{1,4}[-/.][dmy]{1,4}|yyyy|mmm/i;

/** Read a Lot/Serial cell. `format` is the cell's number format (to tell a date from a number). */
export function readLotCell(value: unknown, format = 'General'): LotCell {
  if (value === null || value === undefined || value === '') return { ok: false, problem: 'Lot/Serial is blank.' };
  if (typeof value === 'boolean') return { ok: false, problem: `Lot/Serial is the logical value ${String(value).toUpperCase()}. ${FIX_AS_TEXT}` };
  if (typeof value === 'number') return { ok: false, problem: numberProblem(value, format) };
  const text = String(value);
  if (EXCEL_ERROR.test(text)) return { ok: false, problem: `Lot/Serial is the Excel error ${text}; fix the formula or value in this cell.` };
  if (CONTROL.test(text))
    return { ok: false, problem: 'Lot/Serial contains a control character (often from a scanner or a copied file). Retype it or clean it with CLEAN().' };
  if (ZERO_WIDTH.test(text)) return { ok: false, problem: 'Lot/Serial contains an invisible zero-width character. Retype it.' };
  if (NBSP.test(text))
    return {
      ok: false,
      problem: 'Lot/Serial contains a non-breaking space (often copied from a web page or PDF). Retype it or use SUBSTITUTE(cell, CHAR(160), "").',
    };
  const several = splitSeveral(text);
  if (several.length > 1)
    return {
      ok: false,
      problem: `Lot/Serial holds ${several.length} values (${several.slice(0, 3).join(', ')}${several.length > 3 ? ', …' : ''}); put one per row.`,
    };
  if (text !== text.trim())
    return { ok: false, problem: `Lot/Serial "${text}" has a leading or trailing space, which Odoo would keep as part of the name. Remove it (TRIM).` };
  return { ok: true, name: text };
}

function numberProblem(value: number, format: string): string {
  if (DATE_FORMAT.test(format)) return `Lot/Serial was turned into a date by Excel (${format}). ${FIX_AS_TEXT}`;
  if (!Number.isInteger(value)) return `Lot/Serial ${value} was turned into a decimal number by Excel. ${FIX_AS_TEXT}`;
  if (Math.abs(value) >= 1e15) {
    return `Lot/Serial ${value.toExponential(2).toUpperCase().replace('+', '+')} was turned into a number by Excel, which keeps only 15 digits: the last digits are lost. ${FIX_AS_TEXT}`;
  }
  return `Lot/Serial ${value} was turned into a number by Excel, so leading zeros may be lost. ${FIX_AS_TEXT}`;
}

/** "SN1, SN2; SN3" or one value per line inside the cell. A lone value gives one element. */
export function splitSeveral(text: string): string[] {
  if (!/[\n\r,;]/.test(text)) return [text];
  return text
    .split(/[\n\r,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Same name for a person: case, spaces and dashes ignored. Odoo still sees the two as different. */
export function looseName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}
