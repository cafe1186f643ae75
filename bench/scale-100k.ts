// `BENCH_ONLY=scale100k npm run bench`: 100,000 serials restored through the add-in's own code
// on the strict Excel with Excel on the web's limits on (5 MB per sync): the Restore sheet made,
// a column of 100,000 serials pasted and validated live, then posted in batches; next to the
// floor (the same lots, counts and applies by minimal raw calls). Reports syncs, the largest
// payload of one sync, the heap's peak and the validation time, in its own section of
// docs/benchmarks.md. BENCH_SCALE_N changes N; BENCH_SCALE_FLOOR=parallel runs the floor at
// the same time as the add-in (each on its own products) to halve the wall time on a slow Odoo.
import { cpus, release, totalmem, type as osType } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setSession } from '../src/app/session';
import { createProductsSheet } from '../src/app/products-step';
import { pullQuants } from '../src/app/pull-quants';
import { changeTracking } from '../src/app/retrack-step';
import { createRestoreSheet, postRestore, restoreContext } from '../src/app/restore-step';
import { currentRun } from '../src/app/run-context';
import { postZeroing, prepareZeroing } from '../src/app/zero-step';
import { LiveValidation } from '../src/app/live-validation';
import { RESTORE_LAYOUT } from '../src/core/restore-sheet';
import { RestoreValidation } from '../src/core/validate-restore';
import { readTable } from '../src/excel/read-table';
import { currentUser } from '../src/odoo/reads';
import { enableLotsSetting } from '../src/odoo/inventory';
import { JsonRpcTransport } from '../src/odoo/transport';
import { OdooClient } from '../src/odoo/client';
import { ExcelSim, simRunner } from '../src/workbench/excel-sim';
import { PAYLOAD_LIMIT_BYTES } from '../src/workbench/excel-sim/payload';
import { floorRestore, floorZero } from './floor';
import { TAG, makeProducts, putStock, quantIds, stockLocation, templateOf } from './setup';
import { benchTarget } from './target';
import { chooseAll } from './workflow';

const N = Number(process.env.BENCH_SCALE_N ?? 100_000);
const PRODUCTS = 10; // N / 10 serials each, at WH/Stock
const FLOOR_PARALLEL = process.env.BENCH_SCALE_FLOOR === 'parallel';
const FILE = join(__dirname, '../docs/benchmarks.md');

interface Row {
  step: string;
  seconds: number;
  calls: number;
  syncs: number | null;
  largestMb: number | null;
  note: string;
}

/** Wall time, Odoo calls, Excel syncs and the largest payload of one sync for one step. */
async function step<T>(name: string, transport: JsonRpcTransport, sim: ExcelSim | null, work: () => Promise<T>, note = ''): Promise<{ result: T; row: Row }> {
  const calls = transport.stats.calls;
  sim?.resetStats();
  const start = performance.now();
  const result = await work();
  const seconds = (performance.now() - start) / 1000;
  const largest = sim ? Math.max(sim.stats.largestRequestBytes, sim.stats.largestResponseBytes) : null;
  const row = {
    step: name,
    seconds,
    calls: transport.stats.calls - calls,
    syncs: sim?.stats.syncs ?? null,
    largestMb: largest === null ? null : largest / 1e6,
    note,
  };
  console.log(`${name}: ${seconds.toFixed(2)} s, ${row.calls} Odoo calls, syncs ${row.syncs ?? '-'}, largest sync ${row.largestMb?.toFixed(2) ?? '-'} MB`);
  return { result, row };
}

