// Expiration dates in the Restore sheet: what a cell may hold, when Odoo can take a date,
// one date per lot, and the dates carried to the lots the post creates.
import { lotKey } from '../../../src/core/restore-plan';
import { dateToSerial, readExpiryCell, serialToDate } from '../../../src/core/expiry-cells';
import { OriginalLine } from '../../../src/core/originals';
import { RESTORE_LAYOUT, planRestoreRows, readRestoreRows, restoreColumns } from '../../../src/core/restore-sheet';
import { lotsToCreate } from '../../../src/core/restore-plan';
import { toGrid } from '../../../src/core/sheet-layout';
import { ExpiryContext, RestoreContext, validateRestore } from '../../../src/core/validate-restore';
import { originalAtStock, product } from './fixtures';

describe('readExpiryCell', () => {
  test.each<[string, unknown, string, string | null | RegExp]>([
    ['blank', null, 'yyyy-mm-dd', null],
    ['blank text', '  ', '@', null],
    ['a typed date (serial with a date format)', dateToSerial('2027-03-15'), 'yyyy-mm-dd', '2027-03-15'],
    ['a US-formatted date serial', dateToSerial('2027-03-15'), 'm/d/yyyy', '2027-03-15'],
    ['ISO text', '2027-03-15', '@', '2027-03-15'],
    ['ISO text with a time and a non-breaking space', '2027-3-5\u00a012:00', '@', '2027-03-05'],
    ['a bare number', 46461, 'General', /is a number, not a date \(as a date it would be 2027-03-15\)/],
    ['day/month text', '15/03/2027', '@', /without guessing the order of day and month/],
    ['a date that does not exist', '2027-02-30', '@', /does not exist in the calendar/],
    ['a logical value', true, 'General', /logical value TRUE/],
  ])('%s', (_name, value, format, expected) => {
    const cell = readExpiryCell(value, format);
    if (expected instanceof RegExp) expect(cell).toEqual({ ok: false, problem: expect.stringMatching(expected) });
    else expect(cell).toEqual({ ok: true, date: expected });
  });

  test('serials and dates convert both ways', () => {
    expect(serialToDate(1)).toBe('1899-12-31');
    expect(serialToDate(46461.75)).toBe('2027-03-15');
    expect(dateToSerial('1900-03-01')).toBe(61);
  });
});

const LOTTED = product(1, 'MILK', 'lot');
const SERIAL = product(2, 'SCAN', 'serial');
const line = (productId: number, quantity: number): OriginalLine => originalAtStock(productId, quantity);
const ORIGINALS = [line(1, 10), line(2, 2)];
const EXPIRY: ExpiryContext = {
  installed: true,
  products: new Map([
    [1, { uses: true, days: 30 }],
    [2, { uses: false, days: 0 }],
  ]),
  lots: new Map([[lotKey(1, 1, 'OLD'), '2027-01-01']]),
  today: '2026-11-24',
};
const context = (expiry: ExpiryContext | undefined): RestoreContext => ({
  originals: new Map(ORIGINALS.map((o) => [o.key, o])),
  products: new Map([
    [1, { product: LOTTED, target: 'lot' as const }],
    [2, { product: SERIAL, target: 'serial' as const }],
  ]),
  lotStock: new Map(),
  defaultCompanyId: 1,
  valid: { locations: new Set([8]), packages: new Set(), owners: new Set() },
  expiry,
});

/** MILK split over two lot rows (6 + 4), then SCAN's two serial rows; `fill` sets lot, qty and expiry per row. */
function check(fill: [unknown, number, unknown, string?][], expiry?: ExpiryContext | null) {
  const grid = toGrid(RESTORE_LAYOUT, planRestoreRows(ORIGINALS, context(EXPIRY).products as never));
  const values: unknown[][] = [grid.headers, { ...grid.values[0] } as never, ...grid.values.map((r) => [...r])];
  values[1] = [...grid.values[0]];
  const columns = restoreColumns(grid.headers);
  if (typeof columns === 'string') throw new Error(columns);
  const formats: unknown[][] = values.map((r) => r.map(() => '@'));
  fill.forEach(([lot, qty, date, format], i) => {
    values[i + 1][columns.lot] = lot;
    values[i + 1][columns.qty] = qty;
    values[i + 1][columns.expiration!] = date;
    formats[i + 1][columns.expiration!] = format ?? 'yyyy-mm-dd';
  });
  const rows = readRestoreRows(values, formats, 0, columns);
  return validateRestore(rows, columns, context(expiry === null ? undefined : (expiry ?? EXPIRY)));
}

const ok = (date: unknown): [unknown, number, unknown][] => [
  ['L1', 6, date],
  ['L2', 4, null],
  ['S1', 1, null],
  ['S2', 1, null],
];

test('a typed date for a product that uses them is taken, and goes to the lot created', () => {
  const result = check(ok(dateToSerial('2027-03-15')));
  expect(result.summary.errors).toBe(0);
  const targets = result.targets.filter((t) => t.productId === 1);
  expect(targets.map((t) => [t.lot, t.expiration])).toEqual([
    ['L1', '2027-03-15'],
    ['L2', null],
  ]);
  expect(lotsToCreate(result.targets, new Map()).map((l) => [l.name, l.expiration])).toEqual([
    ['L1', '2027-03-15'],
    ['L2', null],
    ['S1', null],
    ['S2', null],
  ]);
});

test.each<[string, [unknown, number, unknown, string?][], ExpiryContext | null | undefined, string, RegExp]>([
  ['expiration dates not turned on in Odoo', ok('2027-03-15'), { ...EXPIRY, installed: false }, 'L2', /not turned on/],
  ['no expiry context read at all', ok('2027-03-15'), null, 'L2', /not turned on/],
  [
    'a product that does not use expiration dates',
    [
      ['L1', 6, null],
      ['L2', 4, null],
      ['S1', 1, '2027-03-15'],
      ['S2', 1, null],
    ],
    undefined,
    'L4',
    /SCAN does not use expiration dates/,
  ],
  [
    'one lot, two dates',
    [
      ['L1', 6, '2027-03-15'],
      ['L1', 4, '2027-04-01'],
      ['S1', 1, null],
      ['S2', 1, null],
    ],
    undefined,
    'L3',
    /has expiration date 2027-04-01 here and 2027-03-15 on row 2; a lot has one expiration date/,
  ],
  [
    'an existing lot with another date',
    [
      ['OLD', 6, '2027-03-15'],
      ['L2', 4, null],
      ['S1', 1, null],
      ['S2', 1, null],
    ],
    undefined,
    'L2',
    /already exists in Odoo with expiration date 2027-01-01/,
  ],
  ['day and month in an ambiguous order', ok('03/04/2027'), undefined, 'L2', /without guessing/],
])('refused: %s', (_name, fill, expiry, cell, message) => {
  const result = check(fill, expiry);
  expect(result.targets).toEqual([]);
  expect(result.issues.filter((i) => i.severity === 'error').map((i) => [i.cell, i.message])).toEqual([[`Restore!${cell}`, expect.stringMatching(message)]]);
});

test('a past date is a warning, and the existing lot with its own date passes', () => {
  const result = check([
    ['OLD', 6, '2027-01-01'],
    ['L2', 4, '2026-01-31'],
    ['S1', 1, null],
    ['S2', 1, null],
  ]);
  expect(result.summary.errors).toBe(0);
  expect(result.issues.map((i) => [i.severity, i.cell, i.message])).toEqual([['warning', 'Restore!L3', 'Expiration date 2026-01-31 is already past.']]);
});
