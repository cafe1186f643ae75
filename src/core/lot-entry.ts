// Filling the Restore sheet's Lot/Serial column in bulk: names generated like Odoo's own
// generator, several values in one cell spread over rows, a packing list matched onto rows.
// All pure: the app layer reads the sheet, these plan the edits, the app writes them.
import { cellAddress } from './a1';
import { Issue } from './issues';
import { checkLotName, splitSeveral } from './lot-cells';
import { RESTORE_LAYOUT } from './restore-sheet';
import { trackingIn } from './products-sheet';
import { headerIndex } from './sheet-layout';
import { _t, everyLanguage, quantity } from './words/translate';

export interface GenerateOptions {
  prefix: string;
  first: number;
  /** Digits of the number part, zero-padded (Odoo's generator pads the same way). */
  padding: number;
  count: number;
  step: number;
}

export function generateNames(o: GenerateOptions): string[] | string {
  if (!Number.isInteger(o.first) || o.first < 0) return _t('The first number must be a whole number, 0 or more.');
  if (!Number.isInteger(o.step) || o.step < 1) return _t('The step must be a whole number, 1 or more.');
  if (!Number.isInteger(o.count) || o.count < 1 || o.count > 100_000) return _t('The count must be between 1 and {max}.', { max: quantity(100_000) });
  if (!Number.isInteger(o.padding) || o.padding < 0 || o.padding > 20) return _t('The padding must be between 0 and 20 digits.');
  if (o.prefix !== o.prefix.trim()) return _t('The prefix has a leading or trailing space.');
  const names: string[] = [];
  for (let i = 0; i < o.count; i++) names.push(`${o.prefix}${String(o.first + i * o.step).padStart(o.padding, '0')}`);
  // The names differ only by their digits: the first and the longest (the last) stand for all.
  for (const name of [names[0], names[names.length - 1]]) {
    const checked = checkLotName(name);
    if (!checked.ok) return `${name.length > 40 ? `${name.slice(0, 40)}…` : name}: ${checked.problem}`;
  }
  return names;
}

export function previewNames(names: readonly string[]): string {
  return names.length <= 4 ? names.join(', ') : `${names.slice(0, 3).join(', ')} … ${names[names.length - 1]} (${names.length})`;
}

/** An edit of the Restore table body: row index in the body, new Lot/Serial, optional Qty. */
export interface LotEdit {
  row: number;
  lot: string;
  qty?: number;
  /** The packing list's Expiration date cell, as it was (a date serial or text); validation reads it. */
  expiration?: unknown;
}

export interface RestoreBody {
  rows: readonly (readonly unknown[])[];
  lot: number;
  qty: number;
  reference: number;
  line: number;
  tracking: number;
  /** The Expiration date column, when the sheet has one. */
  expiration?: number;
}

const blank = (v: unknown) => v === null || v === undefined || String(v).trim() === '';

/** Cells holding several values ("SN1, SN2" or one per line) spread over the blank rows of the same line below them. */
export function planSpread(body: RestoreBody, top: number): { edits: LotEdit[]; issues: Issue[] } {
  const edits: LotEdit[] = [];
  const issues: Issue[] = [];
  const taken = new Set<number>();
  body.rows.forEach((row, i) => {
    const raw = row[body.lot];
    if (typeof raw !== 'string') return;
    const values = splitSeveral(raw);
    if (values.length < 2) return;
    const free = [i];
    for (let j = i + 1; j < body.rows.length && free.length < values.length; j++) {
      if (body.rows[j][body.line] === row[body.line] && blank(body.rows[j][body.lot]) && !taken.has(j)) free.push(j);
    }
    const cell = cellAddress(RESTORE_LAYOUT.sheet, top + 1 + i, body.lot);
    const checked = values.map(checkLotName);
    const refused = checked.find((c) => !c.ok);
    if (refused && !refused.ok) {
      issues.push({ severity: 'error', cell, message: _t('{problem} Nothing of this cell was spread.', { problem: refused.problem }) });
      return;
    }
    for (const c of checked) if (c.ok && c.warning) issues.push({ severity: 'warning', cell, message: c.warning });
    if (free.length < values.length) {
      issues.push({
        severity: 'error',
        cell,
        message: _t('{values} values but only {rows} row(s) of this line to hold them; add {missing} row(s) (Split) first.', {
          values: values.length,
          rows: free.length,
          missing: values.length - free.length,
        }),
      });
      return;
    }
    free.forEach((r, k) => {
      taken.add(r);
      edits.push({ row: r, lot: values[k] });
    });
  });
  return { edits, issues };
}

export interface PackingItem {
  reference: string;
  lot: string;
  qty?: number;
  /** The Expiration date cell as it was, when the list has that column. */
  expiration?: unknown;
  /** Where it came from, for messages: "Packing!B7". */
  cell: string;
}

/**
 * A packing list's headers, in English and French (a supplier's list is in either). Our own
 * Restore headers in every language come first, so a copy of the Restore sheet is a list too.
 */
