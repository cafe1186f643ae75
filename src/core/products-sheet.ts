// The `Products` sheet: the products to reassign and each one's target tracking.
import { Product, Quant, Tracking } from './model';
import { cellAddress } from './a1';
import { Issue } from './issues';
import { GENERAL, ID, SheetLayout, TEXT, findColumns, wordIn } from './sheet-layout';
import { _lt, _t, translated } from './words/translate';
import { numberFormatFor, roundTo } from './uom';

export type TargetTracking = Exclude<Tracking, 'none'>;

export interface ProductRow {
  product: Product;
  /** Stock without a lot: what the run zeroes and restores. */
  onHand: number;
  /** Quants holding stock without a lot. */
  quantCount: number;
  /** Stock already in lots (a product whose tracking was switched before): left as it is. */
  inLots: number;
  target: TargetTracking | null;
  run: string;
}

export const PRODUCTS_LAYOUT: SheetLayout<ProductRow> = {
  sheet: 'Products',
  table: 'Products',
  columns: [
    { id: 'reference', header: _lt('Product reference'), value: (r) => r.product.reference, format: TEXT, width: 110 },
    { id: 'product', header: _lt('Product'), value: (r) => r.product.name, format: TEXT, width: 220 },
    // Tracking is the template's: variants of one template share it and go through a run together.
    { id: 'template', header: _lt('Template'), value: (r) => (r.product.variantCount > 1 ? r.product.templateName : null), format: TEXT, width: 160 },
    { id: 'tracking', header: _lt('Current tracking'), value: (r) => trackingWord(r.product.tracking), format: TEXT, width: 90 },
    { id: 'target', header: _lt('Target tracking'), value: (r) => (r.target ? trackingWord(r.target) : null), format: TEXT, width: 90 },
    { id: 'onHand', header: _lt('On hand'), value: (r) => r.onHand, format: (r) => numberFormatFor(r.product.uom.rounding), width: 80 },
    {
      id: 'inLots',
      header: _lt('Already in lots'),
      value: (r) => (r.product.tracking === 'none' ? null : r.inLots),
      format: (r) => numberFormatFor(r.product.uom.rounding),
      width: 90,
    },
    { id: 'quants', header: _lt('Quants'), value: (r) => r.quantCount, format: GENERAL, width: 60 },
    { id: 'uom', header: _lt('UoM'), value: (r) => r.product.uom.name, format: TEXT, width: 60 },
    { id: 'run', header: _lt('Run'), value: (r) => r.run || null, format: TEXT, width: 130 },
    { id: 'productId', header: _lt('Product ID'), value: (r) => r.product.id, format: ID, technical: true },
    { id: 'templateId', header: _lt('Template ID'), value: (r) => r.product.templateId, format: ID, technical: true },
  ],
};

/** Tracking as the sheets write it, in the user's language; read back in any (trackingIn). */
const TRACKING_WORDS: Record<Tracking, string> = { none: _lt('none'), lot: _lt('lot'), serial: _lt('serial') };
/** Plurals and long forms a user may type for a target tracking. */
const TRACKING_ALIASES: Record<string, TargetTracking> = {
  lots: 'lot',
  serials: 'serial',
  'serial number': 'serial',
  'serial numbers': 'serial',
  séries: 'serial',
  serie: 'serial',
  'numéro de série': 'serial',
  'numéros de série': 'serial',
};

export function trackingWord(tracking: Tracking): string {
  return translated(TRACKING_WORDS[tracking]);
}

/** A tracking cell (Products' target, Restore's Tracking) in any language; null when it is none of them. */
export function trackingIn(cell: unknown): Tracking | null {
  const word = wordIn(cell, Object.values(TRACKING_WORDS));
  if (word) return (Object.keys(TRACKING_WORDS) as Tracking[]).find((t) => TRACKING_WORDS[t] === word)!;
  return (
    TRACKING_ALIASES[
      String(cell ?? '')
        .trim()
        .toLowerCase()
    ] ?? null
  );
}

/** The dropdown's choices: English source words, shown by addDropdown in the user's language. */
export const TRACKING_CHOICES: readonly TargetTracking[] = ['lot', 'serial'];

/**
 * Products a run can take, from their internal quants: untracked ones, and tracked ones that
 * still hold stock without a lot (their tracking was switched with stock on hand). Every
 * variant of such a product's template comes too, since the tracking is the template's
 * (archived ones only while they hold stock).
 * Rows of one template stay together.
 */
export function planProductsSheet(products: readonly Product[], quants: readonly Quant[], kept: ReadonlySet<number> = new Set()): ProductRow[] {
  const rows = products.map((product) => {
    const own = quants.filter((q) => q.product.id === product.id && q.quantity !== 0);
    const loose = own.filter((q) => !q.lot);
    return {
      product,
      onHand: roundTo(
        loose.reduce((s, q) => s + q.quantity, 0),
        product.uom.rounding,
      ),
      quantCount: loose.length,
      inLots: roundTo(
        own.filter((q) => q.lot).reduce((s, q) => s + q.quantity, 0),
        product.uom.rounding,
      ),
      target: null,
      run: '',
    };
  });
  // kept: products of a run under way stay listed after their tracking changed
  const wanted = new Set(rows.filter((r) => r.product.tracking === 'none' || r.quantCount > 0 || kept.has(r.product.id)).map((r) => r.product.templateId));
  const templateLabel = new Map<number, string>();
  for (const r of rows) {
    const label = r.product.reference || r.product.name;
    const known = templateLabel.get(r.product.templateId);
    if (!known || label.localeCompare(known, 'en', { numeric: true }) < 0) templateLabel.set(r.product.templateId, label);
  }
  const label = (r: ProductRow) => r.product.reference || r.product.name;
  return rows
    .filter((r) => wanted.has(r.product.templateId))
    .sort(
      (a, b) =>
        templateLabel.get(a.product.templateId)!.localeCompare(templateLabel.get(b.product.templateId)!, 'en', { numeric: true }) ||
        a.product.templateId - b.product.templateId ||
        label(a).localeCompare(label(b), 'en', { numeric: true }),
    );
}

export interface ProductChoice {
  productId: number;
  target: TargetTracking;
  run: string;
}

/** Read the user's choices back: values as Excel returns them, header row first; headers and choices in any language. */
export function readProductChoices(values: readonly (readonly unknown[])[], firstRow = 0): { choices: ProductChoice[]; issues: Issue[] } {
  const [headers, ...rows] = values;
  const col = findColumns(PRODUCTS_LAYOUT, headers ?? [], ['target', 'productId', 'run']);
  if (typeof col === 'string') return { choices: [], issues: [{ severity: 'error', message: col }] };
  const choices: ProductChoice[] = [];
  const issues: Issue[] = [];
  rows.forEach((row, i) => {
    const raw = String(row[col.target] ?? '').trim();
    if (!raw) return;
    const cell = cellAddress(PRODUCTS_LAYOUT.sheet, firstRow + 1 + i, col.target);
    const target = trackingIn(raw);
    if (target !== 'lot' && target !== 'serial') {
      issues.push({
        severity: 'error',
        cell,
        message: _t('Target tracking "{value}" is not {lot} or {serial}.', { value: raw, lot: trackingWord('lot'), serial: trackingWord('serial') }),
      });
      return;
    }
    const productId = Number(row[col.productId]);
    if (!Number.isInteger(productId) || productId <= 0) {
      issues.push({ severity: 'error', cell, message: _t('This row has no Product ID; pull the products again instead of typing rows.') });
      return;
    }
    choices.push({ productId, target, run: String(row[col.run] ?? '').trim() });
  });
  return { choices, issues };
}
