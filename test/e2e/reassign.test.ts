// The reassign in the workbench, as an accountant does it: three products to serials and
// three to lots across the shelves (the kg product split over two lots, the packaged
// quant, the partner-owned quant), =ODOO.ONHAND following along, screenshots on the way.
import { join } from 'node:path';
import { OdooClient } from '../../src/odoo/client';
import { inventoryHistory } from '../../src/odoo/inventory';
import { readQuants, searchProducts } from '../../src/odoo/reads';
import { JsonRpcTransport } from '../../src/odoo/transport';
import { Harness, activeCell, runStep, SCREENSHOTS, cellText, letter, openWorkbench, pasteInto, signIn, tableValues, typeInto } from './harness';

jest.setTimeout(240_000);

const SERIALS = ['FURN_0003', 'FURN_0005', 'FURN_0007'];
const LOTS = ['BULK-0001', 'ACC-0003', 'ACC-0004'];

let h: Harness;
let odoo: OdooClient;
let productIds: number[];
let before: Record<string, number>;

const placeKey = (q: { product: { id: number }; location: { name: string }; package: { name: string } | null; owner: { name: string } | null }) =>
  `${q.product.id}|${q.location.name}|${q.package?.name ?? ''}|${q.owner?.name ?? ''}`;
async function stockByPlace(): Promise<Record<string, number>> {
  const m: Record<string, number> = {};
  for (const q of await readQuants(odoo, { productIds })) if (q.quantity) m[placeKey(q)] = Math.round(((m[placeKey(q)] ?? 0) + q.quantity) * 1000) / 1000;
  return m;
}

const step = (name: string, done: RegExp) => runStep(h, name, done);

beforeAll(async () => {
  h = await openWorkbench();
  odoo = await OdooClient.connect(new JsonRpcTransport(h.server.odooUrl), { db: 'sandbox', login: 'admin', secret: 'admin' });
  productIds = (await searchProducts(odoo, { references: [...SERIALS, ...LOTS] })).map((p) => p.id);
  before = await stockByPlace();
});
afterAll(async () => h?.close());

test('=ODOO.ONHAND shows the sandbox quantity', async () => {
  await signIn(h.pane);
  await typeInto(h.page, 'Sheet1!A1', '=ODOO.ONHAND("FURN_0005")');
  await h.page.locator('[data-address="Sheet1!A1"]').getByText('13').waitFor({ timeout: 20_000 });
  await typeInto(h.page, 'Sheet1!A2', '=ODOO.ONHAND("ACC-9999")');
  await h.page.locator('[data-address="Sheet1!A2"]').getByText('#N/A').waitFor({ timeout: 20_000 });
});

test('pull, then choose the target tracking in the Products sheet', async () => {
  await step('Pull quants', /Pulled \d+ quants/);
  await step('Products sheet', /products listed/);
  const products = await tableValues(h.page, 'Products');
  const target = (products[0] as string[]).indexOf('Target tracking');
  for (const [i, row] of products.entries()) {
    const ref = String(row[0]);
    if (SERIALS.includes(ref) || LOTS.includes(ref)) await typeInto(h.page, `Products!${letter(target)}${i + 1}`, SERIALS.includes(ref) ? 'serial' : 'lot');
  }
  expect((await tableValues(h.page, 'Products')).filter((r) => r[target] === 'serial' || r[target] === 'lot')).toHaveLength(6);
});

