// The `Products` sheet: the products to reassign and each one's target tracking.
import { Product, Quant, Tracking } from './model';
import { cellAddress } from './a1';
import { Issue } from './issues';
import { GENERAL, ID, SheetLayout, TEXT, headerIndex } from './sheet-layout';
import { numberFormatFor } from './uom';

export type TargetTracking = Exclude<Tracking, 'none'>;

export interface ProductRow {
  product: Product;
  onHand: number;
  quantCount: number;
  target: TargetTracking | null;
  run: string;
}

export const PRODUCTS_LAYOUT: SheetLayout<ProductRow> = {
  sheet: 'Products',
  table: 'Products',
  columns: [
    { header: 'Product reference', value: (r) => r.product.reference, format: TEXT, width: 110 },
    { header: 'Product', value: (r) => r.product.name, format: TEXT, width: 220 },
    { header: 'Current tracking', value: (r) => r.product.tracking, format: TEXT, width: 90 },
    { header: 'Target tracking', value: (r) => r.target, format: TEXT, width: 90 },
    { header: 'On hand', value: (r) => r.onHand, format: (r) => numberFormatFor(r.product.uom.rounding), width: 80 },
    { header: 'Quants', value: (r) => r.quantCount, format: GENERAL, width: 60 },
    { header: 'UoM', value: (r) => r.product.uom.name, format: TEXT, width: 60 },
    { header: 'Run', value: (r) => r.run || null, format: TEXT, width: 130 },
    { header: 'Product ID', value: (r) => r.product.id, format: ID, technical: true },
  ],
};

export const TRACKING_CHOICES: readonly TargetTracking[] = ['lot', 'serial'];

/** One row per product with stock, from the internal quants pulled. */
export function planProductsSheet(products: readonly Product[], quants: readonly Quant[]): ProductRow[] {
  return products
    .map((product) => {
      const own = quants.filter((q) => q.product.id === product.id);
      return { product, onHand: own.reduce((s, q) => s + q.quantity, 0), quantCount: own.length, target: null, run: '' };
    })
    .sort((a, b) => (a.product.reference || a.product.name).localeCompare(b.product.reference || b.product.name, 'en', { numeric: true }));
}

export interface ProductChoice {
  productId: number;
  target: TargetTracking;
  run: string;
}

/** Read the user's choices back: values as Excel returns them, header row first. */
export function readProductChoices(values: readonly (readonly unknown[])[], firstRow = 0): { choices: ProductChoice[]; issues: Issue[] } {
  const [headers, ...rows] = values;
  const col = headerIndex(headers ?? []);
  const need = ['target tracking', 'product id', 'run'];
  const missing = need.filter((h) => !col.has(h));
  if (missing.length) return { choices: [], issues: [{ severity: 'error', message: `The Products table has no ${missing.join(', ')} column.` }] };
  const choices: ProductChoice[] = [];
  const issues: Issue[] = [];
  rows.forEach((row, i) => {
    const raw = String(row[col.get('target tracking')!] ?? '')
      .trim()
      .toLowerCase();
    if (!raw) return;
    const cell = cellAddress(PRODUCTS_LAYOUT.sheet, firstRow + 1 + i, col.get('target tracking')!);
    const target = raw === 'lots' ? 'lot' : raw === 'serials' ? 'serial' : raw;
    if (target !== 'lot' && target !== 'serial') {
      issues.push({ severity: 'error', cell, message: `Target tracking "${raw}" is not lot or serial.` });
      return;
    }
    const productId = Number(row[col.get('product id')!]);
    if (!Number.isInteger(productId) || productId <= 0) {
      issues.push({ severity: 'error', cell, message: 'This row has no Product ID; pull the products again instead of typing rows.' });
      return;
    }
    choices.push({ productId, target, run: String(row[col.get('run')!] ?? '').trim() });
  });
  return { choices, issues };
}
