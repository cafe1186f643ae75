// Bulk entry in the workbench: 100 serials generated into selected rows, the other 20
// imported from a supplier's packing list on a second sheet, then validated and posted.
import { join } from 'node:path';
import { OdooClient } from '../../src/odoo/client';
import { readQuants, searchProducts } from '../../src/odoo/reads';
import { JsonRpcTransport } from '../../src/odoo/transport';
import { Harness, runStep, zeroAndRetrack, SCREENSHOTS, letter, openWorkbench, tableValues } from './harness';

jest.setTimeout(240_000);

const REF = 'ACC-0009'; // 120 units on WH/Stock/Shelf 2 in the demo warehouse
let h: Harness;

const step = (name: string, done: RegExp) => runStep(h, name, done);

beforeAll(async () => {
  h = await openWorkbench();
});
afterAll(async () => h?.close());

test('zeroed and retracked: 120 rows to fill', async () => {
  await zeroAndRetrack(h, REF, 'serial', {
    pulled: /Pulled 1 quants/,
    prepared: /120 Units/,
    zeroed: /Zeroed 1 quants/,
    restoreRows: /120 rows for 1 original lines/,
  });
});

test('generate 100 serials into the selected rows, previewed first', async () => {
  const lot = letter((await tableValues(h.page, 'Restore'))[0].indexOf('Lot/Serial'));
  await h.pane.locator('input[name="gen-prefix"]').fill('AC9-');
  await h.pane.locator('input[name="gen-padding"]').fill('5');
  await h.pane.getByTestId('gen-preview').getByText('Preview: AC9-00001, AC9-00002, AC9-00003 …').waitFor();
  await h.page.locator('[data-sheet-tab="Restore"]').click();
  await h.page.locator('[data-testid="name-box"]').fill(`${lot}2:${lot}101`);
  await h.page.locator('[data-testid="name-box"]').press('Enter');
  await h.pane.getByTestId('lot-generate').click();
  await h.pane.getByText('Generated 100 names: AC9-00001, AC9-00002, AC9-00003 … AC9-00100 (100).').waitFor({ timeout: 30_000 });
  const rows = await tableValues(h.page, 'Restore');
  const col = rows[0].indexOf('Lot/Serial');
  expect(rows[1][col]).toBe('AC9-00001');
  expect(rows[100][col]).toBe('AC9-00100');
  expect(rows[101][col]).toBe('');
});

test("import the supplier's packing list from a second sheet for the remaining 20", async () => {
  await h.page.evaluate(async () => {
    const w = window as unknown as {
      __lotReassignWorkbench: { sim: { addSheet(n: string): unknown; userPaste(s: string, a: string, t: string): Promise<unknown> } };
    };
    w.__lotReassignWorkbench.sim.addSheet('Packing');
    const lines = ['Product reference\tSerial number'];
    for (let i = 1; i <= 21; i++) lines.push(`${i === 21 ? 'ACC-9999' : 'ACC-0009'}\tPK-${String(i).padStart(4, '0')}`);
    // As pasted from the supplier's file into a Text-formatted sheet.
    await w.__lotReassignWorkbench.sim.userPaste('Packing', 'A1', lines.join('\n'));
  });
  await h.pane.getByRole('combobox', { name: 'Packing list sheet' }).click();
  await h.pane.getByRole('option', { name: 'Packing' }).click();
  await h.pane.getByTestId('lot-import').click();
  await h.pane.getByText(/Placed 20 lots\/serials from Packing; 1 not placed/).waitFor({ timeout: 30_000 });
  await h.pane.getByText(/No product ACC-9999 in the Restore sheet/).waitFor();
  await h.page.screenshot({ path: join(SCREENSHOTS, 'bulk-import.png') });
  await step('Validate', /All 120 rows are valid/);
  await h.pane.getByRole('button', { name: 'Post restore…' }).click();
  await h.pane.getByRole('dialog').getByRole('button', { name: 'Post restore' }).click();
  await h.pane.getByText(/Restored 120 lines \(120 new lots\)/).waitFor({ timeout: 60_000 });
  const odoo = await OdooClient.connect(new JsonRpcTransport(h.server.odooUrl), { db: 'sandbox', login: 'admin', secret: 'admin' });
  const [{ id }] = await searchProducts(odoo, { references: [REF] });
  const lots = (await readQuants(odoo, { productIds: [id] })).filter((q) => q.quantity > 0).map((q) => q.lot?.name);
  expect(lots).toHaveLength(120);
  expect(lots).toContain('AC9-00100');
  expect(lots).toContain('PK-0020');
});
