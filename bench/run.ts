// `npm run bench`: the reassign's steps, each repeated (BENCH_REPEATS, 3 by default) on fresh
// data, the add-in's run and its floor's (the same Odoo work by the minimal sequential raw
// calls) interleaved, their order swapped every repetition; on the sandbox or on ODOO_URL.
// Stores the samples in bench/results/, writes this target's section of docs/benchmarks.md
// (medians and spreads) and prints it.
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { setSession } from '../src/app/session';
import { pullQuants } from '../src/app/pull-quants';
import { postRestore, validateRestoreSheet } from '../src/app/restore-step';
import { postZeroing, prepareZeroing } from '../src/app/zero-step';
import { createProductsSheet } from '../src/app/products-step';
import { OdooUser } from '../src/core/model';
import { RESTORE_LAYOUT, readRestoreRows, restoreColumns } from '../src/core/restore-sheet';
import { validateRestore } from '../src/core/validate-restore';
import { readTable } from '../src/excel/read-table';
import { FUNCTIONS, stockSource } from '../src/functions/functions';
import { OdooClient } from '../src/odoo/client';
import { enableLotsSetting } from '../src/odoo/inventory';
import { currentUser } from '../src/odoo/reads';
import { JsonRpcTransport } from '../src/odoo/transport';
import { ExcelSim, simRunner } from '../src/workbench/excel-sim';
import { floorPull, floorRestore, floorZero, perLineRestore } from './floor';
import { Measure, measure } from './measure';
import { renderSection, writeSection } from './report';
import { Sample, StepResult, saveResults } from './results';
import { TAG, makeLocations, makeProducts, putStock, quantIds, stockLocation, templateOf } from './setup';
import { benchTarget } from './target';
import { runScale100k } from './scale-100k';
import { chooseAll, fillLots, upToRestoreSheet } from './workflow';

const QUICK = process.env.BENCH_QUICK === '1';
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS ?? 3));
/** BENCH_SIZES=10000 restores one size only (the rows of the others are kept). */
const RESTORE_SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : QUICK ? [200, 1000] : [1000, 10000];
const ZERO_QUANTS = QUICK ? 1000 : 10000;
const PULL_QUANTS = QUICK ? 2000 : 20000;
const PER_LINE_SAMPLE = QUICK ? 20 : 100;
/** Batches the restore prepares ahead of the one applying (restore-pipeline.ts); 0 measures the sequential post. */
const LOOKAHEAD = process.env.BENCH_LOOKAHEAD === undefined ? undefined : Number(process.env.BENCH_LOOKAHEAD);

export interface BenchContext {
  client: OdooClient;
  transport: JsonRpcTransport;
  user: OdooUser;
  stock: number;
  repeats: number;
  command: string;
  /** Store these rows now (after each repetition of a long step, so that a run cut short keeps what it measured). */
  save(steps: StepResult[]): void;
}

/** A group of measurements BENCH_ONLY can name; it returns one result per table row. */
export interface BenchStep {
  key: string;
  run(ctx: BenchContext): Promise<StepResult[]>;
}

/** The table's rows in order (a step added later appends its keys). */
export const ROW_ORDER = ['pull', 'zero', 'restore-1000', 'restore-10000', 'validate', 'functions'];

export const STEPS: BenchStep[] = [
  { key: 'pull', run: benchPull },
  { key: 'zero', run: benchZero },
  { key: 'restore', run: benchRestore },
  { key: 'functions', run: benchFunctions },
];

/** The add-in's run and the floor's, one after the other, the order swapped on odd repetitions. */
async function interleaved(r: number, addin: () => Promise<Measure>, floor: () => Promise<number>): Promise<Sample> {
  if (r % 2) {
    const f = await floor();
    return { addin: await addin(), floor: f };
  }
  const a = await addin();
  return { addin: a, floor: await floor() };
}

function result(ctx: BenchContext, key: string, step: string, n: number, note: string, samples: Sample[], loadBefore: number): StepResult {
  const measuredAt = new Date().toISOString().slice(0, 16).replace('T', ' ');
  return { key, step, n, samples, note, measuredAt, load: [loadBefore, loadavg()[0]], command: ctx.command };
}

function progress(step: string, r: number, s: Sample): void {
  const ratio = s.floor ? `, floor ${s.floor.toFixed(2)} s, ratio ${(s.addin.seconds / s.floor).toFixed(2)}` : '';
  const perLine = s.perLine ? `, one call per line ${(s.perLine / s.addin.seconds).toFixed(1)}x slower` : '';
  console.log(`${step} #${r + 1}: ${s.addin.seconds.toFixed(2)} s${ratio}${perLine}, ${s.addin.calls} calls, syncs ${s.addin.syncs ?? '-'}`);
}

