// Tables: add, names, header cells, resize, rows.add, columns, delete, overlaps, shifting.
import { ExcelSim, ExcelSimError } from '../../../src/workbench/excel-sim';

async function fails(sim: ExcelSim, batch: (ctx: Excel.RequestContext) => Promise<void>): Promise<ExcelSimError> {
  try {
    await sim.run(batch);
  } catch (error) {
    return error as ExcelSimError;
  }
  throw new Error('expected the batch to fail');
}

describe('tables.add', () => {
  test('a table over a range with headers: name, parts, header cells as text', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Quants');
      sheet.getRange('B2:D4').values = [
        ['Lot', 2024, 'Lot'],
        ['A', 1, 'x'],
        ['B', 2, 'y'],
      ];
      const table = sheet.tables.add(sheet.getRange('B2:D4'), true);
      const body = table.getDataBodyRange().load('address,values');
      const header = table.getHeaderRowRange().load('values,valueTypes');
      const whole = table.getRange().load('address');
      table.load('name,style,showTotals');
      const count = sheet.tables.load('count');
      await ctx.sync();
      expect(table.name).toBe('Table1');
      expect(table.style).toBe('TableStyleMedium2');
      expect(table.showTotals).toBe(false);
      expect(whole.address).toBe('Quants!B2:D4');
      expect(body.address).toBe('Quants!B3:D4');
      expect(body.values).toEqual([
        ['A', 1, 'x'],
        ['B', 2, 'y'],
      ]);
      // numbers in the header become text; duplicate names get a suffix
      expect(header.values).toEqual([['Lot', '2024', 'Lot2']]);
      expect(header.valueTypes).toEqual([['String', 'String', 'String']]);
      expect(count.count).toBe(1);
    });
  });

  test('an empty header row gets Column1, Column2...; a header-only range gets one body row', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const table = ctx.workbook.tables.add('Quants!A1:B1', true);
      const header = table.getHeaderRowRange().load('values');
      const body = table.getDataBodyRange().load('address');
      const columns = table.columns.load('items/name');
      await ctx.sync();
      expect(header.values).toEqual([['Column1', 'Column2']]);
      expect(body.address).toBe('Quants!A2:B2');
      expect(columns.items.map((c) => c.name)).toEqual(['Column1', 'Column2']);
    });
  });

  test('hasHeaders=false inserts a header row above the data', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Quants');
      sheet.getRange('A1:B2').values = [
        [1, 2],
        [3, 4],
      ];
      const table = sheet.tables.add('A1:B2', false);
      const range = table.getRange().load('address,values');
      await ctx.sync();
      expect(range.address).toBe('Quants!A1:B3');
      expect(range.values).toEqual([
        ['Column1', 'Column2'],
        [1, 2],
        [3, 4],
      ]);
    });
  });

  test('a table can’t overlap another table', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    const error = await fails(sim, async (ctx) => {
      ctx.workbook.tables.add('Quants!A1:C5', true);
      ctx.workbook.tables.add('Quants!C5:E9', true);
      await ctx.sync();
    });
    expect(error.code).toBe('InvalidArgument');
    expect(error.message).toBe("A table can't overlap a range that contains a PivotTable report, query results, protected cells or another table.");
    expect(sim.tables()).toHaveLength(1); // the first add stayed
  });

  test('getItem, getItemOrNullObject, workbook and worksheet collections', async () => {
    const sim = new ExcelSim({ sheets: ['Quants', 'Other'] });
    await sim.run(async (ctx) => {
      ctx.workbook.tables.add('Quants!A1:B3', true).name = 'Lots';
      await ctx.sync();
      const lots = ctx.workbook.tables.getItem('lots').load('name');
      const onOther = ctx.workbook.worksheets.getItem('Other').tables.getItemOrNullObject('Lots');
      const missing = ctx.workbook.tables.getItemOrNullObject('Nope');
      const sheetName = lots.worksheet.load('name');
      await ctx.sync();
      expect(lots.name).toBe('Lots');
      expect(onOther.isNullObject).toBe(true);
      expect(missing.isNullObject).toBe(true);
      expect(sheetName.name).toBe('Quants');
      ctx.workbook.tables.getItem('Nope').load('name');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });
});

