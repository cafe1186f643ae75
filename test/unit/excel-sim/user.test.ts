// The simulated user: typing, pasting, validation, selection, onChanged events, subscriptions.
import { ExcelSim, SimEvent } from '../../../src/workbench/excel-sim';

describe('user edits and events', () => {
  test('userPaste pastes a column of serials like Excel (General loses leading zeros) and fires onChanged', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    const events: Record<string, unknown>[] = [];
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Quants');
      sheet.getRange('C:C').numberFormat = '@' as unknown as string[][]; // a Text column
      sheet.onChanged.add(async (event) => {
        events.push(event as unknown as Record<string, unknown>);
      });
      await ctx.sync();
    });
    const result = await sim.userPaste('Quants', 'B2', '00123\r\n00124\r\n0012345678901234567\r\n');
    expect(result.address).toBe('Quants!B2:B4');
    await sim.userPaste('Quants', 'C2', '00123\n00124\n');
    const view = sim.getSheet('Quants');
    expect(view.values('B2:C4')).toEqual([
      [123, '00123'],
      [124, '00124'],
      [12345678901234500, ''],
    ]);
    expect(view.cellAt('B4').text).toBe('1.23457E+16');
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      type: 'WorksheetChanged',
      address: 'B2:B4',
      source: 'Local',
      changeType: 'RangeEdited',
      triggerSource: 'Unknown',
      worksheetId: view.id,
    });
  });

  test('API writes fire onChanged after the sync, marked ThisLocalAddin; remove() stops them', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    const seen: string[] = [];
    const handlerResult = await sim.run(async (ctx) => {
      const result = ctx.workbook.worksheets.getItem('Quants').onChanged.add(async (e) => {
        seen.push(`${e.address}:${e.triggerSource}`);
      });
      await ctx.sync();
      return result;
    });
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Quants').getRange('A1:B1').values = [[1, 2]];
      await ctx.sync();
    });
    await sim.settleHandlers();
    expect(seen).toEqual(['A1:B1:ThisLocalAddin']);
    // outside a batch the handler's context has ended
    expect(() => handlerResult.remove()).toThrow(/isn't working/);
    // office.js's way: run again with the handler's context
    await sim.run(handlerResult.context, async (ctx) => {
      handlerResult.remove();
      await ctx.sync();
    });
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Quants').getRange('A2').values = [[3]];
      await ctx.sync();
    });
    await sim.settleHandlers();
    expect(seen).toEqual(['A1:B1:ThisLocalAddin']);
  });

  test('single-cell edits carry details; typing follows the cell’s number format', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    let details: unknown;
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Quants');
      sheet.getRange('A1').values = [['old']];
      sheet.getRange('B1').numberFormat = [['@']];
      await ctx.sync();
      sheet.onChanged.add(async (e) => {
        details = e.details;
      });
      await ctx.sync();
    });
    await sim.userEdit('Quants', 'A1', '007');
    await sim.userEdit('Quants', 'B1', '007');
    expect(sim.getSheet('Quants').values('A1:B1')).toEqual([[7, '007']]);
    expect(details).toEqual({ valueBefore: '', valueAfter: '007', valueTypeBefore: 'Empty', valueTypeAfter: 'String' });
  });

  test('a list validation with a Stop alert refuses other entries', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Quants').getRange('A1:A5');
      range.dataValidation.rule = { list: { inCellDropDown: true, source: 'Keep,Move' } };
      const dv = range.dataValidation.load('type');
      await ctx.sync();
      expect(dv.type).toBe('List');
    });
    const result = await sim.userPaste('Quants', 'A1', 'Keep\nmove\nDelete');
    expect(result.rejected).toEqual(['Quants!A3']);
    expect(sim.getSheet('Quants').values('A1:A3')).toEqual([['Keep'], ['move'], ['']]);
    expect(sim.getSheet('Quants').validationList(0, 0)).toEqual(['Keep', 'Move']);
  });

  test('typing just below a table extends it', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      ctx.workbook.tables.add('Quants!A1:B2', true);
      await ctx.sync();
    });
    await sim.userEdit('Quants', 'A3:B3', [['L9', '5']]);
    expect(sim.tables()[0].address).toBe('Quants!A1:B3');
  });

  test('subscribers hear about synced writes, not queued ones, and about selection', async () => {
    const sim = new ExcelSim({ sheets: ['Quants', 'Log'] });
    const events: SimEvent[] = [];
    const unsubscribe = sim.subscribe((e) => events.push(e));
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Quants').getRange('A1').values = [['x']];
      expect(events).toEqual([]);
      await ctx.sync();
      expect(events).toEqual([{ type: 'change', sheets: ['Quants'] }]);
    });
    sim.select('Log', 'C7');
    expect(events).toContainEqual({ type: 'selection', sheet: 'Log', address: 'C7' });
    expect(sim.activeSheet).toBe('Log');
    const selected = await sim.run(async (ctx) => {
      const range = ctx.workbook.getSelectedRange().load('address');
      const cell = ctx.workbook.getActiveCell().load('address');
      await ctx.sync();
      return [range.address, cell.address];
    });
    expect(selected).toEqual(['Log!C7', 'Log!C7']);
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Quants').getRange('B2:C3').select();
      await ctx.sync();
    });
    expect(sim.selection).toEqual({ sheet: 'Quants', address: 'B2:C3' });
    unsubscribe();
    const count = events.length;
    await sim.userEdit('Quants', 'A1', 'y');
    expect(events).toHaveLength(count);
  });
});

describe('formats and layout through the API', () => {
  test('fonts, fills, widths, freeze panes and conditional formats reach the direct view', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Quants');
      sheet.getRange('A1:B3').values = [
        ['Lot', 'Qty'],
        ['L1', 5],
        ['L2', -1],
      ];
      const header = sheet.getRange('A1:B1');
      header.format.font.bold = true;
      header.format.font.color = '#ffffff';
      header.format.fill.color = 'navy';
      sheet.getRange('B:B').format.columnWidth = 90;
      sheet.freezePanes.freezeRows(1);
      const cf = sheet.getRange('B2:B3').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=B2<0';
      cf.custom.format.fill.color = '#FFC7CE';
      const fill = header.format.fill.load('color');
      const mixed = sheet.getRange('A1:A2').format.font.load('bold');
      const count = sheet.getRange('B2:B3').conditionalFormats.getCount();
      await ctx.sync();
      expect(fill.color).toBe('#000080');
      expect(mixed.bold).toBeNull();
      expect(count.value).toBe(1);
    });
    const view = sim.getSheet('Quants');
    expect(view.cell(0, 0)).toMatchObject({ bold: true, fill: '#000080', fontColor: '#FFFFFF', text: 'Lot' });
    expect(view.frozenRows).toBe(1);
    expect(view.columnWidth(1)).toBe(90);
    expect(view.cell(1, 1).fill).toBeNull();
    expect(view.cell(2, 1).fill).toBe('#FFC7CE');
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Quants').getRange('A1').format.fill.color = 'not a color';
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation: 'RangeFill.color' } });
  });

  test('clear(Contents) keeps formats; clear() removes both', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Quants');
      const r = sheet.getRange('A1:A2');
      r.numberFormat = '@' as unknown as string[][];
      r.values = [['001'], ['002']];
      sheet.getRange('A1').clear('Contents');
      sheet.getRange('A2').clear();
      await ctx.sync();
    });
    const view = sim.getSheet('Quants');
    expect(view.cell(0, 0)).toMatchObject({ value: '', numberFormat: '@' });
    expect(view.cell(1, 0)).toMatchObject({ value: '', numberFormat: 'General' });
  });
});
