// Cell value semantics: what Excel makes of written strings, formulas, number formats, text.
import { ExcelSim, SIM_LOCALES, XError, formatValue, parseInput } from '../../../src/workbench/excel-sim';

const MARCH_5_2024 = 45356;

async function write(sim: ExcelSim, address: string, values: unknown, numberFormat?: unknown) {
  return sim.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem('S').getRange(address);
    if (numberFormat !== undefined) range.numberFormat = numberFormat as string[][];
    range.values = values as unknown[][];
    range.load('values,text,formulas,numberFormat,valueTypes');
    await ctx.sync();
    return { values: range.values, text: range.text, formulas: range.formulas, numberFormat: range.numberFormat, valueTypes: range.valueTypes };
  });
}

describe('strings written to cells', () => {
  test('a number-like string loses its leading zeros in a General cell and keeps them in a Text ("@") cell', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    const general = await write(sim, 'A1:A3', [['00123'], ['1.50'], ['0012']]);
    expect(general.values).toEqual([[123], [1.5], [12]]);
    expect(general.valueTypes).toEqual([['Double'], ['Double'], ['Double']]);
    const text = await write(sim, 'B1:B3', [['00123'], ['1.50'], ['0012']], '@');
    expect(text.values).toEqual([['00123'], ['1.50'], ['0012']]);
    expect(text.text).toEqual([['00123'], ['1.50'], ['0012']]);
    expect(text.valueTypes).toEqual([['String'], ['String'], ['String']]);
  });

  test('the format must be in place before the values: setting "@" afterwards does not bring zeros back', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
      r.values = [['007']];
      r.numberFormat = [['@']];
      r.load('values,text');
      await ctx.sync();
      expect(r.values).toEqual([[7]]);
      expect(r.text).toEqual([['7']]);
    });
  });

  test('an apostrophe keeps text; booleans, errors, thousands, exponents, percents and currency are recognised', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    const r = await write(sim, 'A1:H1', [["'0012", 'true', '#N/A', '1,234', '1E3', '50%', '$1,234.50', '(12)']]);
    expect(r.values).toEqual([['0012', true, '#N/A', 1234, 1000, 0.5, 1234.5, -12]]);
    expect(r.valueTypes).toEqual([['String', 'Boolean', 'Error', 'Double', 'Double', 'Double', 'Double', 'Double']]);
    expect(r.text).toEqual([['0012', 'TRUE', '#N/A', '1,234', '1.00E+03', '50%', '$1,234.50', '-12']]);
    expect(r.numberFormat[0].slice(3, 7)).toEqual(['#,##0', '0.00E+00', '0%', '$#,##0.00']);
  });

  test('a 17-digit serial loses precision and displays as 1.23457E+17 in General', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    const r = await write(sim, 'A1:C1', [['123456789012345678', Number('12345678901234567'), '12345678901']]);
    expect(r.values[0][0]).toBe(123456789012345000);
    expect(r.text[0][0]).toBe('1.23457E+17');
    expect(r.values[0][1]).toBe(12345678901234600);
    expect(r.text[0][1]).toBe('1.23457E+16');
    expect(r.text[0][2]).toBe('12345678901'); // 11 digits still fit
    const asText = await write(sim, 'D1', [['123456789012345678']], [['@']]);
    expect(asText.values).toEqual([['123456789012345678']]);
  });

  test('date-like strings become date serials with a date format', async () => {
    const sim = new ExcelSim({ sheets: ['S'], now: () => new Date(2024, 5, 1) });
    const r = await write(sim, 'A1:D1', [['2024-03-05', '3/5/2024', '12-5', '2024-13-45']]);
    expect(r.values[0].slice(0, 2)).toEqual([MARCH_5_2024, MARCH_5_2024]);
    expect(r.numberFormat[0].slice(0, 3)).toEqual(['yyyy-mm-dd', 'm/d/yyyy', 'd-mmm']);
    expect(r.text[0].slice(0, 3)).toEqual(['2024-03-05', '3/5/2024', '5-Dec']);
    expect(r.values[0][2]).toBe(45631); // 2024-12-05: a lot named "12-5" is now a date
    expect(r.values[0][3]).toBe('2024-13-45');
  });

  test('empty string clears, null leaves a cell alone, a single value fills the range', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    await write(sim, 'A1:B2', 'x');
    expect(sim.getSheet('S').values('A1:B2')).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
    const r = await write(sim, 'A1:B1', [['', null]]);
    expect(r.values).toEqual([['', 'x']]);
    expect(r.valueTypes).toEqual([['Empty', 'String']]);
  });

  test('values that are not cell values are refused', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    await expect(write(sim, 'A1', [[{ a: 1 }]])).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(write(sim, 'A1', [[NaN]])).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(write(sim, 'A1:A2', ['a', 'b'])).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('formulas', () => {
  test('"=" makes a formula: formulas returns it, values its result', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    const r = await write(sim, 'A1:E1', [[2, 3, '=A1*B1+1', '=SUM(A1:C1)', '=NOPE(A1)']]);
    expect(r.formulas).toEqual([[2, 3, '=A1*B1+1', '=SUM(A1:C1)', '=NOPE(A1)']]);
    expect(r.values).toEqual([[2, 3, 7, 12, '#NAME?']]);
    expect(r.valueTypes[0][4]).toBe('Error');
    // dependents follow their precedents
    await write(sim, 'A1', [[10]]);
    expect(sim.getSheet('S').values('C1:D1')).toEqual([[31, 44]]);
  });

  test('text, concatenation, comparisons, IF, other sheets, division by zero', async () => {
    const sim = new ExcelSim({ sheets: ['S', 'Other sheet'] });
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Other sheet').getRange('B2').values = [['WH']];
      await ctx.sync();
    });
    const r = await write(sim, 'A1:E1', [['=\'Other sheet\'!B2&"/Stock"', '=IF(1>2,"a","b")', '=1/0', '="x"="X"', '=LEN("abc")*2']]);
    expect(r.values).toEqual([['WH/Stock', 'b', '#DIV/0!', true, 6]]);
  });

  test('a formula in a Text cell stays text', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    const r = await write(sim, 'A1', [['=1+1']], '@');
    expect(r.values).toEqual([['=1+1']]);
    expect(r.formulas).toEqual([['=1+1']]);
  });

  test('setFormulaEvaluator and registerFunction (custom functions, #BUSY! while pending)', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    sim.setFormulaEvaluator((formula) => (formula === '=MAGIC()' ? 42 : formula === '=BAD()' ? new XError('#N/A') : undefined));
    let resolve!: (v: number) => void;
    sim.registerFunction('LOTS.ONHAND', (args) => new Promise<number>((r) => (resolve = (v) => r(v + Number(args[0])))));
    sim.registerFunction('LOTS.FAIL', () => {
      throw Object.assign(new Error('no such lot'), { code: '#N/A' });
    });
    const r = await write(sim, 'A1:E1', [['=MAGIC()', '=BAD()', 5, '=LOTS.ONHAND(C1)', '=LOTS.FAIL()']]);
    expect(r.values).toEqual([[42, '#N/A', 5, '#BUSY!', '#N/A']]);
    const events: string[] = [];
    sim.subscribe((e) => events.push(e.type));
    resolve(100);
    await new Promise((r) => setTimeout(r, 0));
    expect(sim.getSheet('S').cell(0, 3).value).toBe(105);
    expect(events).toContain('change');
  });
});

