// The global Excel for code written against office.js.
import { ExcelSim, installAsExcelGlobal } from '../../../src/workbench/excel-sim';

test('installAsExcelGlobal defines Excel.run and the enums, and uninstalls', async () => {
  const sim = new ExcelSim({ sheets: ['Quants'] });
  const uninstall = installAsExcelGlobal(sim);
  try {
    expect(Excel.ClearApplyTo.contents).toBe('Contents');
    expect(Excel.DeleteShiftDirection.up).toBe('Up');
    expect(Excel.CalculationType.full).toBe('Full');
    expect(Excel.EventSource.local).toBe('Local');
    const address = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Quants').getRange('A1:B1');
      range.values = [['a', 'b']];
      range.clear(Excel.ClearApplyTo.contents);
      range.load('address,values');
      await context.sync();
      expect(range.values).toEqual([['', '']]);
      return range.address;
    });
    expect(address).toBe('Quants!A1:B1');
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Nope').load('name');
        await context.sync();
      }),
    ).rejects.toBeInstanceOf(OfficeExtension.Error);
  } finally {
    uninstall();
  }
  expect((globalThis as { Excel?: unknown }).Excel).toBeUndefined();
});

test('an onChanged event’s getRange(context) reads the changed cells', async () => {
  const sim = new ExcelSim({ sheets: ['Quants'] });
  const seen: unknown[][][] = [];
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem('Quants').onChanged.add(async (event) => {
      await sim.run(async (ctx) => {
        const range = event.getRange(ctx).load('values');
        await ctx.sync();
        seen.push(range.values);
      });
    });
    await context.sync();
  });
  await sim.userPaste('Quants', 'C3', '7\n8');
  expect(seen).toEqual([[[7], [8]]]);
});
