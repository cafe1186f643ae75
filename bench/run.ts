// `npm run bench`: the reassign at several sizes, each step next to its floor (the same
// Odoo work by the minimal batched raw calls), on the sandbox or on ODOO_URL.
// Writes docs/benchmarks.md (its section for this target) and prints the table.
import { cpus, totalmem, type as osType, release } from 'node:os';
import { setSession } from '../src/app/session';
import { createProductsSheet } from '../src/app/products-step';
import { pullQuants } from '../src/app/pull-quants';
import { changeTracking } from '../src/app/retrack-step';
import { createRestoreSheet, postRestore, validateRestoreSheet } from '../src/app/restore-step';
import { currentRun } from '../src/app/run-context';
import { postZeroing, prepareZeroing } from '../src/app/zero-step';
import { RESTORE_LAYOUT, readRestoreRows, restoreColumns } from '../src/core/restore-sheet';
import { PRODUCTS_LAYOUT } from '../src/core/products-sheet';
import { validateRestore } from '../src/core/validate-restore';
import { readTable } from '../src/excel/read-table';
import { FUNCTIONS, stockSource } from '../src/functions/functions';
import { currentUser } from '../src/odoo/reads';
import { enableLotsSetting } from '../src/odoo/inventory';
import { ExcelSim, simRunner } from '../src/workbench/excel-sim';
import { floorPull, floorRestore, floorZero, perLineRestore } from './floor';
import { Measure, measure } from './measure';
import { TAG, makeLocations, makeProducts, putStock, quantIds, stockLocation, templateOf } from './setup';
import { benchTarget } from './target';
import { writeReport } from './report';
import { runScale100k } from './scale-100k';

const QUICK = process.env.BENCH_QUICK === '1';
const RESTORE_SIZES = QUICK ? [200, 1000] : [1000, 10000];
const ZERO_QUANTS = QUICK ? 1000 : 10000;
const PULL_QUANTS = QUICK ? 2000 : 20000;
const PER_LINE_SAMPLE = QUICK ? 20 : 100;
/** BENCH_ONLY=pull,zero,restore,functions runs some steps only (a quick look at one number). */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'pull,zero,restore,functions').split(','));

interface Row extends Measure {
  floor?: number;
  note?: string;
}

