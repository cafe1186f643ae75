// The Restore sheet's validation, table-driven: each bad input gives its message on
// the right cell, and no targets (so nothing can be posted).
import { OriginalLine, lineKey } from '../../../src/core/originals';
import { RESTORE_LAYOUT, RestorePlanRow, planRestoreRows, readRestoreRows, restoreColumns } from '../../../src/core/restore-sheet';
import { toGrid } from '../../../src/core/sheet-layout';
import { RestoreContext, validateRestore } from '../../../src/core/validate-restore';
import { lotKey } from '../../../src/core/restore-plan';
import { product } from './fixtures';

const SERIAL = product(1, 'SER-1', 'serial');
const LOT = product(2, 'LOT-1', 'lot', 0.01, 'kg');
const original = (productId: number, locationId: number, quantity: number, name = 'WH/Stock'): OriginalLine => ({
  key: lineKey(productId, locationId, null, null),
  productId,
  location: { id: locationId, name },
  package: null,
  owner: null,
  company: null,
  quantity,
  evidence: { references: ['Lot reassign RA-20261123-ab12: zero (Administrator)'], dates: ['2026-11-23 10:00:00'], moveLineIds: [1] },
});
const ORIGINALS = [original(1, 8, 3), original(2, 8, 12.35)];

function context(overrides: Partial<RestoreContext> = {}): RestoreContext {
  return {
    originals: new Map(ORIGINALS.map((o) => [o.key, o])),
    products: new Map([
      [1, { product: SERIAL, target: 'serial' as const }],
      [2, { product: LOT, target: 'lot' as const }],
    ]),
    lotStock: new Map(),
    defaultCompanyId: 1,
    valid: { locations: new Set([8]), packages: new Set(), owners: new Set() },
    ...overrides,
  };
}

/** The sheet as planned, then edited like a user would: row i's lot and qty replaced. */
function sheet(
  edits: { row: number; lot?: unknown; qty?: unknown; format?: string; accept?: unknown; line?: string }[] = [],
  extraRows: Partial<Record<string, unknown>>[] = [],
) {
  const plan: RestorePlanRow[] = planRestoreRows(ORIGINALS, context().products as Map<number, { product: typeof SERIAL; target: 'serial' | 'lot' }>);
  const grid = toGrid(RESTORE_LAYOUT, plan);
  const values: unknown[][] = [grid.headers, ...grid.values.map((r) => [...r])];
  const columns = restoreColumns(grid.headers);
  if (typeof columns === 'string') throw new Error(columns);
  const defaults = ['LOT-A', 'SN-0001', 'SN-0002', 'SN-0003'];
  values.slice(1).forEach((r, i) => (r[columns.lot] = defaults[i]));
  const formats: unknown[][] = values.map((r) => r.map(() => '@'));
  for (const e of edits) {
    const r = values[e.row + 1];
    if ('lot' in e) r[columns.lot] = e.lot;
    if ('qty' in e) r[columns.qty] = e.qty;
    if ('accept' in e) r[columns.accept] = e.accept;
    if ('line' in e) r[columns.line] = e.line;
    if (e.format) formats[e.row + 1][columns.lot] = e.format;
  }
  for (const extra of extraRows) {
    const r = [...values[values.length - 1]];
    if ('lot' in extra) r[columns.lot] = extra.lot;
    if ('qty' in extra) r[columns.qty] = extra.qty;
    if ('line' in extra) r[columns.line] = extra.line;
    values.push(r);
    formats.push(r.map(() => '@'));
  }
  return { rows: readRestoreRows(values, formats, 0, columns), columns };
}

test('the planned sheet: one row per serial unit, one row per lot line, in a stable order', () => {
  const { rows } = sheet();
  expect(rows.map((r) => [r.reference, r.qty])).toEqual([
    ['LOT-1', 12.35],
    ['SER-1', 1],
    ['SER-1', 1],
    ['SER-1', 1],
  ]);
});