test('zeroing: prepared, confirmed in a dialog, posted; ONHAND follows', async () => {
  // Zero… prepares the Zeroing sheet, brings it to the front, and asks before posting.
  await step('Zero…', /Run RA-\d{8}-[0-9a-f]{4}: \d+ quants of 6 products/);
  expect(await activeCell(h.page)).toBe('Zeroing!A2');
  await h.page.screenshot({ path: join(SCREENSHOTS, 'workflow-zeroing.png') });
  await h.pane
    .getByRole('dialog')
    .getByText(/count \d+ quants of 6 products to zero/)
    .waitFor();
  await h.pane.getByRole('dialog').getByRole('button', { name: 'Post zeroing' }).click();
  await h.pane.getByText(/Zeroed \d+ quants \(run RA-/).waitFor({ timeout: 60_000 });
  expect(await stockByPlace()).toEqual({});
  await h.page.locator('[data-sheet-tab="Sheet1"]').click();
  await h.page.locator('[data-address="Sheet1!A1"]').getByText(/^0$/).waitFor({ timeout: 20_000 });
});

test('tracking changed; Restore sheet filled by pasting columns; a lot split; validated', async () => {
  await step('Change tracking', /Tracking changed for 6 products/);
  await step('Restore sheet', /\d+ rows for \d+ original lines/);
  const rows = await tableValues(h.page, 'Restore');
  const head = rows[0] as string[];
  const lotCol = head.indexOf('Lot/Serial');
  const qtyCol = head.indexOf('Qty');
  const serialRows = rows.map((r, i) => [r, i] as const).filter(([r]) => SERIALS.includes(String(r[0])));
  // One pasted column of serials with leading zeros covers every serial row.
  await pasteInto(h.page, `Restore!${letter(lotCol)}${serialRows[0][1] + 1}`, serialRows.map((_, k) => `000${String(k + 1).padStart(4, '0')}`).join('\n'));
  for (const [i, r] of rows.entries()) if (LOTS.includes(String(r[0]))) await typeInto(h.page, `Restore!${letter(lotCol)}${i + 1}`, `L-${String(r[0])}-${i}`);
  // Split the kg line with the Split action: 2 kg stay on its lot, the rest goes to a new row and a second lot.
  const bulk = rows.findIndex((r) => r[0] === 'BULK-0001');
  const original = Number(rows[bulk][head.indexOf('Original qty')]);
  await typeInto(h.page, `Restore!${letter(qtyCol)}${bulk + 1}`, '2');
  await h.page.locator(`[data-address="Restore!${letter(qtyCol)}${bulk + 1}"]`).click();
  await step('Split lot line', new RegExp(`Row ${bulk + 2} added with the remaining ${Math.round((original - 2) * 100) / 100}`));
  await typeInto(h.page, `Restore!${letter(lotCol)}${bulk + 2}`, 'L-BULK-0001-B');
  await step('Validate', /All \d+ rows are valid/);
  // The split row went in above the serial rows, which moved down by one.
  expect(await cellText(h.page, `Restore!${letter(lotCol)}${serialRows[0][1] + 2}`)).toBe('0000001');
  await h.page.screenshot({ path: join(SCREENSHOTS, 'workflow-restore.png') });
});

test('restore posted; every place is back with its lots; posting again changes nothing; the report balances', async () => {
  await h.pane.getByRole('button', { name: 'Post restore…' }).click();
  await h.pane.getByRole('dialog').getByRole('button', { name: 'Post restore' }).click();
  await h.pane.getByText(/Restored \d+ lines \(\d+ new lots\)/).waitFor({ timeout: 60_000 });
  expect(await stockByPlace()).toEqual(before);
  const quants = (await readQuants(odoo, { productIds })).filter((q) => q.quantity !== 0);
  expect(quants.every((q) => q.lot)).toBe(true);
  const moves = await inventoryHistory(odoo, productIds);
  const run = moves.find((m) => m.reference.startsWith('Lot reassign RA-'))!.reference.slice(13, 29);
  const count = moves.length;
  await h.pane.getByRole('button', { name: 'Post restore…' }).click();
  await h.pane.getByRole('dialog').getByRole('button', { name: 'Post restore' }).click();
  await h.pane.getByText(/Restored 0 lines \(0 new lots, \d+ already in Odoo\)/).waitFor({ timeout: 60_000 });
  expect(await inventoryHistory(odoo, productIds)).toHaveLength(count);
  expect(moves.filter((m) => m.lot).every((m) => m.reference.startsWith(`Lot reassign ${run}: restore`))).toBe(true);
  await step('Report', /Balanced: /);
  await h.page.locator('[data-sheet-tab="Report"]').click();
  await h.page.screenshot({ path: join(SCREENSHOTS, 'workflow-report.png') });
  await h.page.locator('[data-sheet-tab="Sheet1"]').click();
  await h.page.locator('[data-address="Sheet1!A1"]').getByText(/^13$/).waitFor({ timeout: 20_000 });
});
