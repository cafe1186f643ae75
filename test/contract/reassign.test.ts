// The whole reassign, step by step as the task pane runs it, on the strict in-memory Excel,
// against the sandbox or a real Odoo 17: three products to serials and three to lots (one
// in kg split over two lots, one in a package, stock owned by a partner), plus a product a
// user had already zeroed by hand, whose originals come back from Odoo's history.
import { createProductsSheet } from '../../src/app/products-step';
import { pullQuants } from '../../src/app/pull-quants';
import { writeReport } from '../../src/app/report-step';
import { changeTracking } from '../../src/app/retrack-step';
import { createRestoreSheet, postRestore, validateRestoreSheet } from '../../src/app/restore-step';
import { currentRun } from '../../src/app/run-context';
import { splitSelectedRow } from '../../src/app/split-step';
import { runStatus } from '../../src/app/status-step';
import { postZeroing, prepareZeroing } from '../../src/app/zero-step';
import { OdooUser } from '../../src/core/model';
import { adjustmentName } from '../../src/core/run';
import { OdooClient } from '../../src/odoo/client';
import { enableLotsSetting, inventoryHistory } from '../../src/odoo/inventory';
import { currentUser, readQuants } from '../../src/odoo/reads';
import { FetchLike, JsonRpcTransport } from '../../src/odoo/transport';
import { ExcelSim, simRunner } from '../../src/workbench/excel-sim';
import { createProduct, createShelf, inKg, locationId, setStock } from './fixtures';
import { ContractTarget, RUN_TAG, adminClient, openTarget } from './target';

jest.setTimeout(300_000);

let target: ContractTarget;
let client: OdooClient;
let user: OdooUser;
const sim = new ExcelSim();
const run = simRunner(sim);
const ids: Record<string, number> = {};
const SERIALS = ['S1', 'S2', 'S3', 'MANUAL'];
const LOTS = ['L1', 'L2', 'L3'];
const ref = (code: string) => `${RUN_TAG}-${code}`;
let productIds: number[];
let before: Record<string, number>;

const letter = (i: number) => String.fromCharCode(65 + i);
const tableRows = (name: string) => {
  const t = sim.tables().find((x) => x.name === name)!;
  return sim.getSheet(name).values(t.address.split('!')[1]);
};
const col = (name: string, header: string) => (tableRows(name)[0] as string[]).indexOf(header);

async function stockByPlace(withLot?: boolean): Promise<Record<string, number>> {
  const m: Record<string, number> = {};
  for (const q of await readQuants(client, { productIds, withLot })) {
    if (!q.quantity) continue;
    const key = `${q.product.id}|${q.location.name}|${q.package?.name ?? ''}|${q.owner?.name ?? ''}`;
    m[key] = Math.round(((m[key] ?? 0) + q.quantity) * 1000) / 1000;
  }
  return m;
}

beforeAll(async () => {
  target = await openTarget();
  client = await adminClient(target);
  user = await currentUser(client);
  if (!user.hasLotsFeature) {
    await enableLotsSetting(client);
    user = await currentUser(client);
  }
  const stock = await locationId(client, 'WH/Stock');
  const shelf = await createShelf(client, stock, 'Reassign');
  // Each with a cost, so a server with inventory valuation books real values for the run.
  for (const [i, code] of [...SERIALS, ...LOTS].entries())
    ids[code] = await createProduct(client, code, { standard_price: 10 + i, ...(code === 'L1' ? await inKg(client) : {}) });
  productIds = Object.values(ids);
  const pack = await client.execute<number>(client.dialect.packageModel, 'create', [{ name: `RPACK-${RUN_TAG}` }]);
  const owner = await client.execute<number>('res.partner', 'create', [{ name: `Reassign owner ${RUN_TAG}` }]);
  await setStock(client, [
    { productId: ids.S1, locationId: stock, quantity: 3 },
    { productId: ids.S2, locationId: shelf, quantity: 2 },
    { productId: ids.S2, locationId: stock, quantity: 1, ownerId: owner },
    { productId: ids.S3, locationId: shelf, quantity: 2, packageId: pack },
    { productId: ids.L1, locationId: stock, quantity: 12.35 },
    { productId: ids.L1, locationId: shelf, quantity: 3.75 },
    { productId: ids.L2, locationId: shelf, quantity: 6, packageId: pack },
    { productId: ids.L3, locationId: stock, quantity: 8 },
    { productId: ids.MANUAL, locationId: shelf, quantity: 5 },
  ]);
  before = await stockByPlace();
  // Someone zeroed MANUAL by hand in Odoo, with a quant's Apply button, before using the add-in.
  const manual = (await readQuants(client, { productIds: [ids.MANUAL] })).map((q) => q.id);
  await client.execute('stock.quant', 'write', [manual, { inventory_quantity: 0 }], { context: { inventory_mode: true } });
  await client.execute('stock.quant', 'action_apply_inventory', [manual], { context: { inventory_mode: true } });
});

afterAll(async () => target?.close());

test('pull, list the products (and the one at zero), choose their target tracking', async () => {
  await pullQuants(client, run, { productIds });
  expect(tableRows('Quants')).toHaveLength(9); // header + 8 quants; MANUAL is at zero
  expect(await createProductsSheet(client, run, undefined, [ids.MANUAL])).toBe(7);
  const target = col('Products', 'Target tracking');
  for (const [i, row] of tableRows('Products').entries()) {
    const code = String(row[0]).slice(RUN_TAG.length + 1);
    if (i > 0) await sim.userEdit('Products', `${letter(target)}${i + 1}`, SERIALS.includes(code) ? 'serial' : 'lot');
  }
});

