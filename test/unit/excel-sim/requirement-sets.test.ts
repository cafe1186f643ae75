// The strict Excel playing an older Excel: members of requirement sets newer than the one
// it plays fail at sync with ApiNotFound, as in an Excel that lacks them; isSetSupported
// answers to match.
import { ExcelSim, ExcelSimError, installAsExcelGlobal, simRunner } from '../../../src/workbench/excel-sim';
import { SheetLayout, TEXT, toGrid } from '../../../src/core/sheet-layout';
import { writeTable } from '../../../src/excel/write-table';

async function rejection(promise: Promise<unknown>): Promise<ExcelSimError> {
  try {
    await promise;
  } catch (error) {
    return error as ExcelSimError;
  }
  throw new Error('expected the promise to reject');
}

test('a method of a newer set fails at sync with ApiNotFound; what came before it is applied', async () => {
  const sim = new ExcelSim({ sheets: ['S'], excelApi: '1.12' });
  const error = await rejection(
    sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRangeByIndexes(0, 0, 1, 1).values = [['kept']]; // ExcelApi 1.7
      const table = ws.tables.add('A3:B5', true);
      table.resize('A3:B8'); // ExcelApi 1.13
      ws.getRange('D1').values = [['dropped']];
      await ctx.sync();
    }),
  );
  expect(error.code).toBe('ApiNotFound');
  expect(error.message).toMatch(/^The API you are trying to use could not be found\. It may be available in a newer version of Excel\./);
  expect(error.debugInfo.errorLocation).toBe('Table.resize');
  expect(sim.getSheet('S').cellAt('A1').value).toBe('kept');
  expect(sim.getSheet('S').cellAt('D1').value).toBe('');
  expect(sim.tables()[0].range).toBe('A3:B5');
});

test('a property of a newer set: setting it, loading it, or reaching an object through it fails', async () => {
  const sim = new ExcelSim({ sheets: ['S'], excelApi: '1.6' });
  const attempts: ((ctx: Excel.RequestContext) => void)[] = [
    (ctx) => void (ctx.workbook.worksheets.getItem('S').showGridlines = false), // 1.8
    (ctx) => void ctx.workbook.worksheets.getItem('S').load('tabColor'), // 1.7
    (ctx) => ctx.workbook.worksheets.getItem('S').freezePanes.freezeRows(1), // 1.7
    (ctx) => ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 1).load('values'), // 1.7
  ];
  const codes = [];
  for (const attempt of attempts) {
    codes.push(
      (
        await rejection(
          sim.run(async (ctx) => {
            attempt(ctx);
            await ctx.sync();
          }),
        )
      ).code,
    );
  }
  expect(codes).toEqual(['ApiNotFound', 'ApiNotFound', 'ApiNotFound', 'ApiNotFound']);
  expect(sim.getSheet('S').frozenRows).toBe(0);
  // 1.1 to 1.6 work
  await sim.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItemOrNullObject('S'); // 1.4
    sheet.getRange('A1:A2').values = [['a'], ['b']];
    ctx.workbook.application.suspendApiCalculationUntilNextSync(); // 1.6
    await ctx.sync();
  });
  expect(sim.getSheet('S').cellAt('A2').value).toBe('b');
});

test('isSetSupported answers as the Excel played; by default every set is there', () => {
  const old = new ExcelSim({ excelApi: '1.8' });
  expect([old.isSetSupported('ExcelApi', '1.7'), old.isSetSupported('ExcelApi', '1.8'), old.isSetSupported('ExcelApi', '1.9')]).toEqual([true, true, false]);
  expect(old.isSetSupported('ExcelApi', '1.10')).toBe(false); // 1.10 is after 1.9, not before 1.2
  expect(old.isSetSupported('ExcelApiOnline', '1.1')).toBe(false);
  expect(old.isSetSupported('SharedRuntime', '1.1')).toBe(true);
  const latest = new ExcelSim();
  expect(latest.isSetSupported('ExcelApi', '1.17')).toBe(true);
  expect(() => new ExcelSim({ excelApi: '2019' })).toThrow(/excelApi/);
});

test('installed as the global Excel, it answers Office.context.requirements.isSetSupported', () => {
  const target: Record<string, unknown> = {};
  const uninstall = installAsExcelGlobal(new ExcelSim({ excelApi: '1.14' }), { target });
  const office = target.Office as typeof Office;
  expect(office.context.requirements.isSetSupported('ExcelApi', '1.14')).toBe(true);
  expect(office.context.requirements.isSetSupported('ExcelApi', '1.15')).toBe(false);
  uninstall();
  expect(target.Office).toBeUndefined();
});

test("the adapter at the manifest's minimum (1.14) replaces a table; an Excel at 1.12 refuses its Table.resize", async () => {
  const layout: SheetLayout<string> = { sheet: 'L', table: 'L', columns: [{ id: 'lot', header: 'Lot', value: (r) => r, format: TEXT }] };
  for (const [excelApi, outcome] of [
    ['1.14', 'ok'],
    ['1.12', 'ApiNotFound'],
  ] as const) {
    const sim = new ExcelSim({ excelApi });
    const run = simRunner(sim);
    await writeTable(run, layout, toGrid(layout, ['a', 'b']));
    const again = await writeTable(run, layout, toGrid(layout, ['a', 'b', 'c'])).then(
      () => 'ok',
      (e: ExcelSimError) => e.code,
    );
    expect({ excelApi, again }).toEqual({ excelApi, again: outcome });
  }
});
