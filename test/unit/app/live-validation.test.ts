// Live validation on the strict in-memory Excel: a user pastes, the sheet re-checks itself.
import { LiveValidation } from '../../../src/app/live-validation';
import { OriginalLine, lineKey } from '../../../src/core/originals';
import { RESTORE_LAYOUT, planRestoreRows } from '../../../src/core/restore-sheet';
import { toGrid } from '../../../src/core/sheet-layout';
import { RestoreContext, RestoreValidation } from '../../../src/core/validate-restore';
import { addStatusFormats } from '../../../src/excel/annotate';
import { writeTable } from '../../../src/excel/write-table';
import { ExcelSim, simRunner } from '../../../src/workbench/excel-sim';
import { product } from '../core/fixtures';

const SERIAL = product(1, 'SER-1', 'serial');
const original: OriginalLine = {
  key: lineKey(1, 8, null, null),
  productId: 1,
  location: { id: 8, name: 'WH/Stock' },
  package: null,
  owner: null,
  company: null,
  quantity: 4,
  evidence: { references: ['z'], dates: ['2026-11-23 10:00:00'], moveLineIds: [1] },
};
const context: RestoreContext = {
  originals: new Map([[original.key, original]]),
  products: new Map([[1, { product: SERIAL, target: 'serial' }]]),
  lotStock: new Map(),
  defaultCompanyId: 1,
  valid: { locations: new Set([8]), packages: new Set(), owners: new Set() },
};

test('pasting a column re-checks the sheet by itself, in at most two syncs per check', async () => {
  const sim = new ExcelSim();
  const run = simRunner(sim);
  await writeTable(
    run,
    RESTORE_LAYOUT,
    toGrid(RESTORE_LAYOUT, planRestoreRows([original], context.products as Map<number, { product: typeof SERIAL; target: 'serial' }>)),
  );
  await addStatusFormats(run, 'Restore', 9);
  const results: (RestoreValidation | Error)[] = [];
  const live = new LiveValidation(
    run,
    (ctx, batch) => sim.run(ctx as never, batch),
    context,
    (r) => results.push(r),
    20,
  );
  await live.start();

  sim.resetStats();
  await sim.userPaste('Restore', 'G2', 'SN-0001\nSN-0002\n00123\nSN-0001');
  await sim.settleHandlers();
  await live.settle();
  expect(sim.stats.syncs).toBeLessThanOrEqual(2);
  const first = results[results.length - 1] as RestoreValidation;
  expect(first.statuses).toEqual(['Error', 'OK', 'OK', 'Error']);
  expect(sim.getSheet('Restore').values('J2:J5')).toEqual([['Error'], ['OK'], ['OK'], ['Error']]);
  expect(sim.getSheet('Restore').cellAt('J5').fill).toBe('#FFC7CE');
  // The pasted 00123 stayed text: the column is formatted as Text before anything is pasted.
  expect(sim.getSheet('Restore').values('G4:G4')).toEqual([['00123']]);

  await sim.userEdit('Restore', 'G5', 'SN-0004');
  await sim.settleHandlers();
  await live.settle();
  expect((results[results.length - 1] as RestoreValidation).statuses).toEqual(['OK', 'OK', 'OK', 'OK']);
  expect(sim.getSheet('Restore').cellAt('J2').fill).toBe('#C6EFCE');

  const checks = results.length;
  await live.stop();
  await sim.userEdit('Restore', 'G5', '');
  await sim.settleHandlers();
  await new Promise((r) => setTimeout(r, 60));
  expect(results).toHaveLength(checks);
});

test('an edit re-checks only the product its rows belong to; the verdicts match a whole check', async () => {
  const LOTTED = product(2, 'LOT-1', 'lot');
  const lotLine: OriginalLine = { ...original, key: lineKey(2, 8, null, null), productId: 2, quantity: 10 };
  const two: RestoreContext = {
    ...context,
    originals: new Map([
      [original.key, original],
      [lotLine.key, lotLine],
    ]),
    products: new Map([
      [1, { product: SERIAL, target: 'serial' }],
      [2, { product: LOTTED, target: 'lot' }],
    ]),
  };
  const sim = new ExcelSim();
  const run = simRunner(sim);
  const plan = planRestoreRows([original, lotLine], two.products as Map<number, { product: typeof SERIAL; target: 'serial' | 'lot' }>);
  await writeTable(run, RESTORE_LAYOUT, toGrid(RESTORE_LAYOUT, plan));
  const results: (RestoreValidation | Error)[] = [];
  const live = new LiveValidation(
    run,
    (ctx, batch) => sim.run(ctx as never, batch),
    two,
    (r) => results.push(r),
    20,
  );
  await live.start();
  const lotRow = plan.findIndex((p) => p.product.reference === 'LOT-1') + 2;

  // the first live check knows no earlier one: the whole sheet
  await sim.userPaste('Restore', `G${lotRow === 2 ? 3 : 2}`, 'SN-1\nSN-2\nSN-3\nSN-4');
  await sim.settleHandlers();
  await live.settle();
  expect(live.lastScope).toBeNull();

  await sim.userEdit('Restore', `G${lotRow}`, 'LOT-A');
  await sim.settleHandlers();
  await live.settle();
  expect(live.lastScope).toEqual(new Set([2]));
  expect((results[results.length - 1] as RestoreValidation).statuses).toEqual(plan.map(() => 'OK'));

  await sim.userEdit('Restore', `H${lotRow}`, 7);
  await sim.settleHandlers();
  await live.settle();
  expect(live.lastScope).toEqual(new Set([2]));
  const last = results[results.length - 1] as RestoreValidation;
  expect(last.summary.errors).toBe(1);
  expect(last.issues.map((i) => i.cell)).toEqual([`Restore!H${lotRow}`]);
  await live.stop();
});
