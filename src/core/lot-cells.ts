// What a Lot/Serial cell really holds, and Excel's ways of spoiling it: serials turned
// into numbers or dates, invisible spaces, control characters, several values in one cell.
// One set of rules for every route a name enters by (the Restore sheet, generated names,
// spread cells, packing lists): readLotCell for a cell, checkLotName for a name.
//
// The rules, in the order they are checked (the first that applies is reported):
// - refused: blank; a number, date or logical value (Excel converted the text);
//   an Excel error (#N/A, #VALUE!, ... also typed as text);
// - refused: emoji (a serial is typed, scanned and printed as a barcode: Code 128 and GS1
//   labels carry ASCII, scanners do not produce emoji, and emoji sequences hide joiners and
//   variation selectors, so two that look alike can differ);
// - refused: characters of Unicode categories Cc (C0/C1 controls, DEL), Cf (format: bidi
//   marks, overrides and isolates, zero-width characters, BOM, soft hyphen, tags), Cs (lone
//   surrogates), Co (private use), Cn (unassigned, non-characters), the line and paragraph
//   separators, and spaces other than the plain space (non-breaking, ideographic, en...):
//   all are invisible or change how the text is shown, so a name would not be what it looks
//   like (U+202E makes "SN-\u202E1000" display as "SN-0001");
// - refused: several values in one cell; a leading or trailing space;
// - refused: longer than MAX_LOT_NAME_LENGTH characters;
// - refused: text starting with "=": a formula typed into a Text cell, so Excel kept the
//   formula's text, not its result. Odoo would store that text as the name, and a CSV export
//   of Odoo's lots opened in a spreadsheet would run it (formula injection);
// - warned: placeholders that are clearly not serials ("null", "undefined", "NaN",
//   "[object Object]", "None", "N/A", "TRUE"/"FALSE"), and text starting with "+", "-" or
//   "@" followed by a function call, cell-reference or number arithmetic ("+SUM(A1)",
//   "-1+1"). A warning does not block posting, like the other warnings of the Restore sheet:
//   "-001" or "+A" style names are legitimate and stay silent.

import { _t } from './words/translate';

export type LotCell = { ok: true; name: string; warning?: string } | { ok: false; problem: string };

/**
 * Longest Lot/Serial name accepted, in characters. Odoo's stock.lot `name` is a Char without
 * a size (no limit in the database), so the limit is ours: GS1 barcodes carry at most 20
 * characters for a batch/lot (AI 10) or a serial (AI 21); 128 is six times that, room for
 * any prefix. A longer value is a paste gone wrong (a sentence, a column joined into one
 * cell), not a name.
 */
export const MAX_LOT_NAME_LENGTH = 128;