describe('number formats and text', () => {
  test.each([
    [1234.5, 'General', '1234.5'],
    [1 / 3, 'General', '0.333333333'],
    [0.1 + 0.2, 'General', '0.3'],
    [123456789012, 'General', '1.23457E+11'],
    [-1e-7, 'General', '-1E-07'],
    [2.5, '0', '3'],
    [1.005, '0.00', '1.01'],
    [1.23456, '0.000', '1.235'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [0.125, '0.0%', '12.5%'],
    [42, '@', '42'],
    [MARCH_5_2024, 'yyyy-mm-dd', '2024-03-05'],
    [MARCH_5_2024, 'm/d/yyyy', '3/5/2024'],
    [MARCH_5_2024 + 0.75, 'yyyy-mm-dd hh:mm', '2024-03-05 18:00'],
    [-5, '#,##0;(#,##0)', '(5)'],
  ])('%p with %p shows %p', (value, format, expected) => {
    expect(formatValue(value, format)).toBe(expected);
  });

  test('Range.text uses each cell’s format', async () => {
    const sim = new ExcelSim({ sheets: ['S'] });
    const r = await write(sim, 'A1:C1', [[3.14159, 3.14159, 45356]], [['0.00', '#,##0.000', 'yyyy-mm-dd']]);
    expect(r.text).toEqual([['3.14', '3.142', '2024-03-05']]);
    expect(r.values).toEqual([[3.14159, 3.14159, 45356]]);
  });

  test('a number written to a Text cell is stored as text', () => {
    expect(parseInput('00123', '@')).toEqual({ kind: 'value', value: '00123' });
    expect(parseInput('00123', 'General')).toEqual({ kind: 'value', value: 123 });
  });
});

describe('numbers shown in the played locale', () => {
  const FR = SIM_LOCALES['fr-FR'];
  test('French shows a decimal comma and a narrow space between thousands; the format codes stay en-US', () => {
    expect(formatValue(1234567.5, '#,##0.00', false, FR)).toBe('1\u202f234\u202f567,50');
    expect(formatValue(-0.125, '0.000', false, FR)).toBe('-0,125');
    expect(formatValue(2.5, 'General', false, FR)).toBe('2,5');
    expect(formatValue(123456789012, 'General', false, FR)).toBe('1,23457E+11');
    expect(formatValue(12.5, '0.0" kg."', false, FR)).toBe('12,5 kg.');
    expect(formatValue(true, 'General', false, FR)).toBe('VRAI');
    expect(formatValue(MARCH_5_2024, 'yyyy-mm-dd', false, FR)).toBe('2024-03-05');
    expect(formatValue(1234.5, '#,##0.00')).toBe('1,234.50');
  });

  test('a workbook played in French gives Range.text the French way and values unchanged', async () => {
    const sim = new ExcelSim({ sheets: ['S'], locale: 'fr-FR' });
    const range = await write(sim, 'A1:B1', [[1234.5, 0.25]], [['#,##0.00', 'General']]);
    expect(range.text).toEqual([['1\u202f234,50', '0,25']]);
    expect(range.values).toEqual([[1234.5, 0.25]]);
    expect(range.numberFormat).toEqual([['#,##0.00', 'General']]);
    expect(sim.getSheet('S').cellAt('A1').text).toBe('1\u202f234,50');
  });
});

describe('typing in the played locale', () => {
  test('in French, typed "4,5" and "1 234,5" are numbers, VRAI a boolean; a Text cell keeps what was typed; English typing is unchanged', async () => {
    const fr = new ExcelSim({ sheets: ['S'], locale: 'fr-FR' });
    await write(fr, 'D1', [['x']], [['@']]);
    await fr.userEdit('S', 'A1:D1', [['4,5', '1 234,5', 'vrai', '1,5']]);
    expect(fr.getSheet('S').values('A1:D1')).toEqual([[4.5, 1234.5, true, '1,5']]);
    expect(fr.getSheet('S').text('A1:B1')).toEqual([['4,5', '1234,5']]);
    await fr.userPaste('S', 'A2', 'SN-001\n-0,25\n');
    expect(fr.getSheet('S').values('A2:A3')).toEqual([['SN-001'], [-0.25]]);
    const en = new ExcelSim({ sheets: ['S'] });
    await en.userEdit('S', 'A1:C1', [['4,5', '1.5', 'vrai']]);
    expect(en.getSheet('S').values('A1:C1')).toEqual([['4,5', 1.5, 'vrai']]);
  });
});
