// The adapter's small reads and writes on the strict in-memory Excel, and the pane's
// "focus on the work": a sheet activated and a cell selected, as Excel does it.
import { ExcelSim, simRunner } from '../../../src/workbench/excel-sim';
import { focusCell, insertTableRow, selectedRows, sheetNames, usedValues } from '../../../src/excel/cells';
import { writeColumns } from '../../../src/excel/annotate';
import { watchSheets } from '../../../src/excel/watch';

test('focusCell brings a sheet to the front and selects one cell, in one sync', async () => {
  const sim = new ExcelSim();
  sim.addSheet('Restore');
  const run = simRunner(sim);
  expect(sim.activeSheet).toBe('Sheet1');
  sim.resetStats();
  await focusCell(run, 'Restore', 4, 6);
  expect(sim.stats.syncs).toBe(1);
  expect(sim.selection).toEqual({ sheet: 'Restore', address: 'G5' });
  expect(await selectedRows(run)).toEqual({ sheet: 'Restore', row: 4, count: 1 });
});

test('columns written from a row (null leaves a cell as it is), the used range read back, sheet names', async () => {
  const sim = new ExcelSim();
  const run = simRunner(sim);
  // rows below a header at row 0: the first value lands in row 1
  await writeColumns(run, 'Sheet1', 0, 0, [
    { column: 0, values: ['a', 'b'] },
    { column: 2, values: [1, null] },
  ]);
  await writeColumns(run, 'Sheet1', 1, 0, [{ column: 2, values: [null] }]);
  expect(await usedValues(run, 'Sheet1')).toEqual({
    values: [
      ['a', '', 1],
      ['b', '', ''],
    ],
    row: 1,
    column: 0,
  });
  expect(await sheetNames(run)).toEqual(['Sheet1']);
});

test("the user's edits are reported, the add-in's own writes are not; stop removes the handler", async () => {
  const sim = new ExcelSim();
  const run = simRunner(sim);
  const seen: string[] = [];
  const watch = await watchSheets(
    run,
    (ctx, batch) => sim.run(ctx as never, batch),
    ['Sheet1', 'Missing'],
    (c) => seen.push(`${c.sheet}!${c.address}`),
  );
  await writeColumns(run, 'Sheet1', 0, 0, [{ column: 0, values: ['by the add-in'] }]);
  await sim.userEdit('Sheet1', 'B2', 'typed');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(seen).toEqual(['Sheet1!B2']);
  await watch.stop();
  await sim.userEdit('Sheet1', 'B3', 'typed');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(seen).toEqual(['Sheet1!B2']);
});

test('a table row inserted in the body', async () => {
  const sim = new ExcelSim();
  const run = simRunner(sim);
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem('Sheet1');
    ws.getRange('A1:B3').values = [
      ['Lot', 'Qty'],
      ['L1', 1],
      ['L2', 2],
    ];
    ws.tables.add('A1:B3', true).name = 'T';
    await context.sync();
  });
  await insertTableRow(run, 'T', 1, ['L1b', 5]);
  expect((await usedValues(run, 'Sheet1')).values).toEqual([
    ['Lot', 'Qty'],
    ['L1', 1],
    ['L1b', 5],
    ['L2', 2],
  ]);
});
