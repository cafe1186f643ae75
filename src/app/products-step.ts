// Step 2: the Products sheet, listing the pulled products with a target-tracking dropdown.
import { Product } from '../core/model';
import { PRODUCTS_LAYOUT, ProductChoice, TRACKING_CHOICES, planProductsSheet, readProductChoices } from '../core/products-sheet';
import { QUANTS_LAYOUT } from '../core/quants-sheet';
import { Issue } from '../core/issues';
import { columnAt, columnIndex, toGrid } from '../core/sheet-layout';
import { _t } from '../core/words/translate';
import { ExcelRunner } from '../excel/host';
import { addDropdown } from '../excel/annotate';
import { readTable } from '../excel/read-table';
import { writeTable } from '../excel/write-table';
import { OdooClient } from '../odoo/client';
import { productsByIds, readQuants, variantsOfTemplates } from '../odoo/reads';

/**
 * The Products sheet: the products of the Quants sheet a run can take (untracked, or
 * tracked with stock still without a lot), plus `extraProductIds` (products already at
 * zero, found in Odoo's history), plus those the sheet listed before, each with every
 * variant of its template. Re-creating it keeps each product's target tracking and run.
 */
export async function createProductsSheet(client: OdooClient, run: ExcelRunner, signal?: AbortSignal, extraProductIds: number[] = []): Promise<number> {
  const quantsTable = await readTable(run, QUANTS_LAYOUT.table, false).catch(() => null);
  const col = quantsTable ? columnIndex(QUANTS_LAYOUT.columns, quantsTable.values[0]).get('productId') : undefined;
  const fromQuants = (quantsTable?.values.slice(1) ?? []).map((r) => Number(r[col ?? -1])).filter((n) => Number.isInteger(n) && n > 0);
  const before = await readTable(run, PRODUCTS_LAYOUT.table, false).catch(() => null);
  const kept = new Map((before ? readProductChoices(before.values, before.top).choices : []).map((c) => [c.productId, c]));
  const ids = [...new Set([...fromQuants, ...extraProductIds, ...kept.keys()])];
  const listed = await productsByIds(client, ids, signal);
  const family = (await variantsOfTemplates(client, [...new Set(listed.map((p) => p.templateId))], signal)).filter((p) => p.storable);
  const quants = (await readQuants(client, { productIds: family.map((p) => p.id) }, { signal, withoutCount: true })).filter((q) => q.quantity !== 0);
  const holding = new Set(quants.map((q) => q.product.id));
  const rows = planProductsSheet(
    family.filter((p) => p.active || holding.has(p.id)),
    quants,
    new Set(kept.keys()),
  ).map((row) => ({ ...row, target: kept.get(row.product.id)?.target ?? null, run: kept.get(row.product.id)?.run ?? '' }));
  await writeTable(run, PRODUCTS_LAYOUT, toGrid(PRODUCTS_LAYOUT, rows), { signal });
  await addDropdown(run, PRODUCTS_LAYOUT.sheet, 0, columnAt(PRODUCTS_LAYOUT, 'target'), rows.length, TRACKING_CHOICES);
  return rows.length;
}

export interface Selection {
  choices: ProductChoice[];
  products: Map<number, Product>;
  issues: Issue[];
  /** Header position of the Products table, to write run references back. */
  top: number;
  left: number;
  /**
   * The table as read, but its header row in our English source words (each header recognised
   * in any language; others as they are), so code that looks a column up by its English name
   * works on a French sheet. Prefer `columns`.
   */
  values: unknown[][];
  /** Where the Products columns are, by id (absent: the sheet lost that column). */
  columns: Map<string, number>;
}

/** The products the user chose (a target tracking set), as Odoo has them now. */
export async function readSelection(client: OdooClient, run: ExcelRunner, signal?: AbortSignal): Promise<Selection> {
  const table = await readTable(run, PRODUCTS_LAYOUT.table, false);
  const { choices, issues } = readProductChoices(table.values, table.top);
  const products = new Map(
    (
      await productsByIds(
        client,
        choices.map((c) => c.productId),
        signal,
      )
    ).map((p) => [p.id, p]),
  );
  for (const c of choices)
    if (!products.has(c.productId)) issues.push({ severity: 'error', message: _t('Product {id} no longer exists in Odoo.', { id: c.productId }) });
  const columns = columnIndex(PRODUCTS_LAYOUT.columns, table.values[0]);
  const english = (table.values[0] ?? []).map((h, i) => {
    const id = [...columns].find(([, at]) => at === i)?.[0];
    return id === undefined ? h : PRODUCTS_LAYOUT.columns.find((c) => c.id === id)!.header;
  });
  return { choices, products, issues, top: table.top, left: table.left, values: [english, ...table.values.slice(1)], columns };
}
