// The reassign procedure through the gateway and the core, against the sandbox or a
// real Odoo 17: zero, retrack, recover the originals from history, restore with lots.
import { originalsOfRun, lineKey } from '../../src/core/originals';
import { reconcile } from '../../src/core/reconcile';
import { currentLotQuantities, lotFor, lotsToCreate, pendingTargets } from '../../src/core/restore-plan';
import { adjustmentName, newRunReference } from '../../src/core/run';
import { RestoreTarget } from '../../src/core/validate-restore';
import { OdooClient } from '../../src/odoo/client';
import { countAndApply, createLots, findLots, inventoryHistory, setTracking, zeroQuants } from '../../src/odoo/inventory';
import { productsByIds, readQuants } from '../../src/odoo/reads';
import { createProduct, createShelf, inKg, locationId, setStock } from './fixtures';
import { ContractTarget, RUN_TAG, adminClient, openTarget } from './target';

jest.setTimeout(180_000);

let target: ContractTarget;
let admin: OdooClient;
let stock: number;
let shelf: number;
let serialProduct: number;
let lotProduct: number;
let packageId: number;
let ownerId: number;
const run = newRunReference(new Date());

beforeAll(async () => {
  target = await openTarget();
  admin = await adminClient(target);
  stock = await locationId(admin, 'WH/Stock');
  shelf = await createShelf(admin, stock, 'Flow');
  serialProduct = await createProduct(admin, 'SER');
  lotProduct = await createProduct(admin, 'LOT', await inKg(admin));
  packageId = await admin.execute<number>(admin.dialect.packageModel, 'create', [{ name: `FLOWPACK-${RUN_TAG}` }]);
  ownerId = await admin.execute<number>('res.partner', 'create', [{ name: `Flow owner ${RUN_TAG}` }]);
  await setStock(admin, [
    { productId: serialProduct, locationId: stock, quantity: 3 },
    { productId: serialProduct, locationId: shelf, quantity: 2, packageId },
    { productId: serialProduct, locationId: shelf, quantity: 1, ownerId },
    { productId: lotProduct, locationId: shelf, quantity: 12.35 },
  ]);
});

afterAll(async () => target?.close());

const products = () => [serialProduct, lotProduct];

test('zeroing applies only the given quants, named after the run', async () => {
  const quants = await readQuants(admin, { productIds: products() });
  expect(quants.filter((q) => q.quantity > 0)).toHaveLength(4);
  await zeroQuants(
    admin,
    quants.filter((q) => q.quantity > 0).map((q) => q.id),
    adjustmentName(run, 'zero'),
    { batchSize: 2 },
  );
  const after = await readQuants(admin, { productIds: products() });
  expect(after.every((q) => q.quantity === 0 && q.pendingCount === null)).toBe(true);
});

test("the originals come back from Odoo's history, per location, package and owner", async () => {
  const history = await inventoryHistory(admin, products(), { referenceLike: adjustmentName(run, 'zero') });
  expect(history.every((l) => l.reference.startsWith(adjustmentName(run, 'zero')))).toBe(true);
  expect(history[0].from.usage).toBe('internal');
  expect(history[0].to.usage).toBe('inventory');
  const originals = originalsOfRun(history, run);
  const summary = Object.fromEntries(originals.map((o) => [o.key, o.quantity]));
  expect(summary).toEqual({
    [lineKey(serialProduct, stock, null, null)]: 3,
    [lineKey(serialProduct, shelf, packageId, null)]: 2,
    [lineKey(serialProduct, shelf, null, ownerId)]: 1,
    [lineKey(lotProduct, shelf, null, null)]: 12.35,
  });
});

test('tracking changes and reads back', async () => {
  const [ser, lot] = await productsByIds(admin, products());
  await setTracking(admin, [
    { templateId: ser.templateId, tracking: 'serial' },
    { templateId: lot.templateId, tracking: 'lot' },
  ]);
  const after = await productsByIds(admin, products());
  expect(after.map((p) => p.tracking)).toEqual(['serial', 'lot']);
});

