// The batch model: proxies, load/sync, snapshots, errors at sync, stats.
import { ExcelSim, ExcelSimError } from '../../../src/workbench/excel-sim';

async function rejection(promise: Promise<unknown>): Promise<ExcelSimError> {
  try {
    await promise;
  } catch (error) {
    return error as ExcelSimError;
  }
  throw new Error('expected the promise to reject');
}

function thrown(fn: () => unknown): ExcelSimError {
  try {
    fn();
  } catch (error) {
    return error as ExcelSimError;
  }
  throw new Error('expected a throw');
}

describe('reading properties', () => {
  test('a property that was not loaded throws PropertyNotLoaded, with Excel’s message', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Quants').getRange('A1:B2');
      const error = thrown(() => range.values);
      expect(error.code).toBe('PropertyNotLoaded');
      expect(error.name).toBe('RichApi.Error');
      expect(error.message).toBe(
        `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      expect(error.debugInfo.errorLocation).toBe('Range.values');
      // load alone is not enough: the value arrives with the sync
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values).toEqual([
        ['', ''],
        ['', ''],
      ]);
      // other properties still are not loaded
      expect(() => range.address).toThrow(/The property 'address' is not available/);
    });
  });

  test('load accepts "a,b", ["a","b"], {select} and collection paths', async () => {
    const sim = new ExcelSim({ sheets: ['Quants', 'Log'] });
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Quants');
      const a = sheet.getRange('B2:C3').load('address, rowCount');
      const b = sheet.getRange('D4').load(['rowIndex', 'columnIndex']);
      const c = sheet.getRange('A1').load({ select: 'address,text' });
      const sheets = ctx.workbook.worksheets.load('items/name');
      const sheets2 = ctx.workbook.worksheets.load('name');
      const font = sheet.getRange('A1').load('format/font/bold');
      await ctx.sync();
      expect([a.address, a.rowCount]).toEqual(['Quants!B2:C3', 2]);
      expect([b.rowIndex, b.columnIndex]).toEqual([3, 3]);
      expect(c.text).toEqual([['']]);
      expect(sheets.items.map((s) => s.name)).toEqual(['Quants', 'Log']);
      expect(sheets2.items.map((s) => s.name)).toEqual(['Quants', 'Log']);
      expect(() => sheets.items[0].position).toThrow(/position/);
      expect(font.format.font.bold).toBe(false);
    });
  });

  test('writes land at sync: other batches and the grid see nothing before', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const writer = sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Quants').getRange('A1').values = [['pending']];
      await gate;
      await ctx.sync();
    });
    // another batch reads while the writer's command is only queued
    const seen = await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Quants').getRange('A1').load('values');
      await ctx.sync();
      return r.values[0][0];
    });
    expect(seen).toBe('');
    expect(sim.getSheet('Quants').cell(0, 0).value).toBe('');
    release();
    await writer;
    expect(sim.getSheet('Quants').cell(0, 0).value).toBe('pending');
  });

  test('a load takes its snapshot where it stands in the queue', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Quants');
      sheet.getRange('A1').values = [['first']];
      await ctx.sync();
      const before = sheet.getRange('A1').load('values');
      sheet.getRange('A1').values = [['second']];
      const after = sheet.getRange('A1').load('values');
      await ctx.sync();
      expect(before.values).toEqual([['first']]);
      expect(after.values).toEqual([['second']]);
    });
  });

  test('a property you set reads back as you set it (office.js), not as Excel stored it', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Quants').getRange('A1');
      r.values = [['00123']];
      expect(r.values).toEqual([['00123']]);
      r.load('values');
      await ctx.sync();
      expect(r.values).toEqual([[123]]);
    });
  });

  test('strictLocalReads: reading a property you only set throws until load + sync', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'], strictLocalReads: true });
    await sim.run(async (ctx) => {
      const table = ctx.workbook.tables.add('Quants!A1:B2', true);
      table.name = 'Lots';
      expect(() => table.name).toThrow(/The property 'name' is not available/);
      table.load('name');
      await ctx.sync();
      expect(table.name).toBe('Lots');
    });
  });

  test('a proxy used after its batch ended throws InvalidObjectPath; loaded values stay readable', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    const range = await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Quants').getRange('A1').load('address');
      await ctx.sync();
      return r;
    });
    expect(range.address).toBe('Quants!A1');
    const error = thrown(() => {
      range.values = [['late']];
    });
    expect(error.code).toBe('InvalidObjectPath');
    expect(() => range.load('values')).toThrow(/isn't working for what you're trying to do/);
    expect(sim.getSheet('Quants').cell(0, 0).value).toBe('');
  });

  test('an object from another batch cannot be used as an argument', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (outer) => {
      const range = outer.workbook.worksheets.getItem('Quants').getRange('A1:B3');
      await sim.run(async (inner) => {
        const error = thrown(() => inner.workbook.tables.add(range, true));
        expect(error.code).toBe('InvalidRequestContext');
      });
    });
  });

  test('run() needs a batch that returns a promise', async () => {
    const sim = new ExcelSim();
    const error = await rejection(sim.run((() => undefined) as unknown as (ctx: Excel.RequestContext) => Promise<void>));
    expect(error.code).toBe('RunMustReturnPromise');
  });
});

describe('errors surface at sync', () => {
  test('getItem of a missing sheet fails at sync with ItemNotFound, not at the call', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    const error = await rejection(
      sim.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('Nope');
        sheet.load('name'); // no throw yet
        await ctx.sync();
      }),
    );
    expect(error).toBeInstanceOf(ExcelSimError);
    expect(error.code).toBe('ItemNotFound');
    expect(error.message).toBe("The requested resource doesn't exist.");
  });

  test('a values array of the wrong size fails at sync; earlier commands stay, later ones are dropped', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    const error = await rejection(
      sim.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('Quants');
        sheet.getRange('A1').values = [['before']];
        sheet.getRange('A2:B2').values = [['only one']];
        sheet.getRange('A3').values = [['after']];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(error.message).toBe("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    expect(error.debugInfo.errorLocation).toBe('Range.values');
    const view = sim.getSheet('Quants');
    expect(view.cell(0, 0).value).toBe('before');
    expect(view.cell(1, 0).value).toBe('');
    expect(view.cell(2, 0).value).toBe('');
  });

  test('loads of a failed sync deliver nothing', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Quants').getRange('A1').load('values');
      ctx.workbook.worksheets.getItem('Missing').load('name');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect(() => r.values).toThrow(/not available/);
    });
  });

  test('duplicate sheet names: ItemAlreadyExists; duplicate table names: InvalidArgument', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    const sheetError = await rejection(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.add('quants');
        await ctx.sync();
      }),
    );
    expect(sheetError.code).toBe('ItemAlreadyExists');
    const tableError = await rejection(
      sim.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('Quants');
        sheet.tables.add('A1:B3', true).name = 'Lots';
        sheet.tables.add('D1:E3', true).name = 'LOTS';
        await ctx.sync();
      }),
    );
    expect(tableError.code).toBe('InvalidArgument');
    expect(sim.tables().map((t) => t.name)).toEqual(['Lots', 'Table2']);
  });

  test('a failing run does not send its unsynced commands', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Quants').getRange('A1').values = [['never']];
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(sim.getSheet('Quants').cell(0, 0).value).toBe('');
  });
});

describe('null objects', () => {
  test('getItemOrNullObject: isNullObject after sync; a null object reads undefined; writes through it fail', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const present = ctx.workbook.worksheets.getItemOrNullObject('Quants');
      const table = ctx.workbook.tables.getItemOrNullObject('Lots');
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      missing.load('name');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(table.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
      missing.getRange('A1').values = [['x']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  test('getUsedRangeOrNullObject is null on an empty sheet; getUsedRange is A1', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Quants');
      const nullable = sheet.getUsedRangeOrNullObject();
      const used = sheet.getUsedRange().load('address');
      await ctx.sync();
      expect(nullable.isNullObject).toBe(true);
      expect(used.address).toBe('Quants!A1');
      sheet.getRange('C3:D5').values = 'x' as unknown as string[][]; // a single value fills the range, as in Excel
      const after = sheet.getUsedRangeOrNullObject().load('address');
      await ctx.sync();
      expect(after.address).toBe('Quants!C3:D5');
    });
  });
});

describe('stats', () => {
  test('counts syncs, round trips (with the flush at the end of run) and commands', async () => {
    const sim = new ExcelSim({ sheets: ['Quants'] });
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Quants');
      sheet.getRange('A1').values = [[1]];
      sheet.getRange('A1').load('values');
      await ctx.sync();
      sheet.getRange('A2').values = [[2]]; // sent by run() at the end
    });
    expect(sim.stats).toMatchObject({ syncs: 1, roundTrips: 2, commands: 3 });
    await sim.run(async () => undefined); // nothing to send
    expect(sim.stats.roundTrips).toBe(2);
    sim.resetStats();
    expect(sim.stats).toEqual({ syncs: 0, roundTrips: 0, commands: 0, largestRequestBytes: 0, largestResponseBytes: 0 });
    expect(sim.getSheet('Quants').cell(1, 0).value).toBe(2);
  });

  test('ClientResult values arrive with the sync', async () => {
    const sim = new ExcelSim({ sheets: ['A', 'B'] });
    await sim.run(async (ctx) => {
      const count = ctx.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(/has not been loaded/);
      await ctx.sync();
      expect(count.value).toBe(2);
    });
  });
});