test('zeroing: prepared, checked again, posted under the run reference', async () => {
  const prepared = await prepareZeroing(client, run, user);
  expect(prepared.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(prepared.summary.quants).toBe(8);
  await postZeroing(client, run, user, prepared);
  expect(await stockByPlace()).toEqual({});
  // The pane's status comes from Odoo: every product is now zeroed, MANUAL by hand.
  expect((await runStatus(client, run)).products.map((p) => p.stage)).toEqual(Array(7).fill('zeroed'));
});

test('tracking changes; the Restore sheet comes from history, the manual zeroing included', async () => {
  const { runRef, chosen } = await currentRun(client, run);
  await changeTracking(client, chosen);
  const { rows, lines } = await createRestoreSheet(client, run, runRef, chosen);
  expect(lines).toBe(9);
  expect(rows).toBe(3 + 3 + 2 + 5 + 4);
  const manual = tableRows('Restore').filter((r) => r[0] === ref('MANUAL'));
  expect(manual).toHaveLength(5);
  expect(String(manual[0][col('Restore', 'Evidence')])).toMatch(/Product Quantity Updated/);
});

test('filled by pasting whole columns; a kg lot split; validated without an Odoo write', async () => {
  const rows = tableRows('Restore');
  const lotCol = col('Restore', 'Lot/Serial');
  const qtyCol = col('Restore', 'Qty');
  const serialRows = rows.map((r, i) => [r, i] as const).filter(([r]) => SERIALS.some((c) => r[0] === ref(c)));
  expect(serialRows.map(([, i]) => i)).toEqual(serialRows.map((_, k) => serialRows[0][1] + k));
  await sim.userPaste('Restore', `${letter(lotCol)}${serialRows[0][1] + 1}`, serialRows.map((_, k) => `${RUN_TAG}-${String(k).padStart(6, '0')}`).join('\n'));
  for (const [i, r] of rows.entries()) if (LOTS.some((c) => r[0] === ref(c))) await sim.userEdit('Restore', `${letter(lotCol)}${i + 1}`, `${RUN_TAG}-LOT-${i}`);
  const kgRow = rows.findIndex((r) => r[0] === ref('L1') && r[col('Restore', 'Original qty')] === 12.35);
  await sim.userEdit('Restore', `${letter(qtyCol)}${kgRow + 1}`, 10);
  sim.select('Restore', `${letter(qtyCol)}${kgRow + 1}`);
  expect(await splitSelectedRow(run)).toMatchObject({ remaining: 2.35 });
  await sim.userEdit('Restore', `${letter(lotCol)}${kgRow + 2}`, `${RUN_TAG}-LOT-SPLIT`);
  const { runRef, chosen } = await currentRun(client, run);
  const { validation } = await validateRestoreSheet(client, run, runRef, chosen);
  expect(validation.issues).toEqual([]);
  expect(validation.targets).toHaveLength(18);
});

test('a connection lost mid-post (Odoo applied, the answer never came); resuming posts nothing twice', async () => {
  const { runRef, chosen } = await currentRun(client, run);
  let applies = 0;
  const flaky: FetchLike = async (url, init) => {
    const response = await fetch(url, init);
    if (`${url} ${init.body}`.includes('action_apply_inventory') && ++applies === 2) throw new TypeError('network connection lost');
    return response;
  };
  const flakyClient = await adminClient(target, new JsonRpcTransport(target.url, flaky));
  // the write is not sent again blindly: the error says Odoo may have applied it
  await expect(postRestore(flakyClient, run, runRef, chosen, user.companyId, { batchSize: 5 })).rejects.toMatchObject({ kind: 'uncertain' });
  const resumed = await postRestore(client, run, runRef, chosen, user.companyId, { batchSize: 5 });
  expect(resumed.skipped).toBe(10);
  expect(resumed.posted).toBe(8);
  const restores = (await inventoryHistory(client, productIds)).filter((m) => m.reference.startsWith(adjustmentName(runRef, 'restore')));
  expect(restores).toHaveLength(18);
  expect(await postRestore(client, run, runRef, chosen, user.companyId)).toMatchObject({ posted: 0, lotsCreated: 0, skipped: 18 });
});

test('every place is back with its lots, nothing untracked is left, the report balances', async () => {
  const { runRef, chosen } = await currentRun(client, run);
  expect(await stockByPlace(true)).toEqual(before);
  expect(await stockByPlace(false)).toEqual({});
  const report = await writeReport(client, run, runRef, chosen);
  expect(report.balanced).toBe(true);
  expect(report.totals.lots).toBe(18);
  // With inventory valuation (stock_account), standard-cost products come back at the value they left with.
  if (report.value) {
    expect(report.value.removed).toBeGreaterThan(0);
    expect(report.value.added).toBeCloseTo(report.value.removed, 2);
  }
  expect(report.rows.filter((r) => r.isTotal).every((r) => (report.value ? r.valueRemoved !== null : r.valueRemoved === null))).toBe(true);
  expect((await runStatus(client, run)).products.map((p) => p.stage)).toEqual(Array(7).fill('restored'));
  const ofRun = (await inventoryHistory(client, productIds)).filter((m) => m.reference.includes(runRef));
  expect(ofRun.filter((m) => m.reference.startsWith(adjustmentName(runRef, 'zero')))).toHaveLength(8);
});
