// What real databases hold, in the workbench, following the stepper: the demo's Staff
// T-shirt (two variants sharing one template's tracking) and the Office Chair, whose
// stock lies in two companies. Pulling one variant brings its sibling; keeping the
// sibling out is refused on its row; both go through together; the chair's lots are
// made in each location's company. Then the Label Printer, switched to serials while 5 units
// had none: only those 5 are zeroed and restored, its 2 serials stay as they are.
import { join } from 'node:path';
import { OdooClient } from '../../src/odoo/client';
import { readQuants, searchProducts } from '../../src/odoo/reads';
import { JsonRpcTransport } from '../../src/odoo/transport';
import { Harness, SCREENSHOTS, clickPrimary, letter, openWorkbench, signIn, tableValues, typeInto } from './harness';

jest.setTimeout(240_000);

let h: Harness;
let odoo: OdooClient;

async function pull(reference: string) {
  await h.pane.getByText('Paste a list of references').click();
  await h.pane.getByRole('textbox', { name: 'Product references' }).fill(reference);
  await clickPrimary(h, 'Pull quants', /Pulled \d+ quants/);
  await clickPrimary(h, 'Products sheet', /products listed/);
}

/** Fill every empty Lot/Serial cell of the Restore sheet, row by row. */
async function fillLots(name: (row: unknown[], i: number) => string) {
  const rows = await tableValues(h.page, 'Restore');
  const lot = (rows[0] as string[]).indexOf('Lot/Serial');
  for (let i = 1; i < rows.length; i++) await typeInto(h.page, `Restore!${letter(lot)}${i + 1}`, name(rows[i], i));
}

async function restoreAndReport(done: RegExp) {
  await clickPrimary(h, 'Validate', /rows are valid/);
  await clickPrimary(h, 'Post restore…');
  await h.pane.getByRole('dialog').getByRole('button', { name: 'Post restore' }).click();
  await h.pane
    .getByText(/Restored \d+ lines/)
    .first()
    .waitFor({ timeout: 60_000 });
  await clickPrimary(h, 'Report', done);
}

beforeAll(async () => {
  h = await openWorkbench();
  odoo = await OdooClient.connect(new JsonRpcTransport(h.server.odooUrl), { db: 'sandbox', login: 'admin', secret: 'admin' });
});
afterAll(async () => h?.close());