const fixAsText = () => _t('Format the Lot/Serial column as Text and paste the values again.');
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
const DIRECTION = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const SEPARATOR = /[\u2028\u2029]/;
const NBSP = /[\u00A0\u2007\u202F]/;
/** Spaces other than U+0020 (category Zs). */
const OTHER_SPACE = /(?! )\p{Zs}/u;
/** Emoji: pictographs, flags (regional indicators), keycaps and the emoji variation selector. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\uFE0F|\u20E3/u;
const EXCEL_ERROR =
  /^#(N\/A|VALUE!|REF!|NAME\?|DIV\/0!|NUM!|NULL!|SPILL!|CALC!|BUSY!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|EXTERNAL!|UNKNOWN!|PYTHON!|TIMEOUT!)$/i;
const PLACEHOLDER = /^(null|undefined|nan|none|nil|n\/a|\[object object\]|true|false)$/i;
/** "+SUM(", "-A1+", "@B$2*", "+1+1": a function call or arithmetic after a leading sign or @. */
const FORMULA_LIKE = /^[+\-@]\s*(?:[A-Za-z_][A-Za-z0-9_.]*\s*\(|\$?[A-Za-z]{1,3}\$?\d+\s*[-+*/^&]|\d+(?:\.\d+)?\s*[-+*/^&]\s*\d)/;
export const DATE_FORMAT = /[dmy]{1,4}[-/.][dmy]{1,4}|yyyy|mmm/i;

/** Read a Lot/Serial cell. `format` is the cell's number format (to tell a date from a number). */
export function readLotCell(value: unknown, format = 'General'): LotCell {
  if (value === null || value === undefined || value === '') return { ok: false, problem: _t('Lot/Serial is blank.') };
  if (typeof value === 'boolean')
    return { ok: false, problem: `${_t('Lot/Serial is the logical value {value}.', { value: String(value).toUpperCase() })} ${fixAsText()}` };
  if (typeof value === 'number') return { ok: false, problem: numberProblem(value, format) };
  return checkLotName(String(value));
}

/** The rules a Lot/Serial name follows, whatever route it enters by (a cell, a generator, a packing list). */
export function checkLotName(text: string): LotCell {
  if (text === '') return { ok: false, problem: _t('Lot/Serial is blank.') };
  if (EXCEL_ERROR.test(text))
    return { ok: false, problem: _t('Lot/Serial is the Excel error {error}; fix the formula or value in this cell.', { error: text }) };
  if (EMOJI.test(text))
    return { ok: false, problem: _t('Lot/Serial contains an emoji; a lot or serial number must be typed, scanned and printed as a barcode. Retype it.') };
  const forbidden = forbiddenCharacter(text);
  if (forbidden) return { ok: false, problem: forbidden };
  const several = splitSeveral(text);
  if (several.length > 1)
    return {
      ok: false,
      problem: _t('Lot/Serial holds {count} values ({values}); put one per row.', {
        count: several.length,
        values: `${several.slice(0, 3).join(', ')}${several.length > 3 ? ', …' : ''}`,
      }),
    };
  if (text !== text.trim())
    return {
      ok: false,
      problem: _t('Lot/Serial "{text}" has a leading or trailing space, which Odoo would keep as part of the name. Remove it (TRIM).', { text }),
    };
  const length = [...text].length;
  if (length > MAX_LOT_NAME_LENGTH) {
    return {
      ok: false,
      problem: _t(
        'Lot/Serial is {length} characters long; Odoo lot and serial names here are limited to {max} characters (a longer value is usually a paste gone wrong).',
        { length, max: MAX_LOT_NAME_LENGTH },
      ),
    };
  }
  if (text.startsWith('='))
    return {
      ok: false,
      problem: _t(
        'Lot/Serial starts with "=": it is a formula typed into a cell formatted as Text, so Excel kept its text, not its result. Enter the value itself.',
      ),
    };
  if (PLACEHOLDER.test(text))
    return {
      ok: true,
      name: text,
      warning: _t('Lot/Serial "{text}" looks like a placeholder left by a program or a formula, not a lot or serial number.', { text }),
    };
  if (FORMULA_LIKE.test(text)) return { ok: true, name: text, warning: _t('Lot/Serial "{text}" looks like a formula, not a lot or serial number.', { text }) };
  return { ok: true, name: text };
}

/** The first invisible or display-changing character, described with its code point; null when there is none. */
function forbiddenCharacter(text: string): string | null {
  const at = (pattern: RegExp) => {
    const match = pattern.exec(text);
    return match ? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
  };
  let code: string | null;
  if ((code = at(CONTROL)))
    return _t('Lot/Serial contains a control character ({code}, often from a scanner or a copied file). Retype it or clean it with CLEAN().', { code });
  if ((code = at(ZERO_WIDTH))) return _t('Lot/Serial contains an invisible zero-width character ({code}). Retype it.', { code });
  if ((code = at(DIRECTION)))
    return _t('Lot/Serial contains an invisible text direction mark ({code}), which makes it display differently from what it is. Retype it.', { code });
  if ((code = at(/\u00AD/))) return _t('Lot/Serial contains an invisible soft hyphen ({code}). Retype it.', { code });
  if ((code = at(SEPARATOR))) return _t('Lot/Serial contains a line or paragraph separator ({code}). Retype it.', { code });
  if (NBSP.test(text))
    return _t('Lot/Serial contains a non-breaking space (often copied from a web page or PDF). Retype it or use SUBSTITUTE(cell, CHAR(160), "").');
  if ((code = at(OTHER_SPACE))) return _t('Lot/Serial contains an unusual space ({code}); only the ordinary space is allowed. Retype it.', { code });
  if ((code = at(/\p{Cs}/u))) return _t('Lot/Serial contains a broken character ({code}, half of a pair). Retype it.', { code });
  if ((code = at(/\p{Cf}/u))) return _t('Lot/Serial contains an invisible formatting character ({code}). Retype it.', { code });
  if ((code = at(/[\p{Co}\p{Cn}]/u))) return _t('Lot/Serial contains a private-use or unassigned character ({code}). Retype it.', { code });
  return null;
}

function numberProblem(value: number, format: string): string {
  // The number is shown as Excel showed it in the cell (1.23E+15, 0.5), not as a quantity.
  if (DATE_FORMAT.test(format)) return `${_t('Lot/Serial was turned into a date by Excel ({format}).', { format })} ${fixAsText()}`;
  if (!Number.isInteger(value)) return `${_t('Lot/Serial {value} was turned into a decimal number by Excel.', { value: String(value) })} ${fixAsText()}`;
  if (Math.abs(value) >= 1e15) {
    const shown = value.toExponential(2).toUpperCase();
    return `${_t('Lot/Serial {value} was turned into a number by Excel, which keeps only 15 digits: the last digits are lost.', { value: shown })} ${fixAsText()}`;
  }
  return `${_t('Lot/Serial {value} was turned into a number by Excel, so leading zeros may be lost.', { value: String(value) })} ${fixAsText()}`;
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
