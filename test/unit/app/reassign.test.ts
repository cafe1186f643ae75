// The whole reassign, step by step as the task pane runs it, on the sandbox Odoo's demo
// warehouse and the strict in-memory Excel: three products to serials, three to lots
// (one in kg split over two lots, one in a package, one with stock owned by a partner).
import { startSandboxServer } from '../../../server/sandbox';
import { createProductsSheet } from '../../../src/app/products-step';
import { pullQuants } from '../../../src/app/pull-quants';
import { writeReport } from '../../../src/app/report-step';
import { changeTracking } from '../../../src/app/retrack-step';
import { createRestoreSheet, postRestore, validateRestoreSheet } from '../../../src/app/restore-step';
import { currentRun } from '../../../src/app/run-context';
import { postZeroing, prepareZeroing } from '../../../src/app/zero-step';
import { OdooUser } from '../../../src/core/model';
import { adjustmentName } from '../../../src/core/run';
import { OdooClient } from '../../../src/odoo/client';
import { inventoryHistory } from '../../../src/odoo/inventory';
import { currentUser, readQuants, searchProducts } from '../../../src/odoo/reads';
import { FetchLike, JsonRpcTransport } from '../../../src/odoo/transport';
import { ExcelSim, simRunner } from '../../../src/workbench/excel-sim';

jest.setTimeout(120_000);

const SERIALS = ['FURN_0003', 'FURN_0005', 'FURN_0007'];
const LOTS = ['BULK-0001', 'ACC-0003', 'ACC-0004'];

let server: Awaited<ReturnType<typeof startSandboxServer>>;
let client: OdooClient;
let user: OdooUser;
const sim = new ExcelSim();
const run = simRunner(sim);

const connect = (fetchImpl?: FetchLike) => OdooClient.connect(new JsonRpcTransport(server.url, fetchImpl), { db: 'sandbox', login: 'admin', secret: 'admin' });
const col = (sheet: string, header: string) => sim.getSheet(sheet).values('A1:Z1')[0].indexOf(header);
const letter = (i: number) => String.fromCharCode(65 + i);
const tableRows = (sheet: string) => {
  const t = sim.tables().find((x) => x.name === sheet)!;
  return sim.getSheet(sheet).values(t.address.split('!')[1]);
};

let originalQuants: Awaited<ReturnType<typeof readQuants>>;
let productIds: number[];

beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
  client = await connect();
  user = await currentUser(client);
  const products = await searchProducts(client, { references: [...SERIALS, ...LOTS] });
  productIds = products.map((p) => p.id);
  originalQuants = (await readQuants(client, { productIds })).filter((q) => q.quantity !== 0);
});

afterAll(async () => server?.close());

test('pull, list the products, choose their target tracking', async () => {
  const untracked = await searchProducts(client, { untrackedOnly: true });
  const summary = await pullQuants(client, run, { productIds: untracked.map((p) => p.id) });
  expect(summary.rows).toBeGreaterThan(15);
  expect(await createProductsSheet(client, run)).toBe(summary.products);
  const rows = tableRows('Products');
  const target = col('Products', 'Target tracking');
  for (const [i, row] of rows.entries()) {
    const ref = String(row[0]);
    if (SERIALS.includes(ref) || LOTS.includes(ref)) await sim.userEdit('Products', `${letter(target)}${i + 1}`, SERIALS.includes(ref) ? 'serial' : 'lot');
  }
  expect(sim.getSheet('Products').validationList(1, target)).toEqual(['lot', 'serial']);
});