test('a correctly filled sheet passes and gives the targets to post', () => {
  const { rows, columns } = sheet([
    { row: 0, lot: 'LOT-A' },
    { row: 1, lot: 'SN-0001' },
    { row: 2, lot: 'SN-0002' },
    { row: 3, lot: 'SN-0003' },
  ]);
  const result = validateRestore(rows, columns, context());
  expect(result.issues).toEqual([]);
  expect(result.statuses).toEqual(['OK', 'OK', 'OK', 'OK']);
  expect(result.targets.map((t) => [t.lot, t.quantity])).toEqual([
    ['LOT-A', 12.35],
    ['SN-0001', 1],
    ['SN-0002', 1],
    ['SN-0003', 1],
  ]);
});

// Row 0 is the lot line (12.35 kg), rows 1-3 the serial units. Cells: G = Lot/Serial, H = Qty.
const BAD: [string, Parameters<typeof sheet>[0], string, RegExp][] = [
  ['blank serial', [{ row: 1, lot: '' }], 'Restore!G3', /Lot\/Serial is blank/],
  ['null serial', [{ row: 2, lot: null }], 'Restore!G4', /blank/],
  ['serial that became a number', [{ row: 1, lot: 123 }], 'Restore!G3', /turned into a number by Excel, so leading zeros may be lost/],
  ['serial that lost its leading zeros', [{ row: 1, lot: 7 }], 'Restore!G3', /leading zeros/],
  ['serial of 18 digits shown as 1.23E+17', [{ row: 1, lot: 123456789012345680 }], 'Restore!G3', /only 15 digits/],
  ['serial turned into a decimal', [{ row: 1, lot: 1.5 }], 'Restore!G3', /decimal number/],
  ['serial turned into a date', [{ row: 1, lot: 45618, format: 'yyyy-mm-dd' }], 'Restore!G3', /turned into a date/],
  ['serial turned into a date (m/d/yyyy)', [{ row: 1, lot: 45618, format: 'm/d/yyyy' }], 'Restore!G3', /date/],
  ['logical value', [{ row: 1, lot: true }], 'Restore!G3', /logical value TRUE/],
  ['leading space', [{ row: 1, lot: ' SN-0001' }], 'Restore!G3', /leading or trailing space/],
  ['trailing space', [{ row: 1, lot: 'SN-0001 ' }], 'Restore!G3', /leading or trailing space/],
  ['non-breaking space', [{ row: 1, lot: 'SN-0001\u00A0' }], 'Restore!G3', /non-breaking space/],
  ['non-breaking space inside', [{ row: 1, lot: 'SN\u00A00001' }], 'Restore!G3', /non-breaking space/],
  ['zero-width space', [{ row: 1, lot: 'SN-\u200B0001' }], 'Restore!G3', /zero-width/],
  ['byte order mark', [{ row: 1, lot: '\uFEFFSN-0001' }], 'Restore!G3', /zero-width/],
  ['control character', [{ row: 1, lot: 'SN-0001\u0007' }], 'Restore!G3', /control character/],
  ['tab inside', [{ row: 1, lot: 'SN\t0001' }], 'Restore!G3', /control character/],
  ['several values with commas', [{ row: 1, lot: 'SN1, SN2, SN3' }], 'Restore!G3', /holds 3 values \(SN1, SN2, SN3\)/],
  ['several values on lines', [{ row: 1, lot: 'SN1\nSN2' }], 'Restore!G3', /holds 2 values/],
  ['several values with semicolons', [{ row: 1, lot: 'SN1;SN2' }], 'Restore!G3', /holds 2 values/],
  ['an Excel error value', [{ row: 1, lot: '#N/A' }], 'Restore!G3', /Excel error #N\/A/],
  ['#VALUE!', [{ row: 1, lot: '#VALUE!' }], 'Restore!G3', /Excel error/],
  ['duplicate serial (second row)', [{ row: 2, lot: 'SN-0001' }], 'Restore!G4', /already used on row 3/],
  ['duplicate serial (first row marked too)', [{ row: 2, lot: 'SN-0001' }], 'Restore!G3', /used again on row 4/],
  ['serial Qty 2', [{ row: 1, qty: 2 }], 'Restore!H3', /exactly 1 unit; Qty is 2/],
  ['serial Qty 0', [{ row: 1, qty: 0 }], 'Restore!H3', /exactly 1 unit/],
  ['serial Qty blank', [{ row: 1, qty: '' }], 'Restore!H3', /Qty is blank/],
  ['serial Qty text', [{ row: 1, qty: 'one' }], 'Restore!H3', /Qty "one" is text/],
  ['lot Qty negative', [{ row: 0, qty: -1 }], 'Restore!H2', /more than 0/],
  ['lot Qty zero', [{ row: 0, qty: 0 }], 'Restore!H2', /more than 0/],
  ['lot Qty too precise', [{ row: 0, qty: 12.351 }], 'Restore!H2', /more decimals than kg allows/],
  ['lot Qty short of the original', [{ row: 0, qty: 12 }], 'Restore!H2', /add up to 12, the original was 12.35/],
  ['lot Qty over the original', [{ row: 0, qty: 13 }], 'Restore!H2', /difference 0.65/],
  ['lot Qty as text', [{ row: 0, qty: '12.35' }], 'Restore!H2', /is text/],
  ['a row cut from its line', [{ row: 1, line: '' }], 'Restore!Q3', /belongs to no original line/],
  ['a row pointing at another line', [{ row: 1, line: '1/99/0/0' }], 'Restore!Q3', /not an original line of this run/],
  ['a wrong product reference pasted into Line', [{ row: 1, line: 'ACC-9999' }], 'Restore!Q3', /not an original line/],
  ['a serial row deleted (paste stopped short)', [{ row: 3, line: '' }], 'Restore!H3', /add up to 2, the original was 3/],
  ['a lot blank', [{ row: 0, lot: '' }], 'Restore!G2', /blank/],
  ['a lot that became a number', [{ row: 0, lot: 20240101 }], 'Restore!G2', /number/],
  // Unicode format and control characters (categories Cc, Cf, Cs, Co, Cn, and Zl/Zp): invisible, or changing how the text shows
  ['right-to-left override (one serial displays as another)', [{ row: 1, lot: 'SN-\u202E1000' }], 'Restore!G3', /direction.*U\+202E/],
  ['right-to-left isolate', [{ row: 1, lot: 'SN-\u20671000\u2069' }], 'Restore!G3', /direction.*U\+2067/],
  ['left-to-right mark', [{ row: 1, lot: 'SN-1000\u200E' }], 'Restore!G3', /direction.*U\+200E/],
  ['Arabic letter mark', [{ row: 1, lot: 'SN\u061C-1000' }], 'Restore!G3', /direction.*U\+061C/],
  ['zero-width joiner', [{ row: 1, lot: 'SN\u200D-1000' }], 'Restore!G3', /zero-width/],
  ['word joiner', [{ row: 1, lot: 'SN\u2060-1000' }], 'Restore!G3', /zero-width/],
  ['soft hyphen', [{ row: 1, lot: 'SN\u00AD1000' }], 'Restore!G3', /soft hyphen.*U\+00AD/],
  ['C1 control character', [{ row: 1, lot: 'SN-1000\u0085' }], 'Restore!G3', /control character.*U\+0085/],
  ['DEL', [{ row: 1, lot: 'SN-1000\u007F' }], 'Restore!G3', /control character/],
  ['line separator', [{ row: 1, lot: 'SN\u2028' + '1000' }], 'Restore!G3', /line or paragraph separator.*U\+2028/],
  ['paragraph separator', [{ row: 1, lot: 'SN\u2029' + '1000' }], 'Restore!G3', /line or paragraph separator/],
  ['a lone surrogate', [{ row: 1, lot: 'SN-\uD800' }], 'Restore!G3', /broken character.*U\+D800/],
  ['private-use character', [{ row: 1, lot: 'SN-\uE000' }], 'Restore!G3', /private-use or unassigned.*U\+E000/],
  ['non-character U+FFFF', [{ row: 1, lot: 'SN-\uFFFF' }], 'Restore!G3', /private-use or unassigned.*U\+FFFF/],
  ['non-character U+FDD0', [{ row: 1, lot: 'SN-\uFDD0' }], 'Restore!G3', /private-use or unassigned/],
  ['interlinear annotation', [{ row: 1, lot: 'SN\uFFF9-1000' }], 'Restore!G3', /invisible formatting character.*U\+FFF9/],
  ['tag character', [{ row: 1, lot: 'SN-1000\u{E0041}' }], 'Restore!G3', /invisible formatting character.*U\+E0041/],
  ['ideographic space', [{ row: 1, lot: 'SN\u30001000' }], 'Restore!G3', /unusual space.*U\+3000/],
  ['en space', [{ row: 1, lot: 'SN\u20021000' }], 'Restore!G3', /unusual space/],
  ['an emoji', [{ row: 1, lot: 'SN-1000\u{1F600}' }], 'Restore!G3', /emoji/],
  ['an emoji sequence with a joiner', [{ row: 1, lot: '\u{1F468}\u200D\u{1F469}' }], 'Restore!G3', /emoji/],
  ['a flag', [{ row: 1, lot: 'SN\u{1F1EB}\u{1F1F7}' }], 'Restore!G3', /emoji/],
  ['a 10,000-character value', [{ row: 1, lot: 'S'.repeat(10_000) }], 'Restore!G3', /10000 characters long; Odoo lot and serial names here are limited to 128/],
  ['129 characters', [{ row: 1, lot: 'S'.repeat(129) }], 'Restore!G3', /limited to 128/],
  ['a formula typed into a Text cell', [{ row: 1, lot: '=1+1' }], 'Restore!G3', /starts with "="/],
  ['a formula calling a function', [{ row: 1, lot: '=HYPERLINK("x")' }], 'Restore!G3', /formula/],
  ['an Excel error text (#SPILL!)', [{ row: 1, lot: '#SPILL!' }], 'Restore!G3', /Excel error/],
  ['an Excel error text (#GETTING_DATA)', [{ row: 1, lot: '#GETTING_DATA' }], 'Restore!G3', /Excel error/],
  ['an Excel error text (#BLOCKED!)', [{ row: 1, lot: '#BLOCKED!' }], 'Restore!G3', /Excel error/],
];

test.each(BAD)('%s', (_name, edits, cell, message) => {
  const { rows, columns } = sheet(edits);
  const result = validateRestore(rows, columns, context());
  const hit = result.issues.find((i) => i.cell === cell && message.test(i.message));
  expect({ cell, found: !!hit, all: hit ? [] : result.issues.map((i) => `${i.cell} ${i.message}`) }).toEqual({ cell, found: true, all: [] });
  expect(hit!.severity).toBe('error');
  expect(result.targets).toEqual([]);
  expect(result.summary.errors).toBeGreaterThan(0);
});

test('an oversized paste (rows past the product) is caught by the line sums', () => {
  const { rows, columns } = sheet([], [{ lot: 'SN-0004', qty: 1 }]);
  const result = validateRestore(rows, columns, context());
  expect(result.issues.some((i) => /add up to 4, the original was 3/.test(i.message))).toBe(true);
  expect(result.targets).toEqual([]);
});

test('a serial that already holds stock in Odoo is refused, here or elsewhere; one this run put here is fine', () => {
  const { rows, columns } = sheet();
  const held = (lineKey: string, quantity: number) => context({ lotStock: new Map([[lotKey(1, 1, 'SN-0002'), [{ lineKey, quantity }]]]) });
  const elsewhere = validateRestore(rows, columns, held('1/99/0/0', 1));
  expect(elsewhere.issues.find((i) => i.cell === 'Restore!G4')?.message).toMatch(/already holds stock in Odoo/);
  // an already-tracked product's own serial at the very place: restoring it again would lose a unit
  const here = validateRestore(rows, columns, held(lineKey(1, 8, null, null), 1));
  expect(here.issues.find((i) => i.cell === 'Restore!G4')?.message).toMatch(/already holds stock in Odoo/);
  // the run's own restore is taken off before validation (a resumed post): nothing foreign is left
  expect(validateRestore(rows, columns, held(lineKey(1, 8, null, null), 0)).issues).toEqual([]);
});

test('the same serial in two companies is two lots; within one company it is a duplicate', () => {
  const north = { ...original(1, 30, 1, 'NOR/Stock'), company: { id: 2, name: 'North' } };
  const originals = [...ORIGINALS, north];
  const ctx = context({ originals: new Map(originals.map((o) => [o.key, o])), valid: { locations: new Set([8, 30]), packages: new Set(), owners: new Set() } });
  const { rows, columns } = sheet([], [{ lot: 'SN-0001', qty: 1, line: north.key }]);
  const result = validateRestore(rows, columns, ctx);
  expect(result.issues).toEqual([]);
  const companies = result.targets.filter((t) => t.lot === 'SN-0001').map((t) => t.companyId);
  expect(companies.sort()).toEqual([1, 2]);
  // stock of the North lot does not make the YourCompany serial a duplicate, and vice versa
  const heldInNorth = context({ ...ctx, lotStock: new Map([[lotKey(1, 2, 'SN-0002'), [{ lineKey: north.key, quantity: 1 }]]]) });
  expect(validateRestore(rows, columns, heldInNorth).issues).toEqual([]);
});

test('a lot that already holds stock here (an already-tracked product) is added to, never overwritten', () => {
  const { rows, columns } = sheet();
  const here = lineKey(2, 8, null, null);
  const result = validateRestore(rows, columns, context({ lotStock: new Map([[lotKey(2, 1, 'LOT-A'), [{ lineKey: here, quantity: 4 }]]]) }));
  expect(result.issues).toEqual([expect.objectContaining({ severity: 'warning', cell: 'Restore!G2', message: expect.stringMatching(/already holds 4 here/) })]);
  expect(result.targets.find((t) => t.lot === 'LOT-A')).toMatchObject({ quantity: 16.35, added: 12.35 });
});

test('names differing only by case or spacing are a warning, not an error', () => {
  const { rows, columns } = sheet([{ row: 2, lot: 'sn-0001' }]);
  const result = validateRestore(rows, columns, context());
  expect(result.issues).toEqual([
    expect.objectContaining({ severity: 'warning', cell: 'Restore!G4', message: expect.stringMatching(/only by case or spacing/) }),
  ]);
  expect(result.targets).toHaveLength(4);
});

test('"accept difference" turns a line difference into a reported warning', () => {
  const { rows, columns } = sheet([{ row: 0, qty: 12, accept: 'yes' }]);
  const result = validateRestore(rows, columns, context());
  expect(result.summary).toMatchObject({ errors: 0, acceptedDifferences: 1 });
  expect(result.issues[0]).toMatchObject({ severity: 'warning', cell: 'Restore!I2' });
  expect(result.targets.find((t) => t.lot === 'LOT-A')!.quantity).toBe(12);
});

test('a lot split over two rows adds up; the same lot twice in a line is summed', () => {
  const { rows, columns } = sheet([{ row: 0, qty: 10 }], [{ lot: 'LOT-B', qty: 2.35, line: lineKey(2, 8, null, null) }]);
  const result = validateRestore(rows, columns, context());
  expect(result.summary.errors).toBe(0);
  expect(result.targets.filter((t) => t.productId === 2).map((t) => [t.lot, t.quantity])).toEqual([
    ['LOT-A', 10],
    ['LOT-B', 2.35],
  ]);
});

test('products not yet tracked as planned, and vanished locations, are errors', () => {
  const { rows, columns } = sheet();
  const untracked = validateRestore(
    rows,
    columns,
    context({
      products: new Map([
        [1, { product: { ...SERIAL, tracking: 'none' }, target: 'serial' }],
        [2, { product: LOT, target: 'lot' }],
      ]),
    }),
  );
  expect(untracked.issues.find((i) => i.cell === 'Restore!A3')?.message).toMatch(/tracked "none" in Odoo, not "serial" yet/);
  const gone = validateRestore(rows, columns, context({ valid: { locations: new Set(), packages: new Set(), owners: new Set() } }));
  expect(gone.issues.find((i) => i.cell === 'Restore!C2')?.message).toMatch(/WH\/Stock no longer exists/);
});

test('an original line with no row at all is an error', () => {
  const { rows, columns } = sheet([{ row: 0, line: '' }]);
  const result = validateRestore(rows, columns, context());
  expect(result.issues.some((i) => /the original 12.35 has no row/.test(i.message))).toBe(true);
});

test('10,000 rows validate well under a second', () => {
  const big: OriginalLine[] = Array.from({ length: 100 }, (_, i) => original(1, 1000 + i, 100, `WH/Stock/Bin ${i}`));
  const ctx = context({
    originals: new Map(big.map((o) => [o.key, o])),
    valid: { locations: new Set(big.map((o) => o.location.id)), packages: new Set(), owners: new Set() },
  });
  const plan = planRestoreRows(big, ctx.products as Map<number, { product: typeof SERIAL; target: 'serial' | 'lot' }>);
  const grid = toGrid(RESTORE_LAYOUT, plan);
  const columns = restoreColumns(grid.headers) as Exclude<ReturnType<typeof restoreColumns>, string>;
  const values = [grid.headers, ...grid.values.map((r, i) => Object.assign([...r], { [columns.lot]: `SN-${String(i).padStart(6, '0')}` }))];
  const rows = readRestoreRows(
    values,
    values.map((r) => r.map(() => '@')),
    0,
    columns,
  );
  expect(rows).toHaveLength(10_000);
  const start = performance.now();
  const result = validateRestore(rows, columns, ctx);
  const ms = performance.now() - start;
  expect(result.summary.errors).toBe(0);
  expect(ms).toBeLessThan(1000);
});

// Values that are clearly not serials: a warning on the cell (posting is not blocked, as for
// other warnings), because "-001" or "+A" style names can be real and a rule must not refuse them.
const SUSPICIOUS: [string, unknown, RegExp][] = [
  ['null', 'null', /"null" looks like a placeholder/],
  ['NULL', 'NULL', /placeholder/],
  ['undefined', 'undefined', /"undefined" looks like a placeholder/],
  ['NaN', 'NaN', /placeholder/],
  ['[object Object]', '[object Object]', /placeholder/],
  ['None', 'None', /placeholder/],
  ['N/A as text', 'N/A', /placeholder/],
  ['TRUE typed as text', 'TRUE', /placeholder/],
  ['a signed function call', '+SUM(A1:A3)', /looks like a formula/],
  ['an @ function', '@HYPERLINK("http://x")', /looks like a formula/],
  ['minus arithmetic', '-1+1', /looks like a formula/],
  ['a cell reference sum', '+A1+B2', /looks like a formula/],
];

test.each(SUSPICIOUS)('%s is a warning on its cell, and the restore can still post', (_name, lot, message) => {
  const { rows, columns } = sheet([{ row: 1, lot }]);
  const result = validateRestore(rows, columns, context());
  expect(result.issues).toEqual([expect.objectContaining({ severity: 'warning', cell: 'Restore!G3', message: expect.stringMatching(message) })]);
  expect(result.statuses[1]).toBe('Warning');
  expect(result.targets).toHaveLength(4);
});

test.each(['-001', '+A', '@home', 'SN-0001', 'LOT/2026/0001', 'A+B', 'Ümlaut-7', '批次-01', 'S'.repeat(128), 'nullable-1', 'N/A-7'])(
  '%s is a plain name: no error, no warning',
  (lot) => {
    const { rows, columns } = sheet([{ row: 1, lot }]);
    const result = validateRestore(rows, columns, context());
    expect(result.issues).toEqual([]);
  },
);
