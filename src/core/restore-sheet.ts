// The `Restore` sheet: one row per original line (lots) or per unit (serials),
// with the Lot/Serial and Qty columns the user fills by pasting whole columns.
import { Product } from './model';
import { OriginalLine } from './originals';
import { DATE, GENERAL, ID, SheetLayout, TEXT, headerIndex } from './sheet-layout';
import { TargetTracking } from './products-sheet';
import { numberFormatFor } from './uom';

export interface RestorePlanRow {
  line: OriginalLine;
  product: Product;
  target: TargetTracking;
  lot: string;
  qty: number;
}

const qtyFormat = (r: RestorePlanRow) => numberFormatFor(r.product.uom.rounding);

export const RESTORE_HEADERS = {
  reference: 'Product reference',
  product: 'Product',
  location: 'Location',
  company: 'Company',
  package: 'Package',
  owner: 'Owner',
  original: 'Original qty',
  lot: 'Lot/Serial',
  qty: 'Qty',
  accept: 'Accept difference',
  status: 'Status',
  message: 'Message',
  expiration: 'Expiration date',
  line: 'Line',
} as const;

export const RESTORE_LAYOUT: SheetLayout<RestorePlanRow> = {
  sheet: 'Restore',
  table: 'Restore',
  columns: [
    { header: RESTORE_HEADERS.reference, value: (r) => r.product.reference, format: TEXT, width: 110 },
    { header: RESTORE_HEADERS.product, value: (r) => r.product.name, format: TEXT, width: 180 },
    { header: RESTORE_HEADERS.location, value: (r) => r.line.location.name, format: TEXT, width: 150 },
    { header: RESTORE_HEADERS.package, value: (r) => r.line.package?.name ?? null, format: TEXT, width: 100 },
    { header: RESTORE_HEADERS.owner, value: (r) => r.line.owner?.name ?? null, format: TEXT, width: 120 },
    { header: RESTORE_HEADERS.original, value: (r) => r.line.quantity, format: qtyFormat, width: 80 },
    { header: RESTORE_HEADERS.lot, value: (r) => r.lot || null, format: TEXT, width: 140 },
    { header: RESTORE_HEADERS.qty, value: (r) => r.qty, format: qtyFormat, width: 70 },
    { header: RESTORE_HEADERS.accept, value: () => null, format: TEXT, width: 80 },
    { header: RESTORE_HEADERS.status, value: () => null, format: TEXT, width: 70 },
    { header: RESTORE_HEADERS.message, value: () => null, format: TEXT, width: 320 },
    // Filled only where Odoo's expiration dates are used; a date format makes a typed date a date.
    { header: RESTORE_HEADERS.expiration, value: () => null, format: DATE, width: 100 },
    // Right of the columns users fill, so Lot/Serial stays in column G where the paste goes.
    { header: RESTORE_HEADERS.company, value: (r) => r.line.company?.name ?? null, format: TEXT, width: 120 },
    { header: 'UoM', value: (r) => r.product.uom.name, format: TEXT, width: 50 },
    { header: 'Tracking', value: (r) => r.target, format: TEXT, width: 60 },
    { header: 'Evidence', value: (r) => evidenceText(r.line), format: TEXT, width: 280 },
    { header: RESTORE_HEADERS.line, value: (r) => r.line.key, format: TEXT, technical: true },
    { header: 'Product ID', value: (r) => r.product.id, format: ID, technical: true },
    { header: 'Location ID', value: (r) => r.line.location.id, format: GENERAL, technical: true },
    { header: 'Package ID', value: (r) => r.line.package?.id ?? null, format: GENERAL, technical: true },
    { header: 'Owner ID', value: (r) => r.line.owner?.id ?? null, format: GENERAL, technical: true },
  ],
};

function evidenceText(line: OriginalLine): string {
  const dates = [...new Set(line.evidence.dates.map((d) => d.slice(0, 16)))];
  const doubt = line.doubts?.length ? ` · CHECK: ${line.doubts.join(' ')}` : '';
  return `${dates.join(', ')} · ${line.evidence.references.join(', ')} · move lines ${line.evidence.moveLineIds.join(', ')}${doubt}`;
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

export function restoreColumns(headers: readonly unknown[]): RestoreColumns | string {
  const index = headerIndex(headers);
  const get = (h: string) => index.get(h.toLowerCase());
  const h = RESTORE_HEADERS;
  const columns = {
    original: get(h.original),
    lot: get(h.lot),
    qty: get(h.qty),
    status: get(h.status),
    message: get(h.message),
    line: get(h.line),
    reference: get(h.reference),
    location: get(h.location),
    accept: get(h.accept),
  };
  const missing = Object.entries(columns).filter(([, v]) => v === undefined);
  const expiration = get(h.expiration);
  if (missing.length)
    return `The Restore table has lost its ${missing.map(([k]) => (h as Record<string, string>)[k]).join(', ')} column(s); recreate the sheet.`;
  return { ...(columns as RestoreColumns), ...(expiration === undefined ? {} : { expiration }) };
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
      accept: v[columns.accept],
      expiry: columns.expiration === undefined ? null : v[columns.expiration],
      expiryFormat: columns.expiration === undefined ? 'General' : String(formats[i]?.[columns.expiration] ?? 'General'),
    });
  }
  return rows;
}