/** Pull: products x locations quants, against one raw search_read of the same quants (read-only: one data set). */
async function benchPull(ctx: BenchContext): Promise<StepResult[]> {
  const { client, transport } = ctx;
  const load = loadavg()[0];
  const locations = await makeLocations(client, ctx.stock, 100, 'Pull');
  const products = await makeProducts(client, PULL_QUANTS / 100, 'PULL');
  await putStock(
    client,
    products.flatMap((productId, p) => locations.map((locationId, l) => ({ productId, locationId, quantity: 1 + ((p + l) % 7) }))),
  );
  const samples: Sample[] = [];
  for (let r = 0; r < ctx.repeats; r++) {
    const sample = await interleaved(
      r,
      async () => {
        const sim = new ExcelSim();
        return (await measure('Pull quants into the sheet', PULL_QUANTS, transport, sim, () => pullQuants(client, simRunner(sim), { productIds: products }))).m;
      },
      async () => (await measure('floor pull', PULL_QUANTS, transport, null, () => floorPull(client, products))).m.seconds,
    );
    progress('Pull', r, sample);
    samples.push(sample);
  }
  return [result(ctx, 'pull', 'Pull quants into the sheet', PULL_QUANTS, 'floor: one raw search_read of the same quants', samples, load)];
}

/** Zeroing: the add-in's post (re-read, pre-flight, compare with the sheet, apply in batches) vs raw write+apply. */
async function benchZero(ctx: BenchContext): Promise<StepResult[]> {
  const { client, transport, user } = ctx;
  const load = loadavg()[0];
  const locations = await makeLocations(client, ctx.stock, 100, 'Zero');
  const samples: Sample[] = [];
  for (let r = 0; r < ctx.repeats; r++) {
    const ours = await makeProducts(client, ZERO_QUANTS / 100, `ZERO${r}`);
    const raw = await makeProducts(client, ZERO_QUANTS / 100, `ZFLOOR${r}`);
    const lines = (ids: number[]) => ids.flatMap((productId) => locations.map((locationId) => ({ productId, locationId, quantity: 3 })));
    await putStock(client, [...lines(ours), ...lines(raw)]);
    const floorIds = await quantIds(client, raw);
    const sim = new ExcelSim();
    const run = simRunner(sim);
    await pullQuants(client, run, { productIds: ours });
    await createProductsSheet(client, run);
    await chooseAll(sim, 'serial');
    const prepared = await prepareZeroing(client, run, user);
    const sample = await interleaved(
      r,
      async () => (await measure('Zeroing adjustment', ZERO_QUANTS, transport, sim, () => postZeroing(client, run, user, prepared))).m,
      async () => (await measure('floor zero', floorIds.length, transport, null, () => floorZero(client, floorIds, `Bench floor ${TAG}: zero`))).m.seconds,
    );
    progress('Zeroing', r, sample);
    samples.push(sample);
  }
  return [result(ctx, 'zero', 'Zeroing adjustment', ZERO_QUANTS, 'floor: write counts + apply, batches of 1,000', samples, load)];
}

/**
 * Restore N serials: the add-in's post (validate again, lots, counts, apply, read back; the
 * batches overlapped) vs the sequential floor (raw lots + quants + apply, batch after batch),
 * and a one-call-per-line client on a sample. Validation is measured on the largest N.
 */
async function benchRestore(ctx: BenchContext): Promise<StepResult[]> {
  const { client, transport, user, stock } = ctx;
  const results: StepResult[] = [];
  const serials = (p: string, k: number) => Array.from({ length: k }, (_, i) => `${TAG}-${p}-${String(i).padStart(6, '0')}`);
  for (const n of RESTORE_SIZES) {
    const load = loadavg()[0];
    const validations: Sample[] = [];
    const samples: Sample[] = [];
    const restoreRows = (): StepResult[] => {
      const how = LOOKAHEAD === 0 ? 'batches one after the other (BENCH_LOOKAHEAD=0)' : 'batches overlapped';
      const rows = [
        result(
          ctx,
          `restore-${n}`,
          'Restore serials (lots + quants + apply)',
          n,
          `${how}; one call per line measured on ${PER_LINE_SAMPLE} lines, scaled`,
          samples,
          load,
        ),
      ];
      if (validations.length)
        rows.push(result(ctx, 'validate', 'Validate the Restore sheet', n, 'core validation alone: in the targets below', validations, load));
      return rows;
    };
    for (let r = 0; r < ctx.repeats; r++) {
      // fresh products, each in a fresh location: every apply's cost and locks stay its own
      const [ours, raw, naive] = await makeProducts(client, 3, `REST${n}R${r}`);
      const [oursAt, rawAt, naiveAt] = await makeLocations(client, stock, 3, `Rest${n}R${r}`);
      await putStock(client, [
        { productId: ours, locationId: oursAt, quantity: n },
        { productId: raw, locationId: rawAt, quantity: n },
        { productId: naive, locationId: naiveAt, quantity: PER_LINE_SAMPLE },
      ]);
      await floorZero(client, await quantIds(client, [raw, naive]), `Bench floor ${TAG}: zero`);
      await client.execute('product.template', 'write', [[await templateOf(client, raw), await templateOf(client, naive)], { tracking: 'serial' }]);
      const ready = await upToRestoreSheet(client, user, [ours]);
      await fillLots(ready.sim, serials(`A${r}`, n));
      if (n === Math.max(...RESTORE_SIZES)) {
        const v = await measure('Validate the Restore sheet', n, transport, ready.sim, () =>
          validateRestoreSheet(client, ready.run, ready.runRef, ready.chosen),
        );
        validations.push({ addin: v.m, core: await coreValidation(ready.sim, v.result) });
      }
      const sample = await interleaved(
        r,
        async () =>
          (
            await measure('Restore serials', n, transport, ready.sim, () =>
              postRestore(client, ready.run, ready.runRef, ready.chosen, user.companyId, { lookahead: LOOKAHEAD }),
            )
          ).m,
        async () =>
          (
            await measure('floor restore', n, transport, null, () =>
              floorRestore(client, raw, rawAt, serials(`F${r}`, n), user.companyId, `Bench floor ${TAG}: restore`),
            )
          ).m.seconds,
      );
      const naiveRun = await measure('one call per line', PER_LINE_SAMPLE, transport, null, () =>
        perLineRestore(client, naive, naiveAt, serials(`N${r}`, PER_LINE_SAMPLE), user.companyId, `Bench naive ${TAG}`),
      );
      sample.perLine = (naiveRun.m.seconds / PER_LINE_SAMPLE) * n;
      progress(`Restore ${n}`, r, sample);
      samples.push(sample);
      ctx.save(restoreRows());
    }
    results.push(...restoreRows());
  }
  return results;
}

