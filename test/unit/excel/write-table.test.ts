// The workbook adapter on the strict in-memory Excel: reads need load()+sync(), writes
// land at sync(), and every sync is counted.
import { ExcelSim, simRunner } from '../../../src/workbench/excel-sim';
import { QUANTS_LAYOUT } from '../../../src/core/quants-sheet';
import { SheetLayout, TEXT, toGrid } from '../../../src/core/sheet-layout';
import { writeTable } from '../../../src/excel/write-table';
import { readTable } from '../../../src/excel/read-table';
import { addDropdown, addStatusFormats, selectCell, writeColumns } from '../../../src/excel/annotate';
import { Product, Quant } from '../../../src/core/model';

interface Row {
  code: string;
  serial: string;
  qty: number;
}
const LAYOUT: SheetLayout<Row> = {
  sheet: 'Items',
  table: 'Items',
  columns: [
    { id: 'code', header: 'Code', value: (r) => r.code, format: TEXT },
    { id: 'serial', header: 'Serial', value: (r) => r.serial, format: TEXT },
    { id: 'qty', header: 'Qty', value: (r) => r.qty, format: '#,##0.00' },
  ],
};

function setup() {
  const sim = new ExcelSim();
  return { sim, run: simRunner(sim) };
}

test('creates a formatted table; text that looks like numbers, dates or formulas stays text', async () => {
  const { sim, run } = setup();
  const rows: Row[] = [
    { code: 'A', serial: '000123', qty: 1 },
    { code: 'B', serial: '=HYPERLINK("x")', qty: 2.5 },
    { code: 'C', serial: '2024-03-05', qty: 3 },
    { code: 'D', serial: '123456789012345678', qty: 4 },
  ];
  await writeTable(run, LAYOUT, toGrid(LAYOUT, rows));
  const sheet = sim.getSheet('Items');
  expect(sheet.values('A1:C5')).toEqual([
    ['Code', 'Serial', 'Qty'],
    ['A', '000123', 1],
    ['B', '=HYPERLINK("x")', 2.5],
    ['C', '2024-03-05', 3],
    ['D', '123456789012345678', 4],
  ]);
  expect(sheet.formulas('B3:B3')).toEqual([['=HYPERLINK("x")']]);
  expect(sheet.cellAt('B3').formula).toBeNull();
  expect(sheet.cellAt('C3').text).toBe('2.50');
  expect(sheet.frozenRows).toBe(1);
  expect(sheet.cellAt('A1').bold).toBe(true);
  expect(sim.tables().map((t) => [t.name, t.address])).toEqual([['Items', 'Items!A1:C5']]);
});

test('re-pulling replaces the rows and keeps what the user wrote around the table', async () => {
  const { sim, run } = setup();
  await writeTable(
    run,
    LAYOUT,
    toGrid(
      LAYOUT,
      Array.from({ length: 5 }, (_, i) => ({ code: `X${i}`, serial: `S${i}`, qty: i })),
    ),
  );
  await sim.userEdit('Items', 'E2', 'my note');
  await writeTable(run, LAYOUT, toGrid(LAYOUT, [{ code: 'Y', serial: 'T', qty: 9 }]));
  const sheet = sim.getSheet('Items');
  expect(sheet.values('A1:C4')).toEqual([
    ['Code', 'Serial', 'Qty'],
    ['Y', 'T', 9],
    ['', '', ''],
    ['', '', ''],
  ]);
  expect(sheet.values('E2:E2')).toEqual([['my note']]);
  expect(sim.tables()[0].address).toBe('Items!A1:C2');
});

test('an empty pull leaves a table with one blank row', async () => {
  const { sim, run } = setup();
  await writeTable(run, LAYOUT, toGrid(LAYOUT, []));
  expect(sim.tables()[0].address).toBe('Items!A1:C2');
});

test('a 20,000-quant pull takes at most 4 syncs, in blocks', async () => {
  const { sim, run } = setup();
  const product: Product = {
    id: 1,
    templateId: 1,
    templateName: 'Template',
    variantCount: 1,
    company: null,
    reference: 'ACC-1',
    name: 'Chair',
    barcode: '',
    tracking: 'none',
    storable: true,
    active: true,
    uom: { id: 1, name: 'Units', rounding: 0.01 },
    cost: 1,
  };
  const rows = Array.from({ length: 20_000 }, (_, i) => ({
    product,
    quant: {
      id: i + 1,
      product: { id: 1, name: 'Chair' },
      location: { id: 8, name: `WH/Stock/Bin ${i}` },
      lot: null,
      package: null,
      owner: null,
      quantity: i,
      reserved: 0,
      pendingCount: null,
      uom: { id: 1, name: 'Units' },
    } as Quant,
  }));
  sim.resetStats();
  const started = performance.now();
  await writeTable(run, QUANTS_LAYOUT, toGrid(QUANTS_LAYOUT, rows));
  expect(sim.stats.syncs).toBeLessThanOrEqual(4);
  expect(performance.now() - started).toBeLessThan(5000);
  expect(sim.getSheet('Quants').values('A20001:C20001')).toEqual([['ACC-1', 'Chair', 'WH/Stock/Bin 19999']]);
  expect(sim.tables()[0].address).toBe('Quants!A1:Q20001');
});

test('reading a table takes one sync and returns values with number formats', async () => {
  const { sim, run } = setup();
  await writeTable(run, LAYOUT, toGrid(LAYOUT, [{ code: 'A', serial: '007', qty: 1 }]));
  sim.resetStats();
  const table = await readTable(run, 'Items');
  expect(sim.stats.syncs).toBe(1);
  expect(table).toMatchObject({
    top: 0,
    left: 0,
    values: [
      ['Code', 'Serial', 'Qty'],
      ['A', '007', 1],
    ],
  });
  expect(table.numberFormats[1]).toEqual(['@', '@', '#,##0.00']);
  await expect(readTable(run, 'Nope')).rejects.toThrow('There is no "Nope" table in this workbook');
});

test('statuses and messages land in one sync, coloured; dropdowns and jumping to a cell', async () => {
  const { sim, run } = setup();
  await writeTable(
    run,
    LAYOUT,
    toGrid(
      LAYOUT,
      [1, 2, 3].map((i) => ({ code: `C${i}`, serial: '', qty: i })),
    ),
  );
  sim.resetStats();
  await writeColumns(run, 'Items', 0, 0, [{ column: 1, values: ['OK', 'Error', 'Warning'] }]);
  expect(sim.stats.syncs).toBe(1);
  const sheet = sim.getSheet('Items');
  expect(sheet.values('B2:B4')).toEqual([['OK'], ['Error'], ['Warning']]);
  await addStatusFormats(run, 'Items', 1);
  expect([sheet.cellAt('B2').fill, sheet.cellAt('B3').fill, sheet.cellAt('B4').fill]).toEqual(['#C6EFCE', '#FFC7CE', '#FFEB9C']);
  await sim.userEdit('Items', 'B2', 'Error');
  expect(sheet.cellAt('B2').fill).toBe('#FFC7CE');
  await addDropdown(run, 'Items', 0, 0, 3, ['lot', 'serial']);
  expect(sheet.validationList(1, 0)).toEqual(['lot', 'serial']);
  await selectCell(run, 'Items!B3');
  expect(sim.selection).toEqual({ sheet: 'Items', address: 'B3' });
});