export async function runScale100k(): Promise<void> {
  const target = await benchTarget();
  // a loaded real Odoo can take minutes to apply 1,000 counts: wait as long as Odoo itself
  // allows a request (limit_time_real, 600 s by default), not the bench's usual 115 s
  const transport = new JsonRpcTransport(target.url, undefined, 590_000);
  const client = await OdooClient.connect(
    transport,
    process.env.ODOO_URL
      ? { db: process.env.ODOO_DB ?? '', login: process.env.ODOO_USER ?? '', secret: process.env.ODOO_PASSWORD ?? '' }
      : { db: 'sandbox', login: 'admin', secret: 'admin' },
  );
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  let user = await currentUser(client);
  if (!user.hasLotsFeature) {
    await enableLotsSetting(client);
    user = await currentUser(client);
  }
  setSession({ client, user });
  let heapPeak = 0;
  const heap = { settled: null as number | null };
  const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 50);
  const rows: Row[] = [];
  try {
    const stock = await stockLocation(client);
    const per = N / PRODUCTS;
    const ours = await makeProducts(client, PRODUCTS, 'S100K');
    const raw = await makeProducts(client, PRODUCTS, 'S100KF');
    await putStock(
      client,
      [...ours, ...raw].map((productId) => ({ productId, locationId: stock, quantity: per })),
    );
    // the floor's products: zeroed and switched to serials by raw calls, no add-in
    await floorZero(client, await quantIds(client, raw), `Bench floor ${TAG}: zero`);
    await client.execute('product.template', 'write', [await Promise.all(raw.map((id) => templateOf(client, id))), { tracking: 'serial' }]);
    const serials = (p: string, product: number) => Array.from({ length: per }, (_, i) => `${TAG}-${p}${product}-${String(i).padStart(6, '0')}`);
    const floor = async () => {
      const start = performance.now();
      const calls = transport.stats.calls;
      for (const [i, productId] of raw.entries()) {
        await floorRestore(client, productId, stock, serials('F', i), user.companyId, `Bench floor ${TAG}: restore`);
        console.log(`floor: ${fmt((i + 1) * per)} of ${fmt(N)} serials at ${elapsed()}`);
      }
      return { seconds: (performance.now() - start) / 1000, calls: transport.stats.calls - calls };
    };
    const floorRun = FLOOR_PARALLEL ? floor().catch((error: unknown) => error as Error) : null;

    // The add-in: Excel on the web's limits on (the default of the strict Excel).
    const sim = new ExcelSim();
    const run = simRunner(sim);
    await pullQuants(client, run, { productIds: ours });
    await createProductsSheet(client, run);
    await chooseAll(sim, 'serial');
    const prepared = await prepareZeroing(client, run, user);
    await postZeroing(client, run, user, prepared);
    const ctx = await currentRun(client, run);
    await changeTracking(client, ctx.chosen);

    rows.push((await step(`Restore sheet made (${fmt(N)} rows)`, transport, sim, () => createRestoreSheet(client, run, ctx.runRef, ctx.chosen))).row);
    // what the strict Excel's workbook and the run's data hold once collected (node --expose-gc)
    global.gc?.();
    heap.settled = process.memoryUsage().heapUsed / 2 ** 20;
    const context = await step('Validation context read from Odoo', transport, null, () => restoreContext(client, ctx.runRef, ctx.chosen));
    rows.push(context.row);

    // Paste every product's serials as one column, with live validation on, as in the pane.
    let verdict: RestoreValidation | Error | null = null;
    const live = new LiveValidation(
      run,
      (c, batch) => sim.run(c, batch),
      context.result.context,
      (r) => (verdict = r),
      0,
    );
    await live.start();
    const table = await readTable(run, RESTORE_LAYOUT.table, false);
    const lotColumn = (table.values[0] as string[]).indexOf('Lot/Serial');
    const referenceColumn = (table.values[0] as string[]).indexOf('Product reference');
    const byReference = new Map(ctx.chosen.map((c) => [c.product.reference, ours.indexOf(c.product.id)]));
    const counters = new Map<number, number>();
    const column = table.values.slice(1).map((r) => {
      const product = byReference.get(String(r[referenceColumn]))!;
      const k = counters.get(product) ?? 0;
      counters.set(product, k + 1);
      return serials('A', product)[k];
    });
    const letter = String.fromCharCode(65 + lotColumn);
    const pasted = await step(`Paste ${fmt(N)} serials, validated live`, transport, sim, async () => {
      const paste = await sim.userPaste(RESTORE_LAYOUT.sheet, `${letter}${table.top + 2}`, column.join('\n'));
      const pastedAt = performance.now();
      await live.settle();
      return { rejected: paste.rejected.length, validation: (performance.now() - pastedAt) / 1000 };
    });
    await live.stop();
    const checked = verdict as RestoreValidation | Error | null;
    if (!checked || checked instanceof Error) throw checked ?? new Error('live validation gave no verdict');
    if (checked.summary.errors) throw new Error(`live validation found ${checked.summary.errors} errors`);
    pasted.row.note = `validation after the paste: ${pasted.result.validation.toFixed(2)} s (read, check, statuses written); ${fmt(checked.summary.rows)} rows valid`;
    rows.push(pasted.row);

    const posted = await step(`Post the restore (${fmt(N)} serials)`, transport, sim, () =>
      postRestore(client, run, ctx.runRef, ctx.chosen, user.companyId, {
        onProgress: (p) => console.log(`add-in: ${p.step} ${fmt(p.done)} of ${fmt(p.total)} at ${elapsed()}, heap ${(heapPeak / 2 ** 20).toFixed(0)} MB peak`),
      }),
    );
    const floorResult = await (floorRun ?? floor());
    if (floorResult instanceof Error) throw floorResult;
    posted.row.note = `validated again, lots, counts, apply, read back; floor ${floorResult.seconds.toFixed(1)} s in ${floorResult.calls} calls (ratio ${(posted.row.seconds / floorResult.seconds).toFixed(2)})${FLOOR_PARALLEL ? ', run at the same time' : ''}`;
    rows.push(posted.row);
    if (posted.result.posted !== N) throw new Error(`posted ${posted.result.posted} of ${N}`);
  } finally {
    clearInterval(sampler);
    setSession(null);
    await target.close();
  }
  const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}`;
  // BENCH_SCALE_LABEL names the target, e.g. a sandbox run in its own process behind ODOO_URL
  writeSection(process.env.BENCH_SCALE_LABEL ?? target.label, client.server.version, machine, rows, heapPeak / 2 ** 20, heap.settled);
}

const fmt = (n: number) => n.toLocaleString('en-US');

function writeSection(label: string, version: string, machine: string, rows: Row[], heapMb: number, settledMb: number | null): void {
  const limit = /--max-old-space-size=(\d+)/.exec(process.env.NODE_OPTIONS ?? '')?.[1];
  const marker = `scale100k:${label}`;
  const env = process.env.ODOO_URL ? 'ODOO_URL=… ODOO_DB=… ODOO_USER=… ODOO_PASSWORD=… ' : '';
  const command = `${env}${process.env.NODE_OPTIONS ? `NODE_OPTIONS="${process.env.NODE_OPTIONS}" ` : ''}${process.env.BENCH_SCALE_N ? `BENCH_SCALE_N=${N} ` : ''}${FLOOR_PARALLEL ? 'BENCH_SCALE_FLOOR=parallel ' : ''}BENCH_ONLY=scale100k npm run bench`;
  const largest = Math.max(...rows.map((r) => r.largestMb ?? 0));
  const section = [
    `<!-- bench:${marker} -->`,
    `## ${fmt(N)} serials against the ${label} (Odoo ${version})`,
    '',
    `- Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}.`,
    `- Command: \`${command}\``,
    `- Strict Excel with Excel on the web's limit of ${fmt(PAYLOAD_LIMIT_BYTES)} bytes per request and per response: the largest sync carried ${largest.toFixed(2)} MB.`,
    `- Heap of the Node process (used, sampled every 50 ms) over the whole run: peak ${heapMb.toFixed(0)} MB, the strict Excel's workbook included (in Office it lives in Excel, not in the pane)${process.env.ODOO_URL ? '' : '; the sandbox Odoo runs in the same process and is counted too'}.${settledMb === null ? '' : ` Once the Restore sheet was made, after a collection: ${settledMb.toFixed(0)} MB.`}${limit ? ` The run had the heap capped at ${limit} MB (\`--max-old-space-size=${limit}\`) and completed.` : ''}`,
    '',
    '| step | seconds | Odoo calls | Excel syncs | largest sync (MB) | notes |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) => `| ${r.step} | ${r.seconds.toFixed(2)} | ${r.calls} | ${r.syncs ?? '–'} | ${r.largestMb === null ? '–' : r.largestMb.toFixed(2)} | ${r.note} |`,
    ),
    `<!-- /bench:${marker} -->`,
  ].join('\n');
  let doc = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '# Benchmarks\n';
  const pattern = new RegExp(`<!-- bench:${marker} -->[\\s\\S]*?<!-- /bench:${marker} -->`);
  doc = pattern.test(doc) ? doc.replace(pattern, section) : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(FILE, doc);
  console.log(`\n${section}\n\nWritten to docs/benchmarks.md`);
}
