// How the adapter keeps each sync under Excel on the web's payload limit: blocks sized by
// bytes, not rows; reads that adapt when Excel refuses a response anyway.
import { ExcelSim, simRunner } from '../../../src/workbench/excel-sim';
import { SheetLayout, TEXT, toGrid } from '../../../src/core/sheet-layout';
import { writeTable } from '../../../src/excel/write-table';
import { FIRST_ROWS, readTable } from '../../../src/excel/read-table';
import { addDropdown, writeColumns } from '../../../src/excel/annotate';
import { jsonBytes, rowBlocks } from '../../../src/excel/payload';

function wideLayout(columns: number): SheetLayout<string[]> {
  return {
    sheet: 'Wide',
    table: 'Wide',
    columns: Array.from({ length: columns }, (_, c) => ({ id: `c${c}`, header: `C${c}x`, value: (r: string[]) => r[c], format: TEXT })),
  };
}

const rowsOf = (rows: number, columns: number, length: number) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => `${r}:${c}:`.padEnd(length, 'x')));

test('rowBlocks cuts by bytes: long rows make short blocks, a huge row a block of its own', () => {
  const sizes = [10, 10, 10, 100, 10, 10];
  expect(rowBlocks(sizes.length, (i) => sizes[i], 40)).toEqual([
    { start: 0, count: 3 },
    { start: 3, count: 1 },
    { start: 4, count: 2 },
  ]);
  expect(rowBlocks(0, () => 1)).toEqual([]);
  // a budget per block: the first shares its sync
  expect(
    rowBlocks(
      4,
      () => 10,
      (b) => (b === 0 ? 12 : 100),
    ),
  ).toEqual([
    { start: 0, count: 1 },
    { start: 1, count: 3 },
  ]);
});

test('long texts: fewer rows per sync, every request within the limit', async () => {
  const sim = new ExcelSim({ payloadLimitBytes: 300_000 });
  const run = simRunner(sim);
  const layout = wideLayout(4);
  const rows = rowsOf(2_000, 4, 200); // about 1.6 MB
  await writeTable(run, layout, toGrid(layout, rows), { budgetBytes: 250_000 });
  expect(sim.stats.largestRequestBytes).toBeLessThanOrEqual(300_000);
  expect(sim.stats.syncs).toBeGreaterThanOrEqual(Math.ceil(jsonBytes(rows) / 250_000));
  expect(sim.getSheet('Wide').cellAt('D2001').value).toBe(rows[1999][3]);
});

test('a table too wide for its first rows in one response: the address alone first, then blocks', async () => {
  const sim = new ExcelSim({ payloadLimitBytes: 1_000_000 });
  const run = simRunner(sim);
  const layout = wideLayout(40);
  const rows = rowsOf(FIRST_ROWS + 500, 40, 40); // a first block of 1,000 rows x 40 x 40 chars: 1.7 MB
  await writeTable(run, layout, toGrid(layout, rows), { budgetBytes: 800_000 });
  sim.resetStats();
  const table = await readTable(run, 'Wide', false, { budgetBytes: 800_000 });
  expect(table.values).toHaveLength(rows.length + 1);
  expect(table.values[rows.length]).toEqual(rows[rows.length - 1]);
  expect(sim.stats.largestResponseBytes).toBeLessThanOrEqual(1_000_000);
});

test('Excel refusing a response the estimate let through: the block is read again in halves', async () => {
  const sim = new ExcelSim({ payloadLimitBytes: 150_000 });
  const run = simRunner(sim);
  const layout = wideLayout(3);
  const rows = rowsOf(3_000, 3, 30);
  await writeTable(run, layout, toGrid(layout, rows), { budgetBytes: 120_000 });
  // the adapter believes it has 4 MB per sync; Excel here allows 150 KB
  const table = await readTable(run, 'Wide');
  expect(table.values.slice(1)).toEqual(rows);
  expect(table.numberFormats[3000]).toEqual(['@', '@', '@']);
});

test('statuses and messages for many rows go in blocks when they do not fit one sync', async () => {
  const sim = new ExcelSim({ payloadLimitBytes: 100_000 });
  const run = simRunner(sim);
  const statuses = Array.from({ length: 5_000 }, (_, i) => (i % 2 ? 'OK' : 'Error'));
  const messages = statuses.map((s, i) => (s === 'Error' ? `Row ${i + 2}: this serial is already in stock elsewhere.` : ''));
  await writeColumns(
    run,
    'Sheet1',
    0,
    0,
    [
      { column: 0, values: statuses },
      { column: 1, values: messages },
    ],
    80_000,
  );
  expect(sim.stats.syncs).toBeGreaterThan(1);
  expect(sim.stats.largestRequestBytes).toBeLessThanOrEqual(100_000);
  expect(sim.getSheet('Sheet1').values('A5000:B5001')).toEqual([
    ['Error', 'Row 5000: this serial is already in stock elsewhere.'],
    ['OK', ''],
  ]);
});

test('a dropdown whose choices exceed 255 characters is refused before Excel is asked', async () => {
  const sim = new ExcelSim();
  const run = simRunner(sim);
  const many = Array.from({ length: 60 }, (_, i) => `choice${i}`);
  await expect(addDropdown(run, 'Sheet1', 0, 0, 3, many)).rejects.toThrow(/at most 255 characters/);
  expect(sim.stats.syncs).toBe(0);
});

test('formats of only the columns asked for past the first rows: every value, fewer bytes, fewer syncs', async () => {
  const layout = wideLayout(12);
  const rows = rowsOf(6_000, 12, 4);
  const read = async (narrow: boolean) => {
    const sim = new ExcelSim();
    const run = simRunner(sim);
    await writeTable(run, layout, toGrid(layout, rows));
    const before = sim.stats.syncs;
    const table = await readTable(run, 'Wide', true, { budgetBytes: 200_000, ...(narrow ? { formatsOf: (header) => [header.indexOf('C4x')] } : {}) });
    return { table, syncs: sim.stats.syncs - before };
  };
  const all = await read(false);
  const narrow = await read(true);
  expect(narrow.table.values).toEqual(all.table.values);
  // the asked-for column's formats everywhere; the others' only in the first rows, null after
  expect(narrow.table.numberFormats.map((r) => r[4])).toEqual(all.table.numberFormats.map((r) => r[4]));
  expect(narrow.table.numberFormats[FIRST_ROWS - 1][0]).toBe('@');
  expect(narrow.table.numberFormats[FIRST_ROWS][0]).toBeNull();
  expect(narrow.syncs).toBeLessThan(all.syncs);
});
