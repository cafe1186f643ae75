// Large writes: 20,000 rows x 15 columns in 5,000-row blocks, the way the adapter writes.
import { ExcelSim } from '../../../src/workbench/excel-sim';

const ROWS = 20_000;
const COLUMNS = 15;
const BLOCK = 5_000;

function block(start: number, count: number): { values: (string | number)[][]; formats: string[][] } {
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  for (let r = start; r < start + count; r++) {
    const row: (string | number)[] = [];
    const format: string[] = [];
    for (let c = 0; c < COLUMNS; c++) {
      if (c === 0) row.push(`00${r}`);
      else if (c % 3 === 0) row.push(r * c * 0.5);
      else row.push(`WH/Stock/${r % 97}-${c}`);
      format.push(c === 0 ? '@' : c % 3 === 0 ? '0.00' : 'General');
    }
    values.push(row);
    formats.push(format);
  }
  return { values, formats };
}

test('20,000 x 15 written in blocks of 5,000 rows takes well under a second', async () => {
  const sim = new ExcelSim({ sheets: ['Quants'] });
  const blocks = Array.from({ length: ROWS / BLOCK }, (_, i) => block(i * BLOCK, BLOCK));
  const headers = Array.from({ length: COLUMNS }, (_, c) => `Col ${c}`);
  // CPU time, so that a busy machine does not fail the test; wall time is far looser
  const started = performance.now();
  const cpu = process.cpuUsage();
  await sim.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem('Quants');
    sheet.getRangeByIndexes(0, 0, 1, COLUMNS).values = [headers];
    const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, ROWS + 1, COLUMNS), true);
    table.name = 'Quants';
    for (let i = 0; i < blocks.length; i++) {
      const range = sheet.getRangeByIndexes(1 + i * BLOCK, 0, BLOCK, COLUMNS);
      range.numberFormat = blocks[i].formats;
      range.values = blocks[i].values;
      ctx.application.suspendApiCalculationUntilNextSync();
      await ctx.sync();
    }
  });
  const used = process.cpuUsage(cpu);
  expect((used.user + used.system) / 1000).toBeLessThan(1000);
  expect(performance.now() - started).toBeLessThan(5000);
  expect(sim.stats.syncs).toBe(ROWS / BLOCK);
  const view = sim.getSheet('Quants');
  expect(view.usedSize()).toEqual({ rows: ROWS + 1, columns: COLUMNS });
  expect(view.cell(ROWS, 0).value).toBe(`00${ROWS - 1}`); // text format kept the zeros
  expect(view.cell(ROWS, 3).text).toBe(((ROWS - 1) * 1.5).toFixed(2));
  expect(sim.tables()[0].address).toBe('Quants!A1:O20001');

  // reading it all back in one load is also quick
  const readCpu = process.cpuUsage();
  const values = await sim.run(async (ctx) => {
    const body = ctx.workbook.tables.getItem('Quants').getDataBodyRange().load('values');
    await ctx.sync();
    return body.values;
  });
  expect(values).toHaveLength(ROWS);
  const readUsed = process.cpuUsage(readCpu);
  expect((readUsed.user + readUsed.system) / 1000).toBeLessThan(1000);
});
