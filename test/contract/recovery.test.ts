// Recovering originals from Odoo's history for zeroings done by hand, the way Odoo's
// web client does them: a quant's Apply button, and the header Apply with a reason.
import { lineKey } from '../../src/core/originals';
import { recoverOriginals, stillAtZero } from '../../src/core/recovery';
import { productsStillAtZero, undoZeroing } from '../../src/app/history-step';
import { newRunReference } from '../../src/core/run';
import { OdooClient } from '../../src/odoo/client';
import { inventoryHistory, setTracking } from '../../src/odoo/inventory';
import { productsByIds, readQuants } from '../../src/odoo/reads';
import { createProduct, createShelf, locationId, setStock } from './fixtures';
import { ContractTarget, RUN_TAG, adminClient, openTarget } from './target';

jest.setTimeout(120_000);

let target: ContractTarget;
let admin: OdooClient;
let stock: number;
let shelfA: number;
let shelfB: number;
let product: number;
let twice: number;
let packageId: number;
let ownerId: number;

const IM = { context: { inventory_mode: true } };

/** A quant's own Apply button: count it, then action_apply_inventory with no name. */
async function lineApply(client: OdooClient, quantIds: number[]) {
  await client.execute('stock.quant', 'write', [quantIds, { inventory_quantity: 0 }], IM);
  await client.execute('stock.quant', 'action_apply_inventory', [quantIds], IM);
}

/** The header Apply: the adjustment-name wizard with the reason the user typed. */
async function headerApply(client: OdooClient, quantIds: number[], reason: string) {
  await client.execute('stock.quant', 'write', [quantIds, { inventory_quantity: 0 }], IM);
  const wizard = await client.execute<number>('stock.inventory.adjustment.name', 'create', [
    { quant_ids: [[6, 0, quantIds]], inventory_adjustment_name: reason },
  ]);
  await client.execute('stock.inventory.adjustment.name', 'action_apply', [[wizard]]);
}

const quantsAt = async (productId: number, locationId: number) =>
  (await readQuants(admin, { productIds: [productId], locationIds: [locationId] }))
    .filter((q) => q.location.id === locationId && q.quantity > 0)
    .map((q) => q.id);

beforeAll(async () => {
  target = await openTarget();
  admin = await adminClient(target);
  stock = await locationId(admin, 'WH/Stock');
  shelfA = await createShelf(admin, stock, 'Rec A');
  shelfB = await createShelf(admin, stock, 'Rec B');
  product = await createProduct(admin, 'REC');
  twice = await createProduct(admin, 'TWICE');
  packageId = await admin.execute<number>(admin.dialect.packageModel, 'create', [{ name: `RECPACK-${RUN_TAG}` }]);
  ownerId = await admin.execute<number>('res.partner', 'create', [{ name: `Rec owner ${RUN_TAG}` }]);
  // Older, unrelated history: opening stock, then a recount upwards.
  await setStock(
    admin,
    [
      { productId: product, locationId: shelfA, quantity: 10 },
      { productId: product, locationId: shelfB, quantity: 4 },
      { productId: product, locationId: shelfB, quantity: 6, packageId },
      { productId: product, locationId: stock, quantity: 2, ownerId },
      { productId: twice, locationId: shelfA, quantity: 5 },
    ],
    'Opening stock',
  );
  await setStock(admin, [{ productId: product, locationId: shelfA, quantity: 15 }], 'Quantity Updated');
  // Monday: shelf A by the line Apply button; Tuesday: shelf B (loose and packed) and the owned stock by the header Apply.
  await lineApply(admin, await quantsAt(product, shelfA));
  await headerApply(admin, [...(await quantsAt(product, shelfB)), ...(await quantsAt(product, stock))], `Before lots ${RUN_TAG}`);
  // The other product: zeroed, 3 arrive, zeroed again; then 2 more arrive.
  await lineApply(admin, await quantsAt(twice, shelfA));
  await setStock(admin, [{ productId: twice, locationId: shelfA, quantity: 3 }], 'Found on a pallet');
  await lineApply(admin, await quantsAt(twice, shelfA));
  await setStock(admin, [{ productId: twice, locationId: shelfA, quantity: 2 }], 'Late receipt');
});

