// The `Restore` sheet: one row per original line (lots) or per unit (serials),
// with the Lot/Serial and Qty columns the user fills by pasting whole columns.
import { Product } from './model';
import { OriginalLine } from './originals';
import { DATE, GENERAL, ID, SheetLayout, TEXT, columnIndex, findColumns, wordIn } from './sheet-layout';
import { TargetTracking, trackingWord } from './products-sheet';
import { _lt, _t, everyLanguage, translated, wordsLanguage } from './words/translate';
import { numberFormatFor } from './uom';

export interface RestorePlanRow {
  line: OriginalLine;
  product: Product;
  target: TargetTracking;
  lot: string;
  qty: number;
}

const qtyFormat = (r: RestorePlanRow) => numberFormatFor(r.product.uom.rounding);

export const RESTORE_LAYOUT: SheetLayout<RestorePlanRow> = {
  sheet: 'Restore',
  table: 'Restore',
  columns: [
    { id: 'reference', header: _lt('Product reference'), value: (r) => r.product.reference, format: TEXT, width: 110 },
    { id: 'product', header: _lt('Product'), value: (r) => r.product.name, format: TEXT, width: 180 },
    { id: 'location', header: _lt('Location'), value: (r) => r.line.location.name, format: TEXT, width: 150 },
    { id: 'package', header: _lt('Package'), value: (r) => r.line.package?.name ?? null, format: TEXT, width: 100 },
    { id: 'owner', header: _lt('Owner'), value: (r) => r.line.owner?.name ?? null, format: TEXT, width: 120 },
    { id: 'original', header: _lt('Original qty'), value: (r) => r.line.quantity, format: qtyFormat, width: 80 },
    { id: 'lot', header: _lt('Lot/Serial'), value: (r) => r.lot || null, format: TEXT, width: 140 },
    { id: 'qty', header: _lt('Qty'), value: (r) => r.qty, format: qtyFormat, width: 70 },
    { id: 'accept', header: _lt('Accept difference'), value: () => null, format: TEXT, width: 80 },
    { id: 'status', header: _lt('Status'), value: () => null, format: TEXT, width: 70 },
    { id: 'message', header: _lt('Message'), value: () => null, format: TEXT, width: 320 },
    // Filled only where Odoo's expiration dates are used; a date format makes a typed date a date.
    { id: 'expiration', header: _lt('Expiration date'), value: () => null, format: DATE, width: 100 },
    // Right of the columns users fill, so Lot/Serial stays in column G where the paste goes.
    { id: 'company', header: _lt('Company'), value: (r) => r.line.company?.name ?? null, format: TEXT, width: 120 },
    { id: 'uom', header: _lt('UoM'), value: (r) => r.product.uom.name, format: TEXT, width: 50 },
    { id: 'tracking', header: _lt('Tracking'), value: (r) => trackingWord(r.target), format: TEXT, width: 60 },
    { id: 'evidence', header: _lt('Evidence'), value: (r) => evidenceText(r.line), format: TEXT, width: 280 },
    { id: 'line', header: _lt('Line'), value: (r) => r.line.key, format: TEXT, technical: true },
    { id: 'productId', header: _lt('Product ID'), value: (r) => r.product.id, format: ID, technical: true },
    { id: 'locationId', header: _lt('Location ID'), value: (r) => r.line.location.id, format: GENERAL, technical: true },
    { id: 'packageId', header: _lt('Package ID'), value: (r) => r.line.package?.id ?? null, format: GENERAL, technical: true },
    { id: 'ownerId', header: _lt('Owner ID'), value: (r) => r.line.owner?.id ?? null, format: GENERAL, technical: true },
  ],
};

/** The verdicts the Status column holds, as English source words; written in the user's language. */
export type RestoreStatus = 'OK' | 'Warning' | 'Error';
const STATUS_WORDS: Record<RestoreStatus, string> = { OK: _lt('OK'), Warning: _lt('Warning'), Error: _lt('Error') };

/** A row's verdict as the Status column shows it, in the user's language. */
export function statusText(status: RestoreStatus): string {
  return translated(STATUS_WORDS[status]);
}

/** A Status cell read back, in any language; null when blank or not one of ours. */
export function statusIn(cell: unknown): RestoreStatus | null {
  return wordIn(cell, Object.keys(STATUS_WORDS) as RestoreStatus[]);
}

/** Every language's text of each verdict: the Status column's colours match any of them. */
export function statusTexts(): Record<RestoreStatus, string[]> {
  return { OK: everyLanguage('OK'), Warning: everyLanguage('Warning'), Error: everyLanguage('Error') };
}

/** Words a user may type in Accept difference, in French, read as the English yes the check knows. */
const FRENCH_YES = new Set(['oui', 'o', 'vrai', 'accepter', 'accepté', 'acceptée', 'accepte']);

