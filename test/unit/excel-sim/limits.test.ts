// Real Excel's limits, as the strict Excel enforces them: the 5 MB payload of Excel on
// the web (request and response), five million cells per read, 32,767 characters per
// cell, 1,048,576 rows, sheet names, table names, and 255 characters of a list's source.
import { ExcelSim, ExcelSimError } from '../../../src/workbench/excel-sim';
import { COMMAND_OVERHEAD_BYTES, PAYLOAD_LIMIT_BYTES, jsonBytes } from '../../../src/workbench/excel-sim/payload';

async function rejection(promise: Promise<unknown>): Promise<ExcelSimError> {
  try {
    await promise;
  } catch (error) {
    return error as ExcelSimError;
  }
  throw new Error('expected the promise to reject');
}

/** A column of `rows` texts of `length` characters. */
const column = (rows: number, length: number) => Array.from({ length: rows }, (_, i) => [String(i).padStart(length, 'x')]);

describe('payload size (Excel on the web: 5 MB per request and per response)', () => {
  test('jsonBytes counts JSON as UTF-8, the way it travels', () => {
    const samples: unknown[] = [[['abc', 12, -3.5, true, null, '', 'é€😀', 'a"b\\c\n']], { a: [1, 2], b: 'x' }, 1e21, 123456789012345];
    for (const v of samples) expect(jsonBytes(v)).toBe(Buffer.byteLength(JSON.stringify(v), 'utf8'));
  });

  test('a sync sending over 5 MB is refused whole, with Excel code and message, and nothing lands', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    const big = column(100_000, 60); // 100,000 x 62 bytes + separators: about 6.4 MB
    expect(jsonBytes(big)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    const error = await rejection(
      sim.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRange('C1').values = [['before']];
        ws.getRange('A1:A100000').values = big;
        await ctx.sync();
      }),
    );
    expect(error).toBeInstanceOf(ExcelSimError);
    expect(error.name).toBe('RichApi.Error');
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(error.message).toMatch(/^The request payload size has exceeded the limit\./);
    expect(sim.getSheet('S').cellAt('C1').value).toBe(''); // not even the commands before it
    expect(sim.getSheet('S').cellAt('A1').value).toBe('');
  });

  test('the same values in two syncs go through, and stats keep the largest request', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    const big = column(100_000, 60);
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1:A50000').values = big.slice(0, 50_000);
      await ctx.sync();
      ws.getRange('A50001:A100000').values = big.slice(50_000);
      await ctx.sync();
    });
    expect(sim.getSheet('S').cellAt('A100000').value).toBe(big[99_999][0]);
    expect(sim.stats.largestRequestBytes).toBeGreaterThan(3_000_000);
    expect(sim.stats.largestRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });

  test('many small commands add up: each costs its action and object path', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    const commands = Math.ceil(PAYLOAD_LIMIT_BYTES / COMMAND_OVERHEAD_BYTES / 2) + 1; // look-up + write each
    const error = await rejection(
      sim.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        for (let i = 0; i < commands; i++) ws.getCell(i % 1000, 0).values = [[1]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
  });

  test('a load bringing back over 5 MB fails the sync with ResponsePayloadSizeLimitExceeded and delivers nothing', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    const big = column(100_000, 60);
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1:A50000').values = big.slice(0, 50_000);
      await ctx.sync();
      ws.getRange('A50001:A100000').values = big.slice(50_000);
      await ctx.sync();
    });
    const error = await rejection(
      sim.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem('S').getRange('A1:A100000').load('values');
        await ctx.sync().catch((e) => {
          expect(() => range.values).toThrow(/not available/);
          throw e;
        });
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(error.message).toMatch(/^The response payload size has exceeded the limit\./);
    // half of it comes back
    const half = await sim.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('S').getRange('A1:A50000').load('values');
      await ctx.sync();
      return range.values;
    });
    expect(half).toHaveLength(50_000);
    expect(sim.stats.largestResponseBytes).toBe(jsonBytes([half]));
  });

  test('payloadLimitBytes: null lifts the limit (Excel on Windows and Mac have none)', async () => {
    const sim = new ExcelSim({ sheets: ['S'], payloadLimitBytes: null });
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:A100000').values = column(100_000, 60);
      await ctx.sync();
    });
    expect(sim.stats.largestRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });
});

