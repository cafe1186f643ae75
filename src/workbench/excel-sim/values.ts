// Cell value semantics of Excel (en-US): how typed or written text becomes a
// number, date, boolean, error, formula or text, and how a value is displayed
// through a number format (Range.text).

export type CellValue = string | number | boolean;

export const ERROR_VALUES = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BUSY!',
  '#BLOCKED!',
  '#CONNECT!',
  '#UNKNOWN!',
] as const;

const ERROR_SET = new Set<string>(ERROR_VALUES);
const HAS_DIGIT = /\d/;
const LETTER_FIRST = /^\s*[A-Za-z_\\/]/;
const MONTH_FIRST = /^\s*[A-Za-z]{3,9}[ -]\d/;

export function isErrorLiteral(text: string): boolean {
  return ERROR_SET.has(text.toUpperCase());
}

/** What text typed into (or written by the API to) a cell becomes. */
export type Input =
  { kind: 'empty' } | { kind: 'formula'; formula: string } | { kind: 'value'; value: CellValue; error?: boolean; format?: string; quotePrefix?: boolean };

export const GENERAL = 'General';
export const TEXT_FORMAT = '@';

export function isGeneral(numberFormat: string | undefined): boolean {
  return !numberFormat || numberFormat.toLowerCase() === 'general';
}

export function isTextFormat(numberFormat: string | undefined): boolean {
  return numberFormat === TEXT_FORMAT;
}

/** Excel keeps 15 significant digits. */
export function roundTo15(n: number): number {
  if (n === 0 || !Number.isFinite(n)) return n === 0 ? 0 : n;
  // fast paths: integers and short decimals already fit in 15 digits
  if (Number.isInteger(n) && n < 1e15 && n > -1e15) return n;
  if (n < 1e9 && n > -1e9 && Number.isInteger(n * 1e6)) return n;
  return Number(n.toPrecision(15));
}

/** Excel's input parser truncates digits beyond the 15th significant one (it does not round). */
function truncatedNumber(intPart: string, fracPart: string, exp: number): number {
  let digits = intPart + fracPart;
  let pointPos = intPart.length + exp;
  const lead = digits.search(/[1-9]/);
  if (lead < 0) return 0;
  digits = digits.slice(lead);
  pointPos -= lead;
  if (digits.length > 15) digits = digits.slice(0, 15);
  return Number(`0.${digits}e${pointPos}`);
}

const NUMERIC = String.raw`(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?(?:[eE]([+-]?\d+))?`;
const PLAIN_RE = new RegExp(`^([+-])?${NUMERIC}$`);
const PERCENT_RE = new RegExp(`^([+-])?${NUMERIC}%$`);
const CURRENCY_RE = new RegExp(`^([+-])?\\$([+-])?${NUMERIC}$`);
const PARENS_RE = new RegExp(`^\\(\\$?${NUMERIC}\\)$`);

interface NumberParts {
  int?: string;
  frac?: string;
  exp?: string;
}

function partsToNumber(p: NumberParts): number | null {
  const intDigits = (p.int ?? '').replace(/,/g, '');
  const frac = p.frac ?? '';
  if (!intDigits && !frac) return null;
  const exp = p.exp ? Number(p.exp) : 0;
  const n = truncatedNumber(intDigits, frac, exp);
  return Number.isFinite(n) && Math.abs(n) < 1e308 ? n : null;
}

/** A number written the en-US way, with the number format Excel applies to a General cell. */
export function parseNumberText(text: string): { value: number; format?: string } | null {
  const s = text.trim();
  if (!s) return null;
  let m = PLAIN_RE.exec(s);
  if (m) {
    const n = partsToNumber({ int: m[2], frac: m[3], exp: m[4] });
    if (n === null) return null;
    const value = m[1] === '-' ? -n : n;
    if (m[4] !== undefined) return { value, format: '0.00E+00' };
    if (m[2]?.includes(',')) return { value, format: m[3] ? '#,##0.00' : '#,##0' };
    return { value };
  }
  m = PERCENT_RE.exec(s);
  if (m) {
    const n = partsToNumber({ int: m[2], frac: m[3], exp: m[4] });
    if (n === null) return null;
    const value = roundTo15((m[1] === '-' ? -n : n) / 100);
    return { value, format: m[3] ? '0.00%' : '0%' };
  }
  m = CURRENCY_RE.exec(s);
  if (m) {
    if (m[1] && m[2]) return null;
    const n = partsToNumber({ int: m[3], frac: m[4], exp: m[5] });
    if (n === null) return null;
    const value = m[1] === '-' || m[2] === '-' ? -n : n;
    return { value, format: m[4] ? '$#,##0.00' : '$#,##0' };
  }
  m = PARENS_RE.exec(s);
  if (m) {
    const n = partsToNumber({ int: m[1], frac: m[2], exp: m[3] });
    if (n === null) return null;
    return { value: -n, format: s.includes('$') ? '$#,##0_);($#,##0)' : undefined };
  }
  return null;
}