async function main(): Promise<void> {
  // BENCH_ONLY=scale100k: 100,000 serials on the strict Excel with Excel on the web's limits (bench/scale-100k.ts)
  if (ONLY.has('scale100k')) return runScale100k();
  const target = await benchTarget();
  const { client, transport } = await target.connect();
  let user = await currentUser(client);
  if (!user.hasLotsFeature) {
    await enableLotsSetting(client);
    user = await currentUser(client);
  }
  setSession({ client, user });
  const stock = await stockLocation(client);
  const rows: Row[] = [];
  const log = (r: Row) => {
    rows.push(r);
    console.log(
      `${r.step} (n=${r.n}): ${r.seconds.toFixed(2)} s${r.floor ? `, floor ${r.floor.toFixed(2)} s, ratio ${(r.seconds / r.floor).toFixed(2)}` : ''}, ${r.calls} calls, syncs ${r.syncs ?? '-'}`,
    );
  };

  // Pull: products x locations quants, against one raw search_read of the same quants.
  if (ONLY.has('pull')) {
    const locations = await makeLocations(client, stock, 100, 'Pull');
    const products = await makeProducts(client, PULL_QUANTS / 100, 'PULL');
    await putStock(
      client,
      products.flatMap((productId, p) => locations.map((locationId, l) => ({ productId, locationId, quantity: 1 + ((p + l) % 7) }))),
    );
    const floor = await measure('floor pull', PULL_QUANTS, transport, null, () => floorPull(client, products));
    const sim = new ExcelSim();
    const { m } = await measure('Pull quants into the sheet', PULL_QUANTS, transport, sim, () => pullQuants(client, simRunner(sim), { productIds: products }));
    log({ ...m, floor: floor.m.seconds, note: 'floor: one raw search_read of the same quants' });
  }

  // Zeroing: the add-in's post (re-read, pre-flight, compare with the sheet, apply in batches) vs raw write+apply.
  if (ONLY.has('zero')) {
    const locations = await makeLocations(client, stock, 100, 'Zero');
    const ours = await makeProducts(client, ZERO_QUANTS / 100, 'ZERO');
    const raw = await makeProducts(client, ZERO_QUANTS / 100, 'ZFLOOR');
    const lines = (ids: number[]) => ids.flatMap((productId) => locations.map((locationId) => ({ productId, locationId, quantity: 3 })));
    await putStock(client, [...lines(ours), ...lines(raw)]);
    const floorIds = await quantIds(client, raw);
    const floor = await measure('floor zero', floorIds.length, transport, null, () => floorZero(client, floorIds, `Bench floor ${TAG}: zero`));
    const sim = new ExcelSim();
    const run = simRunner(sim);
    await pullQuants(client, run, { productIds: ours });
    await createProductsSheet(client, run);
    await chooseAll(sim, 'serial');
    const prepared = await prepareZeroing(client, run, user);
    const { m } = await measure('Zeroing adjustment', ZERO_QUANTS, transport, sim, () => postZeroing(client, run, user, prepared));
    log({ ...m, floor: floor.m.seconds, note: 'floor: write counts + apply, batches of 1,000' });
  }

  // Restore N serials: the add-in's post (validate again, lots, counts, apply, read back) vs raw lots+quants+apply.
  for (const n of ONLY.has('restore') ? RESTORE_SIZES : []) {
    const [ours, raw, naive] = await makeProducts(client, 3, `REST${n}`);
    await putStock(client, [
      { productId: ours, locationId: stock, quantity: n },
      { productId: raw, locationId: stock, quantity: n },
      { productId: naive, locationId: stock, quantity: PER_LINE_SAMPLE },
    ]);
    await floorZero(client, await quantIds(client, [raw, naive]), `Bench floor ${TAG}: zero`);
    await client.execute('product.template', 'write', [[await templateOf(client, raw), await templateOf(client, naive)], { tracking: 'serial' }]);
    const serials = (p: string, k: number) => Array.from({ length: k }, (_, i) => `${TAG}-${p}-${String(i).padStart(6, '0')}`);
    const floor = await measure('floor restore', n, transport, null, () =>
      floorRestore(client, raw, stock, serials('F', n), user.companyId, `Bench floor ${TAG}: restore`),
    );
    const naiveRun = await measure('one call per line', PER_LINE_SAMPLE, transport, null, () =>
      perLineRestore(client, naive, stock, serials('N', PER_LINE_SAMPLE), user.companyId, `Bench naive ${TAG}`),
    );

    const sim = new ExcelSim();
    const run = simRunner(sim);
    await pullQuants(client, run, { productIds: [ours] });
    await createProductsSheet(client, run);
    await chooseAll(sim, 'serial');
    const prepared = await prepareZeroing(client, run, user);
    await postZeroing(client, run, user, prepared);
    const ctx = await currentRun(client, run);
    await changeTracking(client, ctx.chosen);
    await createRestoreSheet(client, run, ctx.runRef, ctx.chosen);
    await fillLots(sim, serials('A', n));
    if (n === Math.max(...RESTORE_SIZES)) {
      const v = await measure('Validate the Restore sheet', n, transport, sim, () => validateRestoreSheet(client, run, ctx.runRef, ctx.chosen));
      const core = await coreValidation(sim, v.result);
      log({ ...v.m, note: `core validation alone: ${(core * 1000).toFixed(0)} ms` });
    }
    const { m } = await measure('Restore serials (lots + quants + apply)', n, transport, sim, () =>
      postRestore(client, run, ctx.runRef, ctx.chosen, user.companyId),
    );
    const perLine = (naiveRun.m.seconds / PER_LINE_SAMPLE) * n;
    log({
      ...m,
      floor: floor.m.seconds,
      note: `one call per line: ${perLine.toFixed(0)} s (measured on ${PER_LINE_SAMPLE} lines, scaled), ${(perLine / m.seconds).toFixed(1)}x slower`,
    });
  }

  // 1,000 ONHAND cells of one recalculation.
  if (ONLY.has('functions')) {
    const products = await makeProducts(client, 10, 'FN');
    await putStock(
      client,
      products.map((productId) => ({ productId, locationId: stock, quantity: 5 })),
    );
    stockSource.invalidate();
    const { m } = await measure('1,000 =ODOO.ONHAND cells', 1000, transport, null, () =>
      Promise.all(Array.from({ length: 1000 }, (_, i) => FUNCTIONS.ONHAND(`${TAG}-FN-${i % 10}`, i % 2 ? 'WH/Stock' : undefined))),
    );
    log({ ...m, note: 'Odoo reads for the whole recalculation' });
  }

  const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}`;
  const command = process.env.ODOO_URL ? 'ODOO_URL=… ODOO_DB=… ODOO_USER=… ODOO_PASSWORD=… npm run bench' : 'npm run bench';
  if (ONLY.size < 4) {
    console.log('BENCH_ONLY: docs/benchmarks.md left as it was.');
  } else writeReport({ target: target.label, version: client.server.version, machine, command: QUICK ? `BENCH_QUICK=1 ${command}` : command, rows });
  setSession(null);
  await target.close();
}

/** Set every Products row's target tracking, as the user does with the dropdown. */
async function chooseAll(sim: ExcelSim, tracking: 'lot' | 'serial'): Promise<void> {
  const run = simRunner(sim);
  const table = await readTable(run, PRODUCTS_LAYOUT.table, false);
  const col = (table.values[0] as string[]).indexOf('Target tracking');
  await run(async (context) => {
    const range = context.workbook.worksheets.getItem(PRODUCTS_LAYOUT.sheet).getRangeByIndexes(table.top + 1, col, table.values.length - 1, 1);
    range.values = table.values.slice(1).map(() => [tracking]);
    await context.sync();
  });
}

/** Paste a column of serials over the Restore sheet's Lot/Serial column. */
async function fillLots(sim: ExcelSim, serials: string[]): Promise<void> {
  const run = simRunner(sim);
  const table = await readTable(run, RESTORE_LAYOUT.table, false);
  const col = (table.values[0] as string[]).indexOf('Lot/Serial');
  await run(async (context) => {
    context.workbook.worksheets.getItem(RESTORE_LAYOUT.sheet).getRangeByIndexes(table.top + 1, col, serials.length, 1).values = serials.map((s) => [s]);
    await context.sync();
  });
}

/** The core's share of validation: the same rows, the same context, through validateRestore alone. */
async function coreValidation(sim: ExcelSim, validated: Awaited<ReturnType<typeof validateRestoreSheet>>): Promise<number> {
  const table = await readTable(simRunner(sim), RESTORE_LAYOUT.table);
  const columns = restoreColumns(table.values[0]);
  if (typeof columns === 'string') throw new Error(columns);
  const rows = readRestoreRows(table.values, table.numberFormats, table.top, columns);
  const start = performance.now();
  validateRestore(rows, columns, validated.context);
  return (performance.now() - start) / 1000;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
