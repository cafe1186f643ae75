// Live re-validation checks only the product groups an edit touches, and must always
// agree with validating the whole sheet: random edits, compared after every one.
import { OriginalLine, lineKey } from '../../../src/core/originals';
import { RESTORE_LAYOUT, RestorePlanRow, planRestoreRows, readRestoreRows, restoreColumns } from '../../../src/core/restore-sheet';
import { revalidateRestore, Checked } from '../../../src/core/revalidate-restore';
import { toGrid } from '../../../src/core/sheet-layout';
import { RestoreContext, RestoreValidation, validateRestore } from '../../../src/core/validate-restore';
import { lotKey } from '../../../src/core/restore-plan';
import { product } from './fixtures';

const PRODUCTS = [product(1, 'SER-1', 'serial'), product(2, 'LOT-1', 'lot', 0.01, 'kg'), product(3, 'SER-2', 'serial'), product(4, 'LOT-2', 'lot')];
const original = (productId: number, locationId: number, quantity: number): OriginalLine => ({
  key: lineKey(productId, locationId, null, null),
  productId,
  location: { id: locationId, name: `Shelf ${locationId}` },
  package: null,
  owner: null,
  company: null,
  quantity,
  evidence: { references: ['Lot reassign RA-1: zero'], dates: ['2026-11-23 10:00:00'], moveLineIds: [1] },
});
const ORIGINALS = [original(1, 8, 6), original(1, 9, 3), original(2, 8, 12.35), original(3, 8, 5), original(4, 8, 10), original(4, 9, 4)];
const CONTEXT: RestoreContext = {
  originals: new Map(ORIGINALS.map((o) => [o.key, o])),
  products: new Map(PRODUCTS.map((p) => [p.id, { product: p, target: p.tracking as 'serial' | 'lot' }])),
  lotStock: new Map([[lotKey(3, 1, 'HELD'), [{ lineKey: 'elsewhere', quantity: 1 }]]]),
  defaultCompanyId: 1,
  valid: { locations: new Set([8, 9]), packages: new Set(), owners: new Set() },
};

const plan: RestorePlanRow[] = planRestoreRows(ORIGINALS, CONTEXT.products as Map<number, { product: (typeof PRODUCTS)[0]; target: 'serial' | 'lot' }>);
const grid = toGrid(RESTORE_LAYOUT, plan);
const columns = (() => {
  const c = restoreColumns(grid.headers);
  if (typeof c === 'string') throw new Error(c);
  return c;
})();

/** A tiny seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const LOTS = ['A1', 'A2', 'a1', 'A1 ', 'HELD', '', '=X', 1.23e17, 42, 'B7', 'B8', 'B9'];
const QTYS = [1, 1, 1, 2, 0, -1, 'x', 3.5, 12.35, 4];

function sorted(v: RestoreValidation) {
  return { ...v, issues: [...v.issues].map((i) => JSON.stringify(i)).sort() };
}

test.each([1, 2, 3, 4, 5])('random edits (seed %i): the groups re-checked agree with the whole sheet', (seed) => {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const values: unknown[][] = [grid.headers, ...grid.values.map((r) => [...r])];
  const formats: unknown[][] = values.map((r) => r.map(() => '@'));
  const read = () => readRestoreRows(values, formats, 0, columns);
  let previous: Checked = { rows: read(), validation: validateRestore(read(), columns, CONTEXT) };
  let partial = 0;
  for (let step = 0; step < 60; step++) {
    const changed = new Set<number>();
    const edits = 1 + Math.floor(next() * 3);
    for (let e = 0; e < edits; e++) {
      const i = 1 + Math.floor(next() * (values.length - 1));
      const what = next();
      if (what < 0.6) values[i][columns.lot] = pick(LOTS);
      else if (what < 0.85) values[i][columns.qty] = pick(QTYS);
      else if (what < 0.95) values[i][columns.accept] = pick(['', 'yes', 'x']);
      else values[i][columns.line] = pick(['', ORIGINALS[0].key, ORIGINALS[3].key, 'typed']);
      changed.add(i);
    }
    const rows = read();
    const result = revalidateRestore(previous, rows, changed, columns, CONTEXT);
    if (result.products) partial += 1;
    expect(sorted(result.validation)).toEqual(sorted(validateRestore(rows, columns, CONTEXT)));
    previous = result;
  }
  expect(partial).toBeGreaterThan(30);
});

test('an edit in one product re-checks only that product; a sort or a new row re-checks everything', () => {
  const values: unknown[][] = [grid.headers, ...grid.values.map((r) => [...r])];
  const formats: unknown[][] = values.map((r) => r.map(() => '@'));
  const rows = readRestoreRows(values, formats, 0, columns);
  const first: Checked = { rows, validation: validateRestore(rows, columns, CONTEXT) };
  const serialRow = rows.findIndex((r) => r.reference === 'SER-2');
  values[serialRow + 1][columns.lot] = 'SN-9';
  const edited = readRestoreRows(values, formats, 0, columns);
  expect(revalidateRestore(first, edited, new Set([serialRow + 1]), columns, CONTEXT).products).toEqual(new Set([3]));
  // rows in another order: the whole sheet
  const reordered = [...values.slice(0, 1), ...values.slice(1).reverse()];
  const moved = readRestoreRows(reordered, formats, 0, columns);
  expect(revalidateRestore(first, moved, new Set([1]), columns, CONTEXT).products).toBeNull();
  // one more row: the whole sheet
  const longer = readRestoreRows([...values, [...values[1]]], [...formats, formats[1]], 0, columns);
  expect(revalidateRestore(first, longer, new Set([values.length]), columns, CONTEXT).products).toBeNull();
});