test('Odoo 17 lands one serial at two locations in one batch: only our validation stops that', async () => {
  const [lotId] = await createLots(admin, [{ productId: serialProduct, companyId: 1, name: `DUP-${RUN_TAG}`, expiration: null }]).then((m) => [...m.values()]);
  const line = (locationId: number, quantity: number) => ({ productId: serialProduct, locationId, lotId, packageId: null, ownerId: null, quantity });
  await countAndApply(admin, [line(stock, 1), line(shelf, 1)], `Contract duplicate ${RUN_TAG}`);
  const held = (await readQuants(admin, { productIds: [serialProduct], withLot: true })).filter((q) => q.lot?.id === lotId && q.quantity > 0);
  expect(held.map((q) => q.location.id).sort()).toEqual([stock, shelf].sort());
  await countAndApply(admin, [line(stock, 0), line(shelf, 0)], `Contract cleanup ${RUN_TAG}`);
});

test('restore with serials and lots lands exactly, and posting again changes nothing', async () => {
  const targets: RestoreTarget[] = [
    ...['A', 'B', 'C'].map((s) => t(serialProduct, stock, null, null, `SN-${RUN_TAG}-${s}`, 1)),
    ...['D', 'E'].map((s) => t(serialProduct, shelf, packageId, null, `SN-${RUN_TAG}-${s}`, 1)),
    t(serialProduct, shelf, null, ownerId, `SN-${RUN_TAG}-F`, 1),
    t(lotProduct, shelf, null, null, `LOT-${RUN_TAG}-1`, 10),
    t(lotProduct, shelf, null, null, `LOT-${RUN_TAG}-2`, 2.35),
  ];
  const post = async () => {
    const current = currentLotQuantities(await readQuants(admin, { productIds: products(), withLot: true }));
    const pending = pendingTargets(targets, current);
    const existing = await findLots(
      admin,
      products(),
      pending.map((p) => p.lot),
    );
    const created = await createLots(admin, lotsToCreate(pending, existing), { batchSize: 3 });
    const ids = new Map([...existing, ...created]);
    await countAndApply(
      admin,
      pending.map((p) => ({
        productId: p.productId,
        locationId: p.locationId,
        packageId: p.packageId,
        ownerId: p.ownerId,
        lotId: lotFor(ids, p.productId, p.companyId, p.lot)!,
        quantity: p.quantity,
      })),
      adjustmentName(run, 'restore'),
      { batchSize: 4 },
    );
    return pending.length;
  };
  expect(await post()).toBe(8);
  const quants = await readQuants(admin, { productIds: products() });
  expect(pendingTargets(targets, currentLotQuantities(quants))).toEqual([]);
  expect(quants.filter((q) => !q.lot && q.quantity !== 0)).toEqual([]);
  const packed = quants.filter((q) => q.package?.id === packageId && q.quantity > 0);
  expect(packed.map((q) => q.lot?.name).sort()).toEqual([`SN-${RUN_TAG}-D`, `SN-${RUN_TAG}-E`]);
  expect(quants.find((q) => q.owner?.id === ownerId && q.quantity > 0)?.lot?.name).toBe(`SN-${RUN_TAG}-F`);

  const movesBefore = await inventoryHistory(admin, products());
  expect(await post()).toBe(0);
  expect(await inventoryHistory(admin, products())).toHaveLength(movesBefore.length);
  const restoreMoves = movesBefore.filter((l) => l.reference.startsWith(adjustmentName(run, 'restore')));
  expect(restoreMoves).toHaveLength(8);

  const originals = originalsOfRun(movesBefore, run);
  const report = reconcile(originals, quants, new Map((await productsByIds(admin, products())).map((p) => [p.id, p])), []);
  expect(report.balanced).toBe(true);
  expect(report.totals.lots).toBe(8);
});

function t(productId: number, locationId: number, packageId: number | null, ownerId: number | null, lot: string, quantity: number): RestoreTarget {
  return {
    lineKey: lineKey(productId, locationId, packageId, ownerId),
    productId,
    locationId,
    packageId,
    ownerId,
    companyId: 1,
    lot,
    quantity,
    added: quantity,
  };
}
