import { generateNames, matchPackingList, planSpread, previewNames, readPackingList } from '../../../src/core/lot-entry';

test('names like Odoo generates them: prefix, first number, padding, step', () => {
  expect(generateNames({ prefix: 'SN-', first: 1, padding: 6, count: 3, step: 1 })).toEqual(['SN-000001', 'SN-000002', 'SN-000003']);
  expect(generateNames({ prefix: '', first: 98, padding: 2, count: 3, step: 2 })).toEqual(['98', '100', '102']);
  expect(previewNames(generateNames({ prefix: 'L', first: 1, padding: 3, count: 100, step: 1 }) as string[])).toBe('L001, L002, L003 … L100 (100)');
});

test.each([
  [{ first: -1 }, /first number/],
  [{ step: 0 }, /step/],
  [{ count: 0 }, /count/],
  [{ padding: 30 }, /padding/],
  [{ prefix: ' SN' }, /leading or trailing space/],
  // the same rules as a Lot/Serial cell, for every route a name enters by
  [{ prefix: 'SN\u202E' }, /direction/],
  [{ prefix: 'SN\u200B' }, /zero-width/],
  [{ prefix: '\u{1F600}' }, /emoji/],
  [{ prefix: '=A1&' }, /starts with "="/],
  [{ prefix: 'S'.repeat(125) }, /limited to 128/],
  [{ prefix: 'SN,' }, /holds 2 values/],
])('refuses %p', (bad, message) => {
  expect(generateNames({ prefix: 'SN', first: 1, padding: 4, count: 5, step: 1, ...bad })).toMatch(message);
});

// Body columns: 0 reference, 1 lot, 2 qty, 3 line, 4 tracking
const body = (rows: unknown[][]) => ({ rows, reference: 0, lot: 1, qty: 2, line: 3, tracking: 4 });

test('several values in a cell spread over the blank rows of the same line', () => {
  const b = body([
    ['S', 'A1, A2\nA3', 1, 'L1', 'serial'],
    ['S', '', 1, 'L1', 'serial'],
    ['T', '', 1, 'L2', 'serial'],
    ['S', '', 1, 'L1', 'serial'],
  ]);
  expect(planSpread(b, 0)).toEqual({
    edits: [
      { row: 0, lot: 'A1' },
      { row: 1, lot: 'A2' },
      { row: 3, lot: 'A3' },
    ],
    issues: [],
  });
  const short = planSpread(body([['S', 'A1, A2', 1, 'L1', 'serial']]), 0);
  expect(short.issues[0]).toMatchObject({ cell: 'Restore!B2', message: expect.stringMatching(/2 values but only 1 row/) });
});

test('a packing list lands on the blank rows of each product, lots with their quantity; the rest is listed', () => {
  const list = readPackingList('Packing', [
    ['Product reference', 'Serial number', 'Quantity'],
    ['S', 'SN-1', ''],
    ['S', 'SN-2', ''],
    ['S', 'SN-3', ''],
    ['G', 'LOT-9', 4.5],
    ['X', 'SN-X', ''],
    ['S', 12, ''],
  ]);
  expect(list.issues).toEqual([expect.objectContaining({ cell: 'Packing!B7', message: expect.stringMatching(/is a number/) })]);
  const b = body([
    ['S', '', 1, 'L1', 'serial'],
    ['S', 'SN-0', 1, 'L1', 'serial'],
    ['S', '', 1, 'L1', 'serial'],
    ['G', '', 10, 'L2', 'lot'],
  ]);
  const { edits, unmatched } = matchPackingList(list.items, b);
  expect(edits).toEqual([
    { row: 0, lot: 'SN-1', qty: undefined },
    { row: 2, lot: 'SN-2', qty: undefined },
    { row: 3, lot: 'LOT-9', qty: 4.5 },
  ]);
  expect(unmatched.map((u) => [u.cell, u.message])).toEqual([
    ['Packing!B4', 'No blank row left for S: SN-3 was not placed.'],
    ['Packing!B6', 'No product X in the Restore sheet.'],
  ]);
  expect(readPackingList('P', [['Name', 'Other']]).issues[0].message).toMatch(/needs a header row/);
});

test("a packing list's expiration dates travel with their lots, as the cells held them", () => {
  const list = readPackingList('Packing', [
    ['Reference', 'Lot', 'Qty', 'Expiration date'],
    ['G', 'LOT-1', 6, 46461],
    ['G', 'LOT-2', 4, '2027-04-01'],
    ['G', 'LOT-3', 1, ''],
  ]);
  const b = {
    ...body([
      ['G', '', 10, 'L2', 'lot', null],
      ['G', '', 0, 'L2', 'lot', null],
      ['G', '', 0, 'L2', 'lot', null],
    ]),
    expiration: 5,
  };
  expect(matchPackingList(list.items, b).edits).toEqual([
    { row: 0, lot: 'LOT-1', qty: 6, expiration: 46461 },
    { row: 1, lot: 'LOT-2', qty: 4, expiration: '2027-04-01' },
    { row: 2, lot: 'LOT-3', qty: 1 },
  ]);
});

test('spreading checks each value with the Lot/Serial rules; a bad value is named and nothing of that cell is spread', () => {
  const result = planSpread(
    body([
      ['S', 'A1, A\u202E2', 1, 'L1', 'serial'],
      ['S', '', 1, 'L1', 'serial'],
      ['T', 'B1;B2', 1, 'L2', 'serial'],
      ['T', '', 1, 'L2', 'serial'],
    ]),
    0,
  );
  expect(result.edits).toEqual([
    { row: 2, lot: 'B1' },
    { row: 3, lot: 'B2' },
  ]);
  expect(result.issues).toEqual([
    expect.objectContaining({ severity: 'error', cell: 'Restore!B2', message: expect.stringMatching(/A\u202E2.*direction|direction/) }),
  ]);
});

test('a packing list is read with the Lot/Serial rules: refused values are errors on their cell, suspicious ones warnings', () => {
  const { items, issues } = readPackingList('Packing', [
    ['Product', 'Serial'],
    ['S', 'SN-1'],
    ['S', 'SN-\u202E2'],
    ['S', 'X'.repeat(10_000)],
    ['S', 'undefined'],
    ['S', '=1+1'],
  ]);
  expect(items.map((i) => i.lot)).toEqual(['SN-1', 'undefined']);
  expect(issues.map((i) => [i.severity, i.cell])).toEqual([
    ['error', 'Packing!B3'],
    ['error', 'Packing!B4'],
    ['warning', 'Packing!B5'],
    ['error', 'Packing!B6'],
  ]);
  expect(issues[1].message).toMatch(/limited to 128/);
});