// ---------------------------------------------------------------- dates

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export function dateToSerial(year: number, month: number, day: number): number {
  const serial = Math.round((Date.UTC(year, month - 1, day) - EPOCH) / DAY_MS);
  // Excel counts the non-existent 1900-02-29 (serial 60), so earlier dates are one lower.
  return serial < 61 ? serial - 1 : serial;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  weekday: number;
}

export function serialToDate(serial: number): DateParts {
  let whole = Math.floor(serial);
  let fraction = serial - whole;
  let secondsOfDay = Math.round(fraction * 86400);
  if (secondsOfDay >= 86400) {
    whole += 1;
    secondsOfDay -= 86400;
  }
  fraction = secondsOfDay;
  if (whole === 60) return { year: 1900, month: 2, day: 29, hours: 0, minutes: 0, seconds: 0, weekday: 3 };
  const adjusted = whole < 61 ? whole + 1 : whole;
  const date = new Date(EPOCH + adjusted * DAY_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hours: Math.floor(fraction / 3600),
    minutes: Math.floor((fraction % 3600) / 60),
    seconds: fraction % 60,
    weekday: date.getUTCDay(),
  };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function monthFromName(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return 0;
  const index = MONTHS.findIndex((m) => m === lower || (lower.length === 3 && m.startsWith(lower)) || (lower === 'sept' && m === 'september'));
  return index + 1;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length <= 2) return n < 30 ? 2000 + n : 1900 + n;
  return n;
}

function validDate(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parseTime(text: string): { fraction: number; format: string } | null {
  const m = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\s*([AaPp])[Mm]?)?$/.exec(text);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = m[3] ? Number(m[3]) : 0;
  if (minutes > 59 || seconds > 59) return null;
  if (m[4]) {
    if (hours < 1 || hours > 12) return null;
    const pm = m[4].toLowerCase() === 'p';
    hours = (hours % 12) + (pm ? 12 : 0);
  } else if (hours > 23) {
    return null;
  }
  const fraction = (hours * 3600 + minutes * 60 + seconds) / 86400;
  const format = m[4] ? (m[3] ? 'h:mm:ss AM/PM' : 'h:mm AM/PM') : m[3] ? 'h:mm:ss' : 'h:mm';
  return { fraction, format };
}

/**
 * A date or time as Excel en-US recognises it when typed: "2024-03-05", "3/5/2024",
 * "3/5/24", "3/5" and "12-5" (this year), "5-13" (May 2013), "5-Mar-2024", "10:30 PM".
 */
export function parseDateText(text: string, now: Date = new Date()): { value: number; format: string } | null {
  const s = text.trim();
  if (!s || !/[\d]/.test(s)) return null;
  const time = parseTime(s);
  if (time) return { value: roundTo15(time.fraction), format: time.format };
  let datePart = s;
  let timePart: { fraction: number; format: string } | null = null;
  const space = /^(\S+)\s+(\d{1,2}:\d{1,2}(?::\d{1,2})?(?:\s*[AaPp][Mm]?)?)$/.exec(s);
  if (space) {
    timePart = parseTime(space[2]);
    if (!timePart) return null;
    datePart = space[1];
  }
  const date = parseDateOnly(datePart, now);
  if (!date) return null;
  if (timePart) return { value: roundTo15(date.value + timePart.fraction), format: 'm/d/yyyy h:mm' };
  return date;
}