/** 1,000 ONHAND cells of one recalculation (read-only: one data set, the cache emptied before each). */
async function benchFunctions(ctx: BenchContext): Promise<StepResult[]> {
  const { client, transport } = ctx;
  const load = loadavg()[0];
  const products = await makeProducts(client, 10, 'FN');
  await putStock(
    client,
    products.map((productId) => ({ productId, locationId: ctx.stock, quantity: 5 })),
  );
  const samples: Sample[] = [];
  for (let r = 0; r < ctx.repeats; r++) {
    stockSource.invalidate();
    const { m } = await measure('1,000 =ODOO.ONHAND cells', 1000, transport, null, () =>
      Promise.all(Array.from({ length: 1000 }, (_, i) => FUNCTIONS.ONHAND(`${TAG}-FN-${i % 10}`, i % 2 ? 'WH/Stock' : undefined))),
    );
    progress('ONHAND', r, { addin: m });
    samples.push({ addin: m });
  }
  return [result(ctx, 'functions', '1,000 =ODOO.ONHAND cells', 1000, 'Odoo calls for the whole recalculation', samples, load)];
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

async function main(): Promise<void> {
  /** BENCH_ONLY=pull,zero,restore,functions runs some steps only; their rows are replaced, the others kept (scale100k: bench/scale-100k.ts). */
  const only = new Set((process.env.BENCH_ONLY ?? STEPS.map((s) => s.key).join(',')).split(','));
  // BENCH_ONLY=scale100k: 100,000 serials on the strict Excel with Excel on the web's limits (bench/scale-100k.ts)
  if (only.has('scale100k')) return runScale100k();
  const target = await benchTarget();
  const { client, transport } = await target.connect();
  let user = await currentUser(client);
  if (!user.hasLotsFeature) {
    await enableLotsSetting(client);
    user = await currentUser(client);
  }
  setSession({ client, user });
  const env = [
    process.env.ODOO_URL ? 'ODOO_URL=… ODOO_DB=… ODOO_USER=… ODOO_PASSWORD=…' : '',
    process.env.ODOO_WORKERS ? `ODOO_WORKERS='${process.env.ODOO_WORKERS}'` : '',
    QUICK ? 'BENCH_QUICK=1' : '',
    process.env.BENCH_ONLY ? `BENCH_ONLY=${process.env.BENCH_ONLY}` : '',
    process.env.BENCH_REPEATS ? `BENCH_REPEATS=${REPEATS}` : '',
    process.env.BENCH_SIZES ? `BENCH_SIZES=${process.env.BENCH_SIZES}` : '',
    LOOKAHEAD !== undefined ? `BENCH_LOOKAHEAD=${LOOKAHEAD}` : '',
  ];
  const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}`;
  const workers = process.env.ODOO_URL
    ? `workers: ${process.env.ODOO_WORKERS ?? 'not stated (set ODOO_WORKERS)'}`
    : 'the sandbox in the bench process (one Node thread: requests one at a time)';
  const meta = { target: target.label, version: client.server.version, machine, workers };
  // a quick run's sizes are not the table's: printed only
  const save = (steps: StepResult[]) => (QUICK ? console.log(renderSection({ ...meta, steps })) : writeSection(saveResults({ ...meta, steps }, ROW_ORDER)));
  const ctx: BenchContext = {
    client,
    transport,
    user,
    stock: await stockLocation(client),
    repeats: REPEATS,
    command: [...env.filter(Boolean), 'npm run bench'].join(' '),
    save,
  };
  const steps: StepResult[] = [];
  for (const step of STEPS.filter((s) => only.has(s.key))) steps.push(...(await step.run(ctx)));
  save(steps);
  setSession(null);
  await target.close();
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