afterAll(async () => target?.close());

test('manual zeroings are recovered per location, package and owner, whatever Odoo named them', async () => {
  const recovered = recoverOriginals(await inventoryHistory(admin, [product], { allMoves: true }));
  const byKey = Object.fromEntries(recovered.map((r) => [r.key, r]));
  expect(Object.fromEntries(recovered.map((r) => [r.key, r.quantity]))).toEqual({
    [lineKey(product, shelfA, null, null)]: 15,
    [lineKey(product, shelfB, null, null)]: 4,
    [lineKey(product, shelfB, packageId, null)]: 6,
    [lineKey(product, stock, null, ownerId)]: 2,
  });
  // Odoo adds " (user)" only when the count has a user (the Set-to-0 button sets one; a plain write does not).
  expect(byKey[lineKey(product, shelfA, null, null)].evidence.references[0]).toMatch(/^Product Quantity Updated( \(Administrator\))?$/);
  expect(byKey[lineKey(product, shelfB, null, null)].evidence.references[0]).toMatch(new RegExp(`^Before lots ${RUN_TAG}`));
  expect(recovered.every((r) => r.doubts.length === 0 && r.zeroedBy === 'Administrator')).toBe(true);
  expect(stillAtZero(recovered, new Map())).toHaveLength(4);
});

test('a place zeroed twice, with stock arriving afterwards, is flagged, not guessed', async () => {
  const [line] = recoverOriginals(await inventoryHistory(admin, [twice], { allMoves: true }));
  expect(line.quantity).toBe(3);
  expect(line.doubts.join(' ')).toMatch(/zeroed 2 times/);
  expect(line.doubts.join(' ')).toMatch(/Stock arrived here after the zeroing \(2 by Late receipt/);
  expect(line.untrackedNow).toBe(2);
  expect(stillAtZero([line], new Map())).toEqual([]);
});

test('the still-at-zero list names the product; undo brings the stock back exactly, and twice changes nothing', async () => {
  const before = await productsStillAtZero(admin);
  const mine = before.find((p) => p.productId === product);
  expect(mine?.places.map((p) => p.quantity).sort((a, b) => a - b)).toEqual([2, 4, 6, 15]);
  expect(before.some((p) => p.productId === twice)).toBe(false);

  const [rec] = await productsByIds(admin, [product]);
  await setTracking(admin, [{ templateId: rec.templateId, tracking: 'serial' }]);
  const runRef = newRunReference(new Date());
  const chosen = [{ product: { ...rec, tracking: 'serial' as const }, target: 'serial' as const }];
  expect(await undoZeroing(admin, runRef, chosen)).toEqual({ restored: 4 });
  const quants = (await readQuants(admin, { productIds: [product] })).filter((q) => q.quantity !== 0);
  expect(quants.map((q) => [q.location.id, q.package?.id ?? null, q.owner?.id ?? null, q.lot, q.quantity]).sort()).toEqual(
    [
      [shelfA, null, null, null, 15],
      [shelfB, null, null, null, 4],
      [shelfB, packageId, null, null, 6],
      [stock, null, ownerId, null, 2],
    ].sort(),
  );
  expect((await productsByIds(admin, [product]))[0].tracking).toBe('none');
  const moves = await inventoryHistory(admin, [product]);
  expect(moves.filter((m) => m.reference.startsWith(`Lot reassign ${runRef}: undo`))).toHaveLength(4);
  expect(await undoZeroing(admin, runRef, chosen)).toEqual({ restored: 0 });
  expect(await inventoryHistory(admin, [product])).toHaveLength(moves.length);
  expect((await productsStillAtZero(admin)).some((p) => p.productId === product)).toBe(false);
});
