// The overlapped restore post (odoo/restore-pipeline.ts) under faults, against the sandbox or
// a real Odoo: a reply lost after Odoo applied a batch, a lot creation lost mid-flight while
// the batch before it was applying, Odoo's concurrency failures. After a resume, Odoo holds
// exactly the plan: every serial once, at 1, one adjustment line each, nothing doubled.
import { fillLots, upToRestoreSheet } from '../../bench/workflow';
import { postRestore } from '../../src/app/restore-step';
import { OdooUser } from '../../src/core/model';
import { adjustmentName } from '../../src/core/run';
import { OdooClient } from '../../src/odoo/client';
import { enableLotsSetting, inventoryHistory } from '../../src/odoo/inventory';
import { currentUser, readQuants } from '../../src/odoo/reads';
import { FetchLike, JsonRpcTransport } from '../../src/odoo/transport';
import { createProduct, locationId, setStock } from './fixtures';
import { ContractTarget, RUN_TAG, adminClient, openTarget } from './target';

jest.setTimeout(300_000);

const SERIALS = 23; // batches of 5: 5, 5, 5, 5, 3
const BATCH = 5;
const FAST_RETRY = { batchSize: BATCH, retryDelay: () => 0 };

let target: ContractTarget;
let client: OdooClient;
let user: OdooUser;
let stock: number;

beforeAll(async () => {
  target = await openTarget();
  client = await adminClient(target);
  user = await currentUser(client);
  if (!user.hasLotsFeature) {
    await enableLotsSetting(client);
    user = await currentUser(client);
  }
  stock = await locationId(client, 'WH/Stock');
});

afterAll(async () => target?.close());

/** A product with SERIALS units at WH/Stock, zeroed and switched to serials by the add-in, its Restore sheet filled. */
async function readyProduct(code: string) {
  const productId = await createProduct(client, `${code}`);
  await setStock(client, [{ productId, locationId: stock, quantity: SERIALS }]);
  const ready = await upToRestoreSheet(client, user, [productId]);
  const serials = Array.from({ length: SERIALS }, (_, i) => `${RUN_TAG}-${code}-${String(i).padStart(3, '0')}`);
  await fillLots(ready.sim, serials);
  return { ...ready, productId, serials };
}

/** A client whose transport passes every call to Odoo except those `fault` takes over. */
async function faultyClient(fault: (call: string, forward: () => ReturnType<FetchLike>) => ReturnType<FetchLike> | null): Promise<OdooClient> {
  const fetchImpl: FetchLike = (url, init) => {
    // JSON-2 names the call in its path (19 tries it first at sign-in), JSON-RPC in its body
    const json2 = /\/json\/2\/([^/]+)\/([^/?]+)/.exec(String(url));
    const [model, method] = json2 ? json2.slice(1, 3) : ((JSON.parse(init.body).params.args as unknown[]).slice(3, 5) as string[]);
    return fault(`${model}.${method}`, () => fetch(url, init)) ?? fetch(url, init);
  };
  // Over JSON-RPC on every version (19 too, with the password): the faults below are JSON-RPC answers.
  return OdooClient.connect(new JsonRpcTransport(target.url, fetchImpl), { db: target.db, login: target.login, secret: target.password });
}

/** Count the n-th call to `call`. */
function nth(call: string, n: number) {
  let seen = 0;
  return (c: string) => c === call && ++seen === n;
}

/** What Odoo's JSON-RPC answers when its own retries of a concurrency failure ran out (the transaction rolled back). */
const serializationFailure = async () => ({
  ok: true,
  status: 200,
  text: async () =>
    JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      error: {
        code: 200,
        message: 'Odoo Server Error',
        data: { name: 'psycopg2.errors.SerializationFailure', message: 'could not serialize access due to concurrent update\n', arguments: [] },
      },
    }),
});

/** Odoo holds exactly the plan: each serial once, at 1, at WH/Stock, nothing untracked; one restore line per serial. */
async function expectExactlyThePlan(p: Awaited<ReturnType<typeof readyProduct>>) {
  const quants = (await readQuants(client, { productIds: [p.productId], withLot: true })).filter((q) => q.quantity);
  expect(quants.filter((q) => !q.lot)).toEqual([]);
  expect(quants.map((q) => [q.lot!.name, q.location.id, q.quantity]).sort()).toEqual(p.serials.map((s) => [s, stock, 1]));
  const lots = await client.searchRead<{ name: string }>('stock.lot', [['product_id', '=', p.productId]], ['name']);
  expect(lots.map((l) => l.name).sort()).toEqual(p.serials);
  const restoreLines = (await inventoryHistory(client, [p.productId])).filter((m) => m.reference.startsWith(adjustmentName(p.runRef, 'restore')));
  expect(restoreLines.map((m) => m.lot?.name).sort()).toEqual(p.serials);
  expect(restoreLines.every((m) => m.quantity === 1)).toBe(true);
  // and posting again changes nothing
  expect(await postRestore(client, p.run, p.runRef, p.chosen, user.companyId, FAST_RETRY)).toMatchObject({ posted: 0, lotsCreated: 0, skipped: SERIALS });
}