test('zeroing: prepared, reviewed, posted under the run reference', async () => {
  const prepared = await prepareZeroing(client, run, user);
  expect(prepared.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(prepared.products).toHaveLength(6);
  expect(prepared.summary.quants).toBe(originalQuants.length);
  expect(tableRows('Zeroing')).toHaveLength(originalQuants.length + 1);
  const posted = await postZeroing(client, run, user, prepared);
  expect(posted.zeroed).toBe(originalQuants.length);
  const after = await readQuants(client, { productIds });
  expect(after.filter((q) => q.quantity !== 0)).toEqual([]);
  // The Products sheet now carries the run, so a reopened workbook finds it.
  expect(
    tableRows('Products')
      .slice(1)
      .filter((r) => r[col('Products', 'Run')] === prepared.run),
  ).toHaveLength(6);
});

test('tracking changes only now that the stock is zero', async () => {
  const { chosen } = await currentRun(client, run);
  const after = await changeTracking(client, chosen);
  expect(Object.fromEntries(after.map((p) => [p.reference, p.tracking]))).toEqual(
    Object.fromEntries([...SERIALS.map((r) => [r, 'serial']), ...LOTS.map((r) => [r, 'lot'])]),
  );
});

test('restore sheet from history, filled by pasting whole columns, split lot, validated', async () => {
  const { runRef, chosen } = await currentRun(client, run);
  const { rows } = await createRestoreSheet(client, run, runRef, chosen);
  const values = tableRows('Restore');
  expect(values).toHaveLength(rows + 1);
  const lotCol = col('Restore', 'Lot/Serial');
  const qtyCol = col('Restore', 'Qty');
  // Paste one column of serials with leading zeros over all the serial rows, in sheet order.
  const serialRows = values.map((r, i) => [r, i] as const).filter(([r]) => SERIALS.includes(String(r[0])));
  const first = serialRows[0][1];
  expect(serialRows.map(([, i]) => i)).toEqual(serialRows.map((_, k) => first + k));
  await sim.userPaste(
    'Restore',
    `${letter(lotCol)}${first + 1}`,
    serialRows.map(([r], k) => `${String(r[0]).slice(-4)}-${String(k).padStart(6, '0')}`).join('\n'),
  );
  // Lots: one per line; the kg product split over two lots by adding a row under the table.
  for (const [i, r] of values.entries()) {
    if (LOTS.includes(String(r[0]))) await sim.userEdit('Restore', `${letter(lotCol)}${i + 1}`, `LOT-${String(r[0])}-A`);
  }
  const bulk = values.findIndex((r) => r[0] === 'BULK-0001');
  const original = Number(values[bulk][col('Restore', 'Original qty')]);
  await sim.userEdit('Restore', `${letter(qtyCol)}${bulk + 1}`, 2);
  const split = [...values[bulk]];
  split[lotCol] = 'LOT-BULK-0001-B';
  split[qtyCol] = Math.round((original - 2) * 100) / 100;
  await sim.userPaste('Restore', `A${values.length + 1}`, split.join('\t'));
  expect(tableRows('Restore')).toHaveLength(values.length + 1);

  const { validation } = await validateRestoreSheet(client, run, runRef, chosen);
  expect(validation.issues).toEqual([]);
  expect(sim.getSheet('Restore').values(`${letter(col('Restore', 'Status'))}2:${letter(col('Restore', 'Status'))}3`)).toEqual([['OK'], ['OK']]);
  const serialCell = sim.getSheet('Restore').cellAt(`${letter(lotCol)}${first + 1}`);
  expect(serialCell.value).toBe(`0003-000000`);
});

test('a dropped connection mid-post; resuming completes it with nothing posted twice', async () => {
  const { runRef, chosen } = await currentRun(client, run);
  let applies = 0;
  // The second apply reaches Odoo and is applied, but its answer never comes back.
  const flaky: FetchLike = async (url, init) => {
    const response = await fetch(url, init);
    if (init.body.includes('"action_apply_inventory"') && ++applies === 2) throw new TypeError('network connection lost');
    return response;
  };
  const flakyClient = await connect(flaky);
  await expect(postRestore(flakyClient, run, runRef, chosen, user.companyId, { batchSize: 5 })).rejects.toMatchObject({ kind: 'network' });
  const resumed = await postRestore(client, run, runRef, chosen, user.companyId, { batchSize: 5 });
  expect(resumed.skipped).toBeGreaterThanOrEqual(10);
  const restoreMoves = (await inventoryHistory(client, productIds)).filter((m) => m.reference.startsWith(adjustmentName(runRef, 'restore')));
  expect(restoreMoves).toHaveLength(resumed.posted + resumed.skipped);
  expect(restoreMoves.every((m) => m.quantity > 0 && m.lot)).toBe(true);
  // Posting again changes nothing.
  expect(await postRestore(client, run, runRef, chosen, user.companyId)).toMatchObject({ posted: 0, lotsCreated: 0 });
});

test('every product is back per location, package and owner, with its lots; the report balances', async () => {
  const { runRef, chosen } = await currentRun(client, run);
  const now = (await readQuants(client, { productIds })).filter((q) => q.quantity !== 0);
  expect(now.every((q) => q.lot)).toBe(true);
  const sum = (qs: typeof now) => {
    const m: Record<string, number> = {};
    for (const q of qs) {
      const key = `${q.product.id}/${q.location.name}/${q.package?.name ?? ''}/${q.owner?.name ?? ''}`;
      m[key] = Math.round(((m[key] ?? 0) + q.quantity) * 1000) / 1000;
    }
    return m;
  };
  expect(sum(now)).toEqual(sum(originalQuants));
  expect(now.some((q) => q.package) && now.some((q) => q.owner)).toBe(true);
  const report = await writeReport(client, run, runRef, chosen);
  expect(report.balanced).toBe(true);
  const moves = await inventoryHistory(client, productIds);
  const ofRun = moves.filter((m) => m.date >= moves.find((x) => x.reference.includes(runRef))!.date);
  expect(ofRun.every((m) => m.reference.startsWith(`Lot reassign ${runRef}`))).toBe(true);
});
