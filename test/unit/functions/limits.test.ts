// The custom functions within Excel's limits: a result Excel cannot take (over 5 MB, wider or
// longer than a sheet, a text over 32,767 characters) and a read Odoo does not answer in time
// become a #VALUE! or #N/A that says why, never a failure without a reason.
import { CellError } from '../../../src/functions/function-errors';
import { MAX_CELL_TEXT, RESULT_LIMIT_BYTES, fitForExcel, withDeadline } from '../../../src/functions/limits';

jest.mock('../../../src/functions/answers', () => {
  const actual = jest.requireActual('../../../src/functions/answers');
  return { ...actual, answerLots: jest.fn() };
});
// imported after the mock, so functions.ts batches through it
import { answerLots } from '../../../src/functions/answers';
import { FUNCTIONS } from '../../../src/functions/functions';

const lotRows = (n: number) => Array.from({ length: n }, (_, i) => [`SN-${String(i).padStart(10, '0')}`, 'WH/Stock/Aisle 12/Bin 0042', 1, '2027-06-30']);

test('what fits passes through unchanged', () => {
  const small = [['Lot/Serial', 'Location', 'Quantity', 'Expiration date'], ...lotRows(1000)];
  expect(fitForExcel(small, '')).toBe(small);
  expect(fitForExcel(42, '')).toBe(42);
  expect(fitForExcel('serial', '')).toBe('serial');
});

test('over 5 MB: #VALUE! with the size and how to narrow it', () => {
  const big = lotRows(100_000); // about 6 MB as JSON
  const refused = fitForExcel(big, 'Give a location.') as CellError;
  expect(refused).toBeInstanceOf(CellError);
  expect(refused.code).toBe('#VALUE!');
  expect(refused.message).toMatch(/^100,000 rows \(6\.\d MB\): more than Excel takes from one function \(5 MB\)\. Give a location\.$/);
  expect(RESULT_LIMIT_BYTES).toBe(5_000_000);
});

test('wider or longer than a sheet, or a text longer than a cell: #VALUE!', () => {
  const tall = { length: 1_048_577, map: () => [] } as unknown as unknown[][]; // the row count is what matters
  expect((fitForExcel(Object.assign([], tall), '') as CellError).message).toMatch(/1,048,577 rows by 0 columns do not fit in a sheet/);
  expect((fitForExcel([new Array(16_385).fill(1)], '') as CellError).message).toMatch(/1 rows by 16,385 columns do not fit/);
  expect((fitForExcel([['x'.repeat(MAX_CELL_TEXT + 1)]], '') as CellError).message).toBe(
    'A value of the answer has 32,768 characters; a cell holds at most 32,767.',
  );
  expect((fitForExcel('y'.repeat(40_000), '') as CellError).code).toBe('#VALUE!');
});

test('Odoo not answering in time: #N/A saying so, not #BUSY! for ever', async () => {
  jest.useFakeTimers();
  try {
    const never = new Promise<number>(() => undefined);
    const late = withDeadline(never, 30_000);
    const outcome = late.then(
      () => null,
      (e: CellError) => [e.code, e.message],
    );
    await jest.advanceTimersByTimeAsync(30_000);
    expect(await outcome).toEqual(['#N/A', 'Odoo did not answer within 30 s. Recalculate to try again.']);
    await expect(withDeadline(Promise.resolve(7), 30_000)).resolves.toBe(7);
  } finally {
    jest.useRealTimers();
  }
});

test('=ODOO.LOTS of a product with too many lots refuses with the reason, in the cell', async () => {
  (answerLots as jest.Mock).mockImplementation(async (_source: unknown, calls: unknown[]) => calls.map(() => [['Lot/Serial'], ...lotRows(100_000)]));
  await expect(FUNCTIONS.LOTS('FURN-0001')).rejects.toMatchObject({
    code: '#VALUE!',
    message: expect.stringMatching(/more than Excel takes from one function \(5 MB\)\. Give a location, such as WH\/Stock, to narrow it\.$/),
  });
  (answerLots as jest.Mock).mockImplementation(async (_source: unknown, calls: unknown[]) => calls.map(() => [['Lot/Serial'], ...lotRows(10)]));
  await expect(FUNCTIONS.LOTS('FURN-0001', 'WH/Stock')).resolves.toHaveLength(11);
});