function parseDateOnly(s: string, now: Date): { value: number; format: string } | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? { value: dateToSerial(y, mo, d), format: 'yyyy-mm-dd' } : null;
  }
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? { value: dateToSerial(y, mo, d), format: 'm/d/yyyy' } : null;
  }
  m = /^(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const [mo, d, y] = [Number(m[1]), Number(m[3]), fullYear(m[4])];
    return validDate(y, mo, d) ? { value: dateToSerial(y, mo, d), format: 'm/d/yyyy' } : null;
  }
  m = /^(\d{1,2})[/-](\d{1,4})$/.exec(s);
  if (m) {
    const mo = Number(m[1]);
    const second = Number(m[2]);
    const year = now.getFullYear();
    if (m[2].length <= 2 && validDate(year, mo, second)) return { value: dateToSerial(year, mo, second), format: 'd-mmm' };
    // month and year: "5-13" is May 2013, "5/2024" is May 2024
    if (mo >= 1 && mo <= 12 && (m[2].length <= 2 || (second >= 1900 && second <= 9999))) {
      const y = fullYear(m[2]);
      return validDate(y, mo, 1) ? { value: dateToSerial(y, mo, 1), format: 'mmm-yy' } : null;
    }
    return null;
  }
  m = /^(\d{1,2})[ -]([A-Za-z]{3,9})(?:[ -](\d{2}|\d{4}))?$/.exec(s);
  if (m) {
    const mo = monthFromName(m[2]);
    const d = Number(m[1]);
    const y = m[3] ? fullYear(m[3]) : now.getFullYear();
    if (!mo || !validDate(y, mo, d)) return null;
    return { value: dateToSerial(y, mo, d), format: m[3] ? 'd-mmm-yy' : 'd-mmm' };
  }
  m = /^([A-Za-z]{3,9})[ -](\d{1,2}),?[ -](\d{4})$/.exec(s);
  if (m) {
    const mo = monthFromName(m[1]);
    const d = Number(m[2]);
    const y = Number(m[3]);
    if (!mo || !validDate(y, mo, d)) return null;
    return { value: dateToSerial(y, mo, d), format: 'd-mmm-yy' };
  }
  return null;
}

/**
 * What a string becomes in a cell with the given number format, the way Excel
 * treats typed text and strings written to Range.values (en-US).
 */
export function parseInput(text: string, numberFormat: string | undefined, now?: Date): Input {
  if (text === '') return { kind: 'empty' };
  if (isTextFormat(numberFormat)) return { kind: 'value', value: text };
  if (text.startsWith("'")) {
    const rest = text.slice(1);
    return rest === '' ? { kind: 'empty' } : { kind: 'value', value: rest, quotePrefix: true };
  }
  if (text.length > 1 && text.startsWith('=')) return { kind: 'formula', formula: text };
  if (!HAS_DIGIT.test(text)) {
    // no digit: only a boolean or an error literal can be more than text
    if (text.length > 16) return { kind: 'value', value: text };
    const upper = text.trim().toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
    if (ERROR_SET.has(upper)) return { kind: 'value', value: upper, error: true };
    return { kind: 'value', value: text };
  }
  if (LETTER_FIRST.test(text) && !MONTH_FIRST.test(text)) return { kind: 'value', value: text };
  const number = parseNumberText(text);
  if (number) return { kind: 'value', value: number.value, ...(number.format ? { format: number.format } : {}) };
  const date = parseDateText(text, now);
  if (date) return { kind: 'value', value: date.value, format: date.format };
  return { kind: 'value', value: text };
}

// ---------------------------------------------------------------- display

/** 15 significant digits of x > 0: digits (no trailing zeros) and the decimal point's position. */
function significant(x: number): { digits: string; pointPos: number } {
  const [mantissa, exponent] = x.toExponential(14).split('e');
  const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
  return { digits, pointPos: Number(exponent) + 1 };
}

/** Rounds (half away from zero) a digit string to `keep` digits; may carry into a new leading digit. */
function roundDigits(digits: string, keep: number): { digits: string; carry: boolean } {
  if (keep >= digits.length) return { digits, carry: false };
  if (keep < 0) return { digits: '', carry: false };
  const roundUp = digits.charCodeAt(keep) >= 53; // '5'
  let kept = digits.slice(0, keep);
  if (!roundUp) return { digits: kept, carry: false };
  const chars = kept.split('');
  let i = chars.length - 1;
  while (i >= 0) {
    if (chars[i] === '9') {
      chars[i] = '0';
      i--;
    } else {
      chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
      break;
    }
  }
  kept = chars.join('');
  if (i < 0) return { digits: '1' + kept, carry: true };
  return { digits: kept, carry: false };
}

