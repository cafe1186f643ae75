// What an Expiration date cell holds. Excel keeps a typed date as a serial number with a
// date format; a pasted date may also arrive as text. Only unambiguous forms are taken:
// a date-formatted serial, or text written year first (2027-03-15). "03/04/2027" could be
// either day or month first, so it is refused with the way to write it.
import { DATE_FORMAT } from './lot-cells';
import { _t } from './words/translate';
import { day } from './words/dates';

/** A calendar date, "YYYY-MM-DD", or null for a blank cell. */
export type ExpiryCell = { ok: true; date: string | null } | { ok: false; problem: string };

const writeIt = () => _t('Type the date as 2027-03-15, or format the column as a date.');
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel's date serial (days since 1899-12-30, time as the fraction) to "YYYY-MM-DD". */
export function serialToDate(serial: number): string {
  return new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" to Excel's date serial. */
export function dateToSerial(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_UTC) / DAY_MS);
}

export function readExpiryCell(value: unknown, format = 'General'): ExpiryCell {
  if (value === null || value === undefined) return { ok: true, date: null };
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1)
      return { ok: false, problem: `${_t('Expiration date {value} is not a date.', { value: String(value) })} ${writeIt()}` };
    if (DATE_FORMAT.test(format)) return { ok: true, date: serialToDate(value) };
    const problem = _t('Expiration date {value} is a number, not a date (as a date it would be {date}).', {
      value: String(value),
      date: day(serialToDate(value)),
    });
    return { ok: false, problem: `${problem} ${writeIt()}` };
  }
  if (typeof value === 'boolean')
    return { ok: false, problem: `${_t('Expiration date is the logical value {value}.', { value: String(value).toUpperCase() })} ${writeIt()}` };
  const text = String(value)
    .replace(/[\u00A0\u2007\u202F\u200B-\u200D\u2060\uFEFF]/g, ' ')
    .trim();
  if (!text) return { ok: true, date: null };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (!iso)
    return {
      ok: false,
      problem: `${_t('Expiration date "{text}" is not a date Excel or the add-in can read without guessing the order of day and month.', { text })} ${writeIt()}`,
    };
  const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, problem: _t('Expiration date "{text}" does not exist in the calendar.', { text }) };
  }
  return { ok: true, date: date.toISOString().slice(0, 10) };
}

/** The date a number of days after a date ("YYYY-MM-DD"). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + Math.round(days) * DAY_MS).toISOString().slice(0, 10);
}