/** Odoo's "2026-11-23 10:00:00" (UTC, as Odoo stores it) to the minute, day first in French. */
function moveDate(odoo: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}:\d{2})/.exec(odoo);
  if (!m) return odoo.slice(0, 16);
  return wordsLanguage() === 'fr' ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}` : `${m[1]}-${m[2]}-${m[3]} ${m[4]}`;
}

function evidenceText(line: OriginalLine): string {
  const dates = [...new Set(line.evidence.dates.map(moveDate))];
  const doubt = line.doubts?.length ? ` · ${_t('CHECK: {doubts}', { doubts: line.doubts.join(' ') })}` : '';
  const moves = _t('move lines {ids}', { ids: line.evidence.moveLineIds.join(', ') });
  return `${dates.join(', ')} · ${line.evidence.references.join(', ')} · ${moves}${doubt}`;
}

/**
 * Rows in a stable order (product, then location, package, owner), so a pasted column
 * of N serials lines up with a product's N rows. Serials: one row per unit, Qty 1.
 * Lots: one row carrying the whole original, which the user may split.
 */
export function planRestoreRows(
  originals: readonly OriginalLine[],
  products: ReadonlyMap<number, { product: Product; target: TargetTracking }>,
): RestorePlanRow[] {
  const sorted = [...originals].sort((a, b) => {
    const pa = products.get(a.productId)?.product;
    const pb = products.get(b.productId)?.product;
    return (
      (pa?.reference ?? '').localeCompare(pb?.reference ?? '', 'en', { numeric: true }) ||
      a.location.name.localeCompare(b.location.name) ||
      (a.package?.name ?? '').localeCompare(b.package?.name ?? '') ||
      (a.owner?.name ?? '').localeCompare(b.owner?.name ?? '')
    );
  });
  const rows: RestorePlanRow[] = [];
  for (const line of sorted) {
    const entry = products.get(line.productId);
    if (!entry) continue;
    if (entry.target === 'serial') {
      const units = Math.round(line.quantity);
      for (let i = 0; i < units; i++) rows.push({ line, product: entry.product, target: 'serial', lot: '', qty: 1 });
    } else {
      rows.push({ line, product: entry.product, target: 'lot', lot: '', qty: line.quantity });
    }
  }
  return rows;
}

/** A row of the Restore table as read back from Excel. */
export interface RestoreSheetRow {
  /** Zero-based row index in the worksheet. */
  sheetRow: number;
  line: string;
  reference: string;
  location: string;
  lot: unknown;
  lotFormat: string;
  qty: unknown;
  accept: unknown;
  /** The Expiration date cell and its number format (absent in sheets made before the column existed). */
  expiry: unknown;
  expiryFormat: string;
}

export interface RestoreColumns {
  original: number;
  lot: number;
  qty: number;
  status: number;
  message: number;
  line: number;
  reference: number;
  location: number;
  accept: number;
  /** Optional: sheets made before it existed still validate. */
  expiration?: number;
}

/** The columns the checks need, found by id whatever the headers' language; a message naming the lost ones otherwise. */
export function restoreColumns(headers: readonly unknown[]): RestoreColumns | string {
  const columns = findColumns(RESTORE_LAYOUT, headers, ['original', 'lot', 'qty', 'status', 'message', 'line', 'reference', 'location', 'accept']);
  if (typeof columns === 'string') return columns;
  const expiration = columnIndex(RESTORE_LAYOUT.columns, headers).get('expiration');
  return { ...columns, ...(expiration === undefined ? {} : { expiration }) };
}

/** Rows from the table's values (header first) and number formats; `top` is the header's row in the sheet. */
export function readRestoreRows(
  values: readonly (readonly unknown[])[],
  formats: readonly (readonly unknown[])[],
  top: number,
  columns: RestoreColumns,
): RestoreSheetRow[] {
  const rows: RestoreSheetRow[] = [];
  for (let i = 1; i < values.length; i++) {
    const v = values[i];
    rows.push({
      sheetRow: top + i,
      line: String(v[columns.line] ?? '').trim(),
      reference: String(v[columns.reference] ?? ''),
      location: String(v[columns.location] ?? ''),
      lot: v[columns.lot],
      lotFormat: String(formats[i]?.[columns.lot] ?? 'General'),
      qty: v[columns.qty],
      accept: acceptedIn(v[columns.accept]),
      expiry: columns.expiration === undefined ? null : v[columns.expiration],
      expiryFormat: columns.expiration === undefined ? 'General' : String(formats[i]?.[columns.expiration] ?? 'General'),
    });
  }
  return rows;
}

/** An Accept difference cell with a French yes reads as "yes", which the check knows; anything else as it is. */
function acceptedIn(cell: unknown): unknown {
  return typeof cell === 'string' && FRENCH_YES.has(cell.trim().toLowerCase()) ? 'yes' : cell;
}