const HEADERS = {
  reference: [
    'product',
    'product reference',
    'reference',
    'internal reference',
    'default code',
    'article',
    'référence',
    'référence article',
    'référence interne',
    'code',
  ],
  lot: ['lot', 'serial', 'lot/serial', 'serial number', 'lot/serial number', 'série', 'numéro de série', 'n° de série', 'lot/série', 'numéro de lot'],
  qty: ['qty', 'quantity', 'qté', 'quantité'],
  expiration: [
    'expiration date',
    'expiration',
    'expiry date',
    'expiry',
    'exp. date',
    'exp date',
    'use by',
    "date d'expiration",
    'date d’expiration',
    'date de péremption',
    'péremption',
    'dlc',
    'dluo',
  ],
};

/** Our Restore sheet's header for `id` in every language, lower case. */
const ours = (id: string) => everyLanguage(RESTORE_LAYOUT.columns.find((c) => c.id === id)!.header).map((t) => t.toLowerCase());

/** A packing list: a header row, then one lot or serial per row. */
export function readPackingList(sheet: string, values: readonly (readonly unknown[])[], top = 0, left = 0): { items: PackingItem[]; issues: Issue[] } {
  const index = headerIndex(values[0] ?? []);
  const find = (names: string[]) => names.map((n) => index.get(n)).find((i) => i !== undefined);
  const ref = find([...ours('reference'), ...HEADERS.reference]);
  const lot = find([...ours('lot'), ...HEADERS.lot]);
  const qty = find([...ours('qty'), ...HEADERS.qty]);
  const expiration = find([...ours('expiration'), ...HEADERS.expiration]);
  if (ref === undefined || lot === undefined) {
    return {
      items: [],
      issues: [
        {
          severity: 'error',
          cell: cellAddress(sheet, top, left),
          message: _t('{sheet} needs a header row with a product reference column and a lot/serial column.', { sheet }),
        },
      ],
    };
  }
  const items: PackingItem[] = [];
  const issues: Issue[] = [];
  values.slice(1).forEach((row, i) => {
    if (blank(row[ref]) && blank(row[lot])) return;
    const cell = cellAddress(sheet, top + 1 + i, left + lot);
    if (typeof row[lot] === 'number') {
      issues.push({
        severity: 'error',
        cell,
        message: _t('Lot/serial {value} is a number in {sheet}: leading zeros may be lost. Format the column as Text and paste it again.', {
          value: String(row[lot]),
          sheet,
        }),
      });
      return;
    }
    const name = String(row[lot] ?? '').trim();
    const checked = checkLotName(name);
    if (!checked.ok) {
      issues.push({ severity: 'error', cell, message: _t('{problem} Not placed.', { problem: checked.problem }) });
      return;
    }
    if (checked.warning) issues.push({ severity: 'warning', cell, message: checked.warning });
    const q = qty === undefined ? undefined : row[qty];
    const item: PackingItem = { reference: String(row[ref]).trim(), lot: name, qty: typeof q === 'number' ? q : undefined, cell };
    if (expiration !== undefined && !blank(row[expiration])) item.expiration = row[expiration];
    items.push(item);
  });
  return { items, issues };
}

/**
 * Each item goes to the next Restore row of its product whose Lot/Serial is blank, in
 * sheet order (a lot's Qty too, when the list gives one). Nothing is overwritten.
 */
export function matchPackingList(items: readonly PackingItem[], body: RestoreBody): { edits: LotEdit[]; unmatched: Issue[] } {
  const freeRows = new Map<string, number[]>();
  const present = new Set<string>();
  body.rows.forEach((row, i) => {
    const ref = String(row[body.reference]);
    if (blank(row[body.lot])) (freeRows.get(ref) ?? freeRows.set(ref, []).get(ref)!).push(i);
    else present.add(`${ref}|${String(row[body.lot])}`);
  });
  const edits: LotEdit[] = [];
  const unmatched: Issue[] = [];
  for (const item of items) {
    const rows = freeRows.get(item.reference);
    if (present.has(`${item.reference}|${item.lot}`)) {
      unmatched.push({
        severity: 'warning',
        cell: item.cell,
        message: _t('{lot} is already in the Restore sheet for {product}.', { lot: item.lot, product: item.reference }),
      });
    } else if (!rows) {
      unmatched.push({ severity: 'warning', cell: item.cell, message: _t('No product {product} in the Restore sheet.', { product: item.reference }) });
    } else if (!rows.length) {
      unmatched.push({
        severity: 'warning',
        cell: item.cell,
        message: _t('No blank row left for {product}: {lot} was not placed.', { product: item.reference, lot: item.lot }),
      });
    } else {
      const row = rows.shift()!;
      const lotRow = trackingIn(body.rows[row][body.tracking]) === 'lot';
      edits.push({ row, lot: item.lot, qty: lotRow ? item.qty : undefined, ...(item.expiration !== undefined ? { expiration: item.expiration } : {}) });
      present.add(`${item.reference}|${item.lot}`);
    }
  }
  return { edits, unmatched };
}