/** |x| with exactly `decimals` decimals, rounded half away from zero on 15 significant digits. */
export function toFixedDigits(x: number, decimals: number): { int: string; frac: string } {
  const abs = Math.abs(x);
  if (abs === 0) return { int: '0', frac: '0'.repeat(decimals) };
  const { digits, pointPos } = significant(abs);
  const keep = pointPos + decimals;
  if (keep < 0) return { int: '0', frac: '0'.repeat(decimals) };
  let rounded = roundDigits(digits, keep);
  let point = pointPos;
  if (keep === 0) {
    // everything rounds away, unless the first digit rounds up into a new one
    rounded = digits.charCodeAt(0) >= 53 ? { digits: '1', carry: true } : { digits: '', carry: false };
  }
  if (rounded.carry) point += 1;
  const all = rounded.digits.padEnd(point + decimals, '0');
  let int: string;
  let frac: string;
  if (point <= 0) {
    int = '0';
    frac = ('0'.repeat(-point) + all).slice(0, decimals).padEnd(decimals, '0');
  } else {
    int = all.slice(0, point) || '0';
    frac = all.slice(point, point + decimals).padEnd(decimals, '0');
  }
  int = int.replace(/^0+(?=\d)/, '');
  return { int, frac };
}

/** Mantissa digits and exponent for scientific display with `decimals` mantissa decimals. */
function toScientific(x: number, decimals: number): { mantissa: string; exponent: number } {
  const abs = Math.abs(x);
  if (abs === 0) return { mantissa: decimals > 0 ? '0.' + '0'.repeat(decimals) : '0', exponent: 0 };
  const { digits, pointPos } = significant(abs);
  const rounded = roundDigits(digits, decimals + 1);
  const exponent = pointPos - 1 + (rounded.carry ? 1 : 0);
  const all = rounded.digits.padEnd(decimals + 1, '0');
  return { mantissa: decimals > 0 ? `${all[0]}.${all.slice(1, decimals + 1)}` : all[0], exponent };
}

function exponentText(exponent: number, minDigits = 2, plus = true): string {
  const sign = exponent < 0 ? '-' : plus ? '+' : '';
  return sign + String(Math.abs(exponent)).padStart(minDigits, '0');
}

/**
 * How Excel shows numbers for the user's locale: the decimal and thousands separators and the
 * booleans. Number-format codes stay locale-independent ("#,##0.00" everywhere), as in Excel:
 * only the text a cell shows changes. Typing still reads numbers the en-US way.
 */
export interface SimLocale {
  decimal: string;
  group: string;
  true: string;
  false: string;
}

export const SIM_LOCALES = {
  'en-US': { decimal: '.', group: ',', true: 'TRUE', false: 'FALSE' },
  // Windows' French: a narrow no-break space between thousands, as Intl's fr-FR
  'fr-FR': { decimal: ',', group: '\u202f', true: 'VRAI', false: 'FAUX' },
} as const satisfies Record<string, SimLocale>;

export type SimLocaleName = keyof typeof SIM_LOCALES;

/**
 * What the user typed, read as the locale's Excel reads it: in French, "1 234,5" or "4,5"
 * is a number and VRAI a boolean; given back in the en-US form the rest of the sim parses. Anything else
 * (an en-US "1.5", text, a formula) is left as typed.
 */