describe('cells, rows, names', () => {
  test('a read of more than five million cells: RangeExceedsLimit', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    const error = await rejection(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A:E').load('values'); // 5 x 1,048,576 cells
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('RangeExceedsLimit');
    expect(error.message).toMatch(/^The cell count in the range has exceeded the maximum supported number\./);
  });

  test('a cell holds at most 32,767 characters: InvalidArgument', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [['x'.repeat(32_767)]];
      await ctx.sync();
    });
    expect(String(sim.getSheet('S').cellAt('A1').value)).toHaveLength(32_767);
    const error = await rejection(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A2').values = [['x'.repeat(32_768)]];
        await ctx.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(error.debugInfo.errorLocation).toBe('Range.values');
  });

  test('a sheet has 1,048,576 rows: row 1,048,576 is there, the next one is not', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRangeByIndexes(1_048_575, 0, 1, 1).values = [['last']];
      await ctx.sync();
    });
    expect(sim.getSheet('S').cellAt('A1048576').value).toBe('last');
    for (const use of [
      (ws: Excel.Worksheet) => ws.getRangeByIndexes(1_048_576, 0, 1, 1),
      (ws: Excel.Worksheet) => ws.getRangeByIndexes(1_048_000, 0, 1_000, 1),
      (ws: Excel.Worksheet) => ws.getRange('A1048577'),
    ]) {
      const error = await rejection(
        sim.run(async (ctx) => {
          use(ctx.workbook.worksheets.getItem('S')).values = [['x']];
          await ctx.sync();
        }),
      );
      expect(error.code).toBe('InvalidArgument');
    }
  });

  test('sheet names: at most 31 characters, none of : \\ / ? * [ ], not History, not quoted', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    const add = (name: string) =>
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await ctx.sync();
      });
    await add('x'.repeat(31));
    expect(sim.hasSheet('x'.repeat(31))).toBe(true);
    for (const bad of ['x'.repeat(32), 'a:b', 'a\\b', 'a/b', 'a?b', 'a*b', 'a[b', 'a]b', 'History', "'quoted", '']) {
      expect({ bad, code: (await rejection(add(bad))).code }).toEqual({ bad, code: 'InvalidArgument' });
    }
    // renaming is held to the same rules
    const rename = await rejection(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').name = 'Q/1';
        await ctx.sync();
      }),
    );
    expect(rename.code).toBe('InvalidArgument');
  });

  test('table names: a letter, _ or \\ first, then letters, digits, _ . \\; not a cell reference; at most 255', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    const rename = (name: string) =>
      sim.run(async (ctx) => {
        const tables = ctx.workbook.worksheets.getItem('S').tables;
        const t = tables.getItemOrNullObject('Base');
        t.load('isNullObject');
        await ctx.sync();
        (t.isNullObject ? tables.add('A1:B3', true) : t).name = name;
        await ctx.sync();
        const again = tables.getItemAt(0);
        again.name = 'Base';
        await ctx.sync();
      });
    for (const good of ['Restore', '_x', '\\y', 'Lot.Serial_2', 'T'.repeat(255)])
      expect({
        good,
        ok: await rename(good).then(
          () => true,
          (e) => e.code,
        ),
      }).toEqual({ good, ok: true });
    for (const bad of ['1st', 'Lot Serial', 'Lot-Serial', 'A1', 'XFD1048576', 'R1C1', 'R', 'c', 'T'.repeat(256), '']) {
      expect({ bad, code: (await rejection(rename(bad))).code }).toEqual({ bad, code: 'InvalidArgument' });
    }
  });

  test('a data validation list typed in holds at most 255 characters', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    const rule = (source: string) =>
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:A5').dataValidation.rule = { list: { inCellDropDown: true, source } };
        await ctx.sync();
      });
    const fits = Array.from({ length: 51 }, (_, i) => `v${String(i).padStart(3, '0')}`).join(','); // 51 x 4 + 50 = 254
    await rule(fits);
    expect(sim.getSheet('S').validationList(0, 0)).toHaveLength(51);
    const error = await rejection(rule(`${fits},zz`));
    expect(error.code).toBe('InvalidArgument');
    expect(error.debugInfo.errorLocation).toBe('DataValidation.rule');
  });
});