test('the reply of batch 3 apply is lost after Odoo applied it: the post stops, a resume posts the rest once', async () => {
  const p = await readyProduct('DROPAPPLY');
  const third = nth('stock.quant.action_apply_inventory', 3);
  const flaky = await faultyClient((call, forward) =>
    third(call)
      ? forward().then(() => {
          throw new TypeError('network connection lost');
        })
      : null,
  );
  await expect(postRestore(flaky, p.run, p.runRef, p.chosen, user.companyId, FAST_RETRY)).rejects.toMatchObject({ kind: 'uncertain' });
  const resumed = await postRestore(client, p.run, p.runRef, p.chosen, user.companyId, FAST_RETRY);
  // batches 1-3 landed (the third unseen by the add-in); batch 4 had its lots and counts, not applied; batch 5 nothing
  expect(resumed).toMatchObject({ skipped: 15, posted: 8, lotsCreated: 3 });
  await expectExactlyThePlan(p);
});

test('the lot creation of batch 3 is lost mid-flight (Odoo created the lots) while batch 2 applies: a resume finds them and creates none twice', async () => {
  const p = await readyProduct('DROPLOTS');
  const third = nth('stock.lot.create', 3);
  const flaky = await faultyClient((call, forward) =>
    third(call)
      ? forward().then(() => {
          throw new TypeError('network connection lost');
        })
      : null,
  );
  await expect(postRestore(flaky, p.run, p.runRef, p.chosen, user.companyId, FAST_RETRY)).rejects.toMatchObject({ kind: 'uncertain' });
  const lotsAfterFault = await client.searchRead('stock.lot', [['product_id', '=', p.productId]], ['name']);
  expect(lotsAfterFault).toHaveLength(15);
  const resumed = await postRestore(client, p.run, p.runRef, p.chosen, user.companyId, FAST_RETRY);
  // batches 1 and 2 were applied (the second beside the lost call); 15 lots existed, 8 were left to create
  expect(resumed).toMatchObject({ skipped: 10, posted: 13, lotsCreated: 8 });
  await expectExactlyThePlan(p);
});

test("Odoo's concurrency failures (its own retries ran out) are retried: one post lands everything once", async () => {
  const p = await readyProduct('SERIALIZE');
  const secondApply = nth('stock.quant.action_apply_inventory', 2);
  const thirdLots = nth('stock.lot.create', 3);
  const fourthCount = nth('stock.quant.create', 4);
  const refused: string[] = [];
  const flaky = await faultyClient((call) => {
    if (secondApply(call) || thirdLots(call) || fourthCount(call)) {
      refused.push(call);
      return serializationFailure();
    }
    return null;
  });
  expect(await postRestore(flaky, p.run, p.runRef, p.chosen, user.companyId, FAST_RETRY)).toMatchObject({ posted: SERIALS, lotsCreated: SERIALS, skipped: 0 });
  expect(refused.sort()).toEqual(['stock.lot.create', 'stock.quant.action_apply_inventory', 'stock.quant.create']);
  await expectExactlyThePlan(p);
});

test("when the retries run out too, the post stops with Odoo's message and a resume finishes it", async () => {
  const p = await readyProduct('EXHAUST');
  let applies = 0;
  const flaky = await faultyClient((call) => (call === 'stock.quant.action_apply_inventory' && ++applies >= 2 ? serializationFailure() : null));
  await expect(postRestore(flaky, p.run, p.runRef, p.chosen, user.companyId, { ...FAST_RETRY, retries: 2 })).rejects.toThrow(
    'could not serialize access due to concurrent update',
  );
  expect(applies).toBe(4); // the first apply, then the second batch's: tried once and retried twice
  const resumed = await postRestore(client, p.run, p.runRef, p.chosen, user.companyId, FAST_RETRY);
  expect(resumed).toMatchObject({ skipped: 5, posted: 18 });
  await expectExactlyThePlan(p);
});