export function typedInLocale(text: string, locale: SimLocale): string {
  if (locale.decimal === '.') return text;
  const upper = text.trim().toUpperCase();
  if (upper === locale.true || upper === locale.false) return upper === locale.true ? 'TRUE' : 'FALSE';
  const m = /^\s*(-?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?\s*(%?)\s*$/.exec(text);
  if (!m || (m[3] === undefined && !/[ \u00a0\u202f]/.test(m[2]))) return text;
  return `${m[1]}${m[2].replace(/[ \u00a0\u202f]/g, '')}${m[3] === undefined ? '' : `.${m[3]}`}${m[4]}`;
}

/** A number's text made with "." and "," in the locale's separators. */
export function localized(numberText: string, locale: SimLocale): string {
  if (locale.decimal === '.' && locale.group === ',') return numberText;
  return numberText.replace(/[.,]/g, (ch) => (ch === '.' ? locale.decimal : locale.group));
}

/** Excel's General format for a number in a standard-width column (11 characters). */
export function formatGeneral(n: number): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  if (abs >= 1e11 || abs < 1e-5) {
    // 1.23457E+17: as many mantissa digits as fit, at most 5 decimals
    const { exponent } = toScientific(abs, 5);
    const expText = exponentText(exponent);
    const room = 11 - sign.length - 1 - 1 - expText.length; // digit, point, E
    const decimals = Math.max(0, Math.min(5, room));
    const sci = toScientific(abs, decimals);
    const mantissa = sci.mantissa.includes('.') ? sci.mantissa.replace(/0+$/, '').replace(/\.$/, '') : sci.mantissa;
    return `${sign}${mantissa}E${exponentText(sci.exponent)}`;
  }
  const intDigits = toFixedDigits(abs, 0).int.length;
  if (sign.length + intDigits > 11) return `${sign}${toScientific(abs, 5).mantissa}E${exponentText(toScientific(abs, 5).exponent)}`;
  const decimals = Math.max(0, 11 - sign.length - intDigits - 1);
  const { int, frac } = toFixedDigits(abs, decimals);
  const trimmed = frac.replace(/0+$/, '');
  const text = trimmed ? `${int}.${trimmed}` : int;
  return text === '0' ? '0' : sign + text;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}

type Token = { t: 'lit'; v: string } | { t: 'code'; v: string };

/** Splits a format section into literal text and format codes. */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const lit = (v: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.t === 'lit') last.v += v;
    else tokens.push({ t: 'lit', v });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      lit(section[i + 1] ?? '');
      i++;
    } else if (ch === '_') {
      lit(' ');
      i++;
    } else if (ch === '*') {
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      if (/^\$/.test(inner)) lit(inner.slice(1).split('-')[0]);
      else if (/^h+$|^m+$|^s+$/i.test(inner)) tokens.push({ t: 'code', v: `[${inner.toLowerCase()}]` });
      i = end < 0 ? section.length : end;
    } else if (/[0#?.,%Ee@]/.test(ch) && !(ch === 'E' || ch === 'e')) {
      tokens.push({ t: 'code', v: ch });
    } else if ((ch === 'E' || ch === 'e') && (section[i + 1] === '+' || section[i + 1] === '-')) {
      tokens.push({ t: 'code', v: 'E' + section[i + 1] });
      i++;
    } else if (/[ymdhsYMDHS]/.test(ch)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ t: 'code', v: section.slice(i, j).toLowerCase() });
      i = j - 1;
    } else if (/^(AM\/PM|am\/pm|A\/P|a\/p)/.test(section.slice(i))) {
      const m = /^(AM\/PM|am\/pm|A\/P|a\/p)/.exec(section.slice(i))!;
      tokens.push({ t: 'code', v: m[1].toUpperCase() });
      i += m[1].length - 1;
    } else {
      lit(ch);
    }
  }
  return tokens;
}

