// The add-in in the oldest Excel the manifest admits (its ExcelApi minimum, 1.14: Excel 2021):
// the workbook refuses every API of a newer set with ApiNotFound, as that Excel would. The
// whole reassign of one product, serials pasted in bulk, runs there and is posted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OdooClient } from '../../src/odoo/client';
import { readQuants, searchProducts } from '../../src/odoo/reads';
import { JsonRpcTransport } from '../../src/odoo/transport';
import { Harness, letter, openWorkbench, pasteInto, runStep, tableValues, zeroAndRetrack } from './harness';

jest.setTimeout(240_000);

const MINIMUM = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(readFileSync(join(__dirname, '../../manifest.xml'), 'utf8'))![1];
const REF = 'ACC-0009'; // 120 units on WH/Stock/Shelf 2 in the demo warehouse
let h: Harness;

beforeAll(async () => {
  h = await openWorkbench({ excelApi: MINIMUM });
});
afterAll(async () => h?.close());

test(`the workbook plays Excel with ExcelApi ${MINIMUM}: newer sets are not supported`, async () => {
  await h.page.getByTestId('excel-api').getByText(`playing Excel with ExcelApi ${MINIMUM}`).waitFor();
  const answers = await h.page.evaluate((minimum) => {
    const w = window as unknown as { __lotReassignWorkbench: { isSetSupported(name: string, version: string): boolean } };
    const [major, minor] = minimum.split('.').map(Number);
    return [w.__lotReassignWorkbench.isSetSupported('ExcelApi', minimum), w.__lotReassignWorkbench.isSetSupported('ExcelApi', `${major}.${minor + 1}`)];
  }, MINIMUM);
  expect(answers).toEqual([true, false]);
});

test(`${REF} to serials, pasted, validated and posted in an Excel at ExcelApi ${MINIMUM}`, async () => {
  await zeroAndRetrack(h, REF, 'serial', {
    pulled: /Pulled 1 quants/,
    prepared: /120 Units/,
    zeroed: /Zeroed 1 quants/,
    restoreRows: /120 rows for 1 original lines/,
  });
  const lot = letter((await tableValues(h.page, 'Restore'))[0].indexOf('Lot/Serial'));
  const serials = Array.from({ length: 120 }, (_, i) => `OLD-${String(i + 1).padStart(4, '0')}`);
  await pasteInto(h.page, `Restore!${lot}2`, serials.join('\n'));
  await runStep(h, 'Validate', /All 120 rows are valid/);
  await h.pane.getByRole('button', { name: 'Post restore…' }).click();
  await h.pane.getByRole('dialog').getByRole('button', { name: 'Post restore' }).click();
  await h.pane.getByText(/Restored 120 lines \(120 new lots\)/).waitFor({ timeout: 60_000 });
  const odoo = await OdooClient.connect(new JsonRpcTransport(h.server.odooUrl), { db: 'sandbox', login: 'admin', secret: 'admin' });
  const [{ id }] = await searchProducts(odoo, { references: [REF] });
  const lots = (await readQuants(odoo, { productIds: [id] })).filter((q) => q.quantity > 0).map((q) => q.lot?.name);
  expect(lots.sort()).toEqual(serials);
});
