// The code uses no Excel API newer than the manifest's minimum requirement set, unless it
// checks for it first with Office.context.requirements.isSetSupported and is listed below.
// Each use is resolved by the TypeScript type checker to its declaration in @types/office-js,
// whose doc comment names its set. The strict Excel's table of sets is checked against it too.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiUse, ROOT, compareSets, excelApiUses, manifestExcelApi, simApiSetsSource } from './api-usage';

/**
 * Newer APIs used on purpose, each behind isSetSupported('ExcelApi', set) in its file, with
 * a way for older Excel. Empty today: everything the add-in uses is in ExcelApi 1.14.
 */
export const ALLOWED_NEWER: readonly { api: string; set: string; file: string; why: string }[] = [];

jest.setTimeout(120_000);

let uses: ApiUse[];
beforeAll(() => {
  uses = excelApiUses();
});

test('the manifest declares a minimum ExcelApi set: 1.14 (Excel 2021, Microsoft 365, the web)', () => {
  expect(manifestExcelApi()).toBe('1.14');
});

test('src/ (the workbench aside) uses no Excel API newer than the manifest minimum, except where allowed', () => {
  const minimum = manifestExcelApi()!;
  expect(uses.length).toBeGreaterThan(50); // the scan sees the adapter's calls
  expect(uses.some((u) => u.api === 'Worksheet.getRangeByIndexes' && u.set === '1.7')).toBe(true);
  const newer = uses.filter((u) => compareSets(u.set, minimum) > 0);
  const unexplained = newer.filter((u) => !ALLOWED_NEWER.some((a) => a.api === u.api && a.file === u.file));
  expect(unexplained.map((u) => `${u.file}:${u.line} ${u.api} needs ExcelApi ${u.set}`)).toEqual([]);
  for (const allowed of ALLOWED_NEWER) {
    expect(readFileSync(join(ROOT, allowed.file), 'utf8')).toContain(`isSetSupported('ExcelApi', '${allowed.set}')`);
    expect(newer.some((u) => u.api === allowed.api && u.file === allowed.file)).toBe(true); // no stale entry
  }
});

test('the scan catches a newer API, by the overload a call resolves to', () => {
  const dir = mkdtempSync(join(tmpdir(), 'api-sets-'));
  const file = join(dir, 'uses.ts');
  writeFileSync(
    file,
    [
      'export async function f(context: Excel.RequestContext) {',
      "  const ws = context.workbook.worksheets.getItem('S');",
      "  ws.getRange('A1').getMergedAreasOrNullObject();", // ExcelApi 1.13
      "  ws.getRange('A1').values = [[1]];", // 1.1
      '  await context.sync();',
      '}',
    ].join('\n'),
  );
  const found = excelApiUses([file]);
  expect(found.map((u) => [u.api, u.set, u.line])).toEqual(
    expect.arrayContaining([
      ['Range.getMergedAreasOrNullObject', '1.13', 3],
      ['Range.values', '1.1', 4],
      ['WorksheetCollection.getItem', '1.1', 2],
    ]),
  );
});

test("the strict Excel's table of requirement sets is the one @types/office-js gives", () => {
  expect(readFileSync(join(ROOT, 'src/workbench/excel-sim/api-sets.ts'), 'utf8')).toBe(simApiSetsSource());
});