function isDateSection(tokens: Token[]): boolean {
  return tokens.some((t) => t.t === 'code' && /^[ymdhs]|^\[/.test(t.v));
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatDate(serial: number, tokens: Token[]): string {
  if (serial < 0 || serial >= 2958466) return '#'.repeat(11);
  const d = serialToDate(serial);
  const hasAmPm = tokens.some((t) => t.t === 'code' && (t.v === 'AM/PM' || t.v === 'A/P'));
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.t === 'lit') {
      out += tok.v;
      continue;
    }
    const v = tok.v;
    const prevCode =
      tokens
        .slice(0, i)
        .reverse()
        .find((t) => t.t === 'code')?.v ?? '';
    const nextCode = tokens.slice(i + 1).find((t) => t.t === 'code')?.v ?? '';
    switch (v[0]) {
      case 'y':
        out += v.length <= 2 ? String(d.year % 100).padStart(2, '0') : String(d.year);
        break;
      case 'm': {
        const minutes = (prevCode.startsWith('h') || nextCode.startsWith('s')) && v.length <= 2;
        if (minutes) out += v.length === 2 ? String(d.minutes).padStart(2, '0') : String(d.minutes);
        else if (v.length === 1) out += String(d.month);
        else if (v.length === 2) out += String(d.month).padStart(2, '0');
        else if (v.length === 3) out += SHORT_MONTHS[d.month - 1];
        else if (v.length === 5) out += SHORT_MONTHS[d.month - 1][0];
        else out += MONTHS[d.month - 1][0].toUpperCase() + MONTHS[d.month - 1].slice(1);
        break;
      }
      case 'd':
        if (v.length === 1) out += String(d.day);
        else if (v.length === 2) out += String(d.day).padStart(2, '0');
        else if (v.length === 3) out += DAYS[d.weekday].slice(0, 3);
        else out += DAYS[d.weekday];
        break;
      case 'h': {
        let h = d.hours;
        if (hasAmPm) h = h % 12 === 0 ? 12 : h % 12;
        out += v.length >= 2 ? String(h).padStart(2, '0') : String(h);
        break;
      }
      case 's':
        out += v.length >= 2 ? String(d.seconds).padStart(2, '0') : String(d.seconds);
        break;
      case 'A':
        out += v === 'A/P' ? (d.hours < 12 ? 'A' : 'P') : d.hours < 12 ? 'AM' : 'PM';
        break;
      case '[': {
        const total = serial * 24;
        if (v.startsWith('[h')) out += String(Math.floor(total));
        else if (v.startsWith('[m')) out += String(Math.floor(total * 60));
        else out += String(Math.floor(total * 3600));
        break;
      }
      default:
        out += v === '.' || v === ',' ? v : '';
    }
  }
  return out;
}