test('a variant: pulling one size lists both; keeping one out is refused; both restored with serials', async () => {
  await signIn(h.pane);
  await pull('TSHIRT-S');
  const products = await tableValues(h.page, 'Products');
  const head = products[0] as string[];
  expect(products.slice(1).map((r) => [r[0], r[head.indexOf('Template')]])).toEqual([
    ['TSHIRT-M', 'Staff T-shirt'],
    ['TSHIRT-S', 'Staff T-shirt'],
  ]);
  const target = letter(head.indexOf('Target tracking'));
  await typeInto(h.page, `Products!${target}3`, 'serial');
  await clickPrimary(h, 'Zero…');
  await h.pane.getByText(/\[TSHIRT-M\] .* is a variant of Staff T-shirt too.*holds 9 Units without a lot/).waitFor({ timeout: 30_000 });
  await h.page.screenshot({ path: join(SCREENSHOTS, 'variant-refused.png') });
  expect(await h.pane.getByRole('dialog').count()).toBe(0);
  // both sizes in the run
  await typeInto(h.page, `Products!${target}2`, 'serial');
  await clickPrimary(h, 'Zero…', /Run RA-\d{8}-[0-9a-f]{4}: 4 quants of 2 products/);
  await h.pane.getByRole('dialog').getByRole('button', { name: 'Post zeroing' }).click();
  await h.pane.getByText(/Zeroed 4 quants \(run RA-/).waitFor({ timeout: 60_000 });
  await clickPrimary(h, 'Change tracking', /Tracking changed for 2 products/);
  await clickPrimary(h, 'Restore sheet', /23 rows for 4 original lines/);
  await fillLots((row, i) => `${String(row[0])}-SN-${String(i).padStart(3, '0')}`);
  await restoreAndReport(/Balanced: 2 products back with 23 lots/);
  await h.page.screenshot({ path: join(SCREENSHOTS, 'variant-report.png') });
  const ids = (await searchProducts(odoo, { references: ['TSHIRT-S', 'TSHIRT-M'] })).map((p) => p.id);
  const quants = (await readQuants(odoo, { productIds: ids })).filter((q) => q.quantity !== 0);
  expect(quants.every((q) => q.lot && q.quantity === 1)).toBe(true);
  expect(quants).toHaveLength(23);
});

test('two companies: the chair is pulled in both, each lot made in its location’s company', async () => {
  await h.page.reload();
  await signIn(h.pane);
  await pull('FURN_0001');
  const quants = await tableValues(h.page, 'Quants');
  const company = (quants[0] as string[]).indexOf('Company');
  expect(new Set(quants.slice(1).map((r) => r[company]))).toEqual(new Set(['My Company', 'North']));
  const target = letter(((await tableValues(h.page, 'Products'))[0] as string[]).indexOf('Target tracking'));
  await typeInto(h.page, `Products!${target}2`, 'lot');
  await clickPrimary(h, 'Zero…', /quants of 1 products/);
  await h.pane.getByRole('dialog').getByRole('button', { name: 'Post zeroing' }).click();
  await h.pane.getByText(/Zeroed \d+ quants \(run RA-/).waitFor({ timeout: 60_000 });
  await clickPrimary(h, 'Change tracking', /Tracking changed for 1 products/);
  await clickPrimary(h, 'Restore sheet', /rows for \d+ original lines/);
  // the same lot name in both companies: one lot in each
  await fillLots(() => 'CHAIR-2026');
  await restoreAndReport(/Balanced: 1 products back/);
  await h.page.screenshot({ path: join(SCREENSHOTS, 'two-companies-report.png') });
  const [chair] = await searchProducts(odoo, { references: ['FURN_0001'] });
  const lots = await odoo.searchRead<{ name: string; company_id: [number, string] }>('stock.lot', [['product_id', '=', chair.id]], ['name', 'company_id']);
  expect(lots.map((l) => `${l.name}@${l.company_id[1]}`).sort()).toEqual(['CHAIR-2026@My Company', 'CHAIR-2026@North']);
  expect((await readQuants(odoo, { productIds: [chair.id], withLot: false })).filter((q) => q.quantity !== 0)).toEqual([]);
});

test('a product already switched to serials: only its 5 units without a serial go through; its 2 serials stay', async () => {
  await h.page.reload();
  await signIn(h.pane);
  await pull('SER-0001');
  const products = await tableValues(h.page, 'Products');
  const head = products[0] as string[];
  expect(products.slice(1).map((r) => [r[0], r[head.indexOf('Current tracking')], r[head.indexOf('On hand')], r[head.indexOf('Already in lots')]])).toEqual([
    ['SER-0001', 'serial', 5, 2],
  ]);
  await typeInto(h.page, `Products!${letter(head.indexOf('Target tracking'))}2`, 'serial');
  await clickPrimary(h, 'Zero…', /1 quants of 1 products \(5 Units\)/);
  await h.pane.getByRole('dialog').getByRole('button', { name: 'Post zeroing' }).click();
  await h.pane.getByText(/Zeroed 1 quants \(run RA-/).waitFor({ timeout: 60_000 });
  // already tracked by serial: nothing to change, the Restore sheet comes next
  await clickPrimary(h, 'Restore sheet', /5 rows for 1 original lines/);
  await fillLots((_row, i) => `LP-2026-01${String(i).padStart(2, '0')}`);
  await restoreAndReport(/Balanced: 1 products back with 5 lots/);
  await h.page.screenshot({ path: join(SCREENSHOTS, 'already-tracked-report.png') });
  const [printer] = await searchProducts(odoo, { references: ['SER-0001'] });
  const quants = (await readQuants(odoo, { productIds: [printer.id] })).filter((q) => q.quantity !== 0);
  expect(quants.map((q) => q.lot?.name).sort()).toEqual([
    'LP-2026-0001',
    'LP-2026-0002',
    'LP-2026-0101',
    'LP-2026-0102',
    'LP-2026-0103',
    'LP-2026-0104',
    'LP-2026-0105',
  ]);
});