describe('rows and columns', () => {
  test('rows.add appends, extends the table and pushes the cells below down', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Quants');
      sheet.getRange('A1:B2').values = [
        ['Lot', 'Qty'],
        ['L1', 1],
      ];
      sheet.getRange('A4').values = [['note below']];
      sheet.getRange('D4').values = [['beside']];
      const table = sheet.tables.add('A1:B2', true);
      table.rows.add(undefined, [
        ['L2', 2],
        ['L3', 3],
      ]);
      const body = table.getDataBodyRange().load('address,values');
      const rows = table.rows.load('count');
      await ctx.sync();
      expect(body.address).toBe('Quants!A2:B4');
      expect(body.values).toEqual([
        ['L1', 1],
        ['L2', 2],
        ['L3', 3],
      ]);
      expect(rows.count).toBe(3);
    });
    const view = sim.getSheet('Quants');
    expect(view.cellAt('A6').value).toBe('note below'); // moved down two rows
    expect(view.cellAt('D4').value).toBe('beside'); // outside the table's columns: stays
  });

  test('rows added to a table inherit the row above’s format, so "007" stays text in a "@" column', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Quants');
      sheet.getRange('A1:B1').values = [['Lot', 'Qty']];
      sheet.getRange('A2').numberFormat = [['@']];
      const table = sheet.tables.add('A1:B2', true);
      table.rows.add(undefined, [['007', '007']]);
      await ctx.sync();
    });
    expect(sim.getSheet('Quants').values('A3:B3')).toEqual([['007', 7]]);
  });

  test('rows.add with a row of the wrong width fails', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    const error = await fails(sim, async (ctx) => {
      const table = ctx.workbook.tables.add('Quants!A1:C2', true);
      table.rows.add(undefined, [['only', 'two']]);
      await ctx.sync();
    });
    expect(error.code).toBe('InvalidArgument');
    expect(error.debugInfo.errorLocation).toBe('TableRowCollection.add');
  });

  test('columns: getItem by name, add, values, rename', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Quants');
      sheet.getRange('A1:B3').values = [
        ['Lot', 'Qty'],
        ['L1', 1],
        ['L2', 2],
      ];
      const table = sheet.tables.add('A1:B3', true);
      const qty = table.columns.getItem('Qty').load('index,values,id');
      table.columns.add(undefined, [['New lot'], ['N1'], ['N2']]);
      table.columns.getItemAt(0).name = 'Lot number';
      const range = table.getRange().load('address');
      const names = table.columns.load('items/name');
      await ctx.sync();
      expect(qty.index).toBe(1);
      expect(qty.values).toEqual([['Qty'], [1], [2]]);
      expect(range.address).toBe('Quants!A1:C3');
      expect(names.items.map((c) => c.name)).toEqual(['Lot number', 'Qty', 'New lot']);
    });
  });
});

describe('resize, delete, convertToRange', () => {
  test('resize keeps the header row in place and must overlap the old range', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const table = ctx.workbook.tables.add('Quants!A1:B3', true);
      table.resize('Quants!A1:C10');
      const range = table.getRange().load('address');
      const header = table.getHeaderRowRange().load('values');
      await ctx.sync();
      expect(range.address).toBe('Quants!A1:C10');
      expect(header.values).toEqual([['Column1', 'Column2', 'Column3']]);
      table.resize('Quants!A2:C10');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation: 'Table.resize' } });
      table.resize('Quants!E1:F4');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      table.resize(ctx.workbook.worksheets.getItem('Quants').getRange('A1:B2'));
      const after = table.getRange().load('address');
      await ctx.sync();
      expect(after.address).toBe('Quants!A1:B2');
    });
  });

  test('delete removes the table and its cells; convertToRange keeps the cells', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Quants');
      sheet.getRange('A1:B2').values = [
        ['Lot', 'Qty'],
        ['L1', 1],
      ];
      sheet.getRange('D1:E2').values = [
        ['Lot', 'Qty'],
        ['L2', 2],
      ];
      const first = sheet.tables.add('A1:B2', true);
      const second = sheet.tables.add('D1:E2', true);
      await ctx.sync();
      first.delete();
      const converted = second.convertToRange().load('address');
      await ctx.sync();
      expect(converted.address).toBe('Quants!D1:E2');
      first.load('name');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    const view = sim.getSheet('Quants');
    expect(sim.tables()).toEqual([]);
    expect(view.values('A1:B2')).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(view.values('D2:E2')).toEqual([['L2', 2]]);
  });

  test('inserting rows through a table grows it; cutting a table in two is a conflict', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Quants');
      const table = sheet.tables.add('B2:C4', true);
      sheet.getRange('3:4').insert('Down');
      const grown = table.getRange().load('address');
      await ctx.sync();
      expect(grown.address).toBe('Quants!B2:C6');
      sheet.getRange('1:1').delete('Up');
      const moved = table.getRange().load('address');
      await ctx.sync();
      expect(moved.address).toBe('Quants!B1:C5');
      sheet.getRange('C2:D2').insert('Down');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InsertDeleteConflict' });
    });
  });
});