function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number through one numeric format section such as "#,##0.00", "0%", "$#,##0", "0.00E+00". */
function formatNumberSection(value: number, tokens: Token[], withSign: boolean, locale: SimLocale): string {
  const codes = tokens.map((t, i) => ({ ...t, i }));
  const placeholders = codes.filter((t) => t.t === 'code' && /^[0#?.,]$|^E[+-]$/.test(t.v));
  if (placeholders.length === 0) {
    // no digits in the format: only the literal text (and the sign)
    return (withSign && value < 0 ? '-' : '') + tokens.map((t) => (t.t === 'lit' ? t.v : t.v === '%' ? '%' : '')).join('');
  }
  let x = value;
  const percentCount = codes.filter((t) => t.t === 'code' && t.v === '%').length;
  x *= Math.pow(100, percentCount);
  const first = placeholders[0].i;
  const last = placeholders[placeholders.length - 1].i;
  const numberTokens = codes.slice(first, last + 1).filter((t) => t.t === 'code');
  const expIndex = numberTokens.findIndex((t) => t.v.startsWith('E'));
  const mantissaTokens = expIndex >= 0 ? numberTokens.slice(0, expIndex) : numberTokens;
  const dot = mantissaTokens.findIndex((t) => t.v === '.');
  const intTokens = dot >= 0 ? mantissaTokens.slice(0, dot) : mantissaTokens;
  const fracTokens = dot >= 0 ? mantissaTokens.slice(dot + 1).filter((t) => /[0#?]/.test(t.v)) : [];
  // trailing commas scale by 1,000
  let scale = 0;
  for (let k = intTokens.length - 1; k >= 0 && intTokens[k].v === ','; k--) scale++;
  const intPlaceholders = intTokens.slice(0, intTokens.length - scale);
  const grouping = intPlaceholders.some((t) => t.v === ',');
  const minInt = intPlaceholders.filter((t) => t.v === '0').length;
  const maxDecimals = fracTokens.length;
  const minDecimals = fracTokens.filter((t) => t.v === '0').length;
  x /= Math.pow(1000, scale);
  let numberText: string;
  const negative = x < 0;
  if (expIndex >= 0) {
    const expDigits = numberTokens.slice(expIndex + 1).filter((t) => /[0#?]/.test(t.v)).length || 1;
    const sci = toScientific(Math.abs(x), maxDecimals);
    let mantissa = sci.mantissa;
    if (maxDecimals > minDecimals && mantissa.includes('.')) {
      const [i, f] = mantissa.split('.');
      const trimmed = f.replace(/0+$/, '').padEnd(minDecimals, '0');
      mantissa = trimmed ? `${i}.${trimmed}` : i;
    }
    numberText = `${mantissa}E${exponentText(sci.exponent, expDigits, numberTokens[expIndex].v === 'E+')}`;
  } else {
    const fixed = toFixedDigits(Math.abs(x), maxDecimals);
    let int = fixed.int === '0' && minInt === 0 ? '' : fixed.int;
    if (int.length < minInt) int = int.padStart(minInt, '0');
    if (grouping) int = groupThousands(int);
    let frac = fixed.frac;
    if (maxDecimals > minDecimals) frac = frac.replace(/0+$/, '').padEnd(minDecimals, '0');
    numberText = dot >= 0 ? `${int}.${frac}` : int;
  }
  const isZero = /^[0.,E+-]*$/.test(numberText.replace(/E.*$/, '')) && !/[1-9]/.test(numberText.replace(/E.*$/, ''));
  const sign = withSign && negative && !isZero ? '-' : '';
  let before = '';
  let after = '';
  for (const t of codes) {
    if (t.i >= first && t.i <= last) continue;
    const text = t.t === 'lit' ? t.v : t.v === '%' ? '%' : '';
    if (t.i < first) before += text;
    else after += text;
  }
  return sign + before + localized(numberText, locale) + after;
}

const sectionCache = new Map<string, { sections: Token[][]; raw: string[] }>();

function compiled(format: string): { sections: Token[][]; raw: string[] } {
  let entry = sectionCache.get(format);
  if (!entry) {
    const raw = splitSections(format);
    entry = { sections: raw.map((s) => tokenize(s.replace(/^\[(Red|Black|Blue|Green|White|Yellow|Cyan|Magenta|Color\s*\d+)\]/i, ''))), raw };
    if (sectionCache.size > 500) sectionCache.clear();
    sectionCache.set(format, entry);
  }
  return entry;
}

/** Range.text of one cell: its value through its number format. */
export function formatValue(value: CellValue, numberFormat: string | undefined, isError = false, locale: SimLocale = SIM_LOCALES['en-US']): string {
  if (isError) return String(value);
  if (typeof value === 'boolean') return value ? locale.true : locale.false;
  if (typeof value === 'string') {
    if (isGeneral(numberFormat) || isTextFormat(numberFormat)) return value;
    const { sections } = compiled(numberFormat!);
    const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.some((t) => t.t === 'code' && t.v === '@'));
    if (!textSection) return value;
    return textSection.map((t) => (t.t === 'lit' ? t.v : t.v === '@' ? value : '')).join('');
  }
  if (!Number.isFinite(value)) return '#NUM!';
  if (isGeneral(numberFormat) || isTextFormat(numberFormat)) return localized(formatGeneral(value), locale);
  const { sections } = compiled(numberFormat!);
  let section = sections[0];
  let withSign = true;
  if (value < 0 && sections.length >= 2 && sections[1].length > 0) {
    section = sections[1];
    withSign = false;
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2];
  }
  if (section.length === 1 && section[0].t === 'lit' && section[0].v.toLowerCase() === 'general') return localized(formatGeneral(value), locale);
  if (isDateSection(section)) return formatDate(value, section);
  return formatNumberSection(value, section, withSign, locale);
}

// ---------------------------------------------------------------- colors

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  lime: '#00FF00',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  darkgray: '#A9A9A9',
  silver: '#C0C0C0',
  purple: '#800080',
  navy: '#000080',
  teal: '#008080',
  maroon: '#800000',
  olive: '#808000',
  aqua: '#00FFFF',
  cyan: '#00FFFF',
  fuchsia: '#FF00FF',
  magenta: '#FF00FF',
  pink: '#FFC0CB',
  lightblue: '#ADD8E6',
  lightgreen: '#90EE90',
  lightyellow: '#FFFFE0',
  darkblue: '#00008B',
  darkgreen: '#006400',
  darkred: '#8B0000',
  brown: '#A52A2A',
  gold: '#FFD700',
};

/** "#RRGGBB" for a color Excel accepts ("#abc", "#AABBCC", "red"); null when it does not. */
export function normalizeColor(color: unknown): string | null {
  if (typeof color !== 'string') return null;
  const c = color.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(c)) return c.toUpperCase();
  if (/^#[0-9a-fA-F]{3}$/.test(c)) return ('#' + c[1] + c[1] + c[2] + c[2] + c[3] + c[3]).toUpperCase();
  return NAMED_COLORS[c.toLowerCase()] ?? null;
}
