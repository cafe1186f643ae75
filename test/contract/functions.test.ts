// The custom functions against the sandbox or a real Odoo 17: answers, errors, and the
// batching that makes 1,000 cells cost two Odoo reads.
import { setSession } from '../../src/app/session';
import { currentUser } from '../../src/odoo/reads';
import { OdooClient } from '../../src/odoo/client';
import { JsonRpcTransport } from '../../src/odoo/transport';
import { FUNCTIONS, stockSource } from '../../src/functions/functions';
import { CellError } from '../../src/functions/function-errors';
import { StockSource } from '../../src/functions/stock-source';
import { answerOnHand } from '../../src/functions/answers';
import { ContractTarget, RUN_TAG, adminClient, openTarget } from './target';
import { storable } from './fixtures';

const fn = (i: number) => `${RUN_TAG}-FN-${i}`;
/** A barcode unique to this run (Odoo refuses two products with one barcode). */
const BARCODE = `99${Date.now() % 1e9}`;

jest.setTimeout(120_000);

let target: ContractTarget;
let client: OdooClient;
let transport: JsonRpcTransport;
let stock: number;
let shelf: number;

async function exec<T>(model: string, method: string, args: unknown[], kwargs: Record<string, unknown> = {}): Promise<T> {
  return client.execute<T>(model, method, args, kwargs);
}

beforeAll(async () => {
  target = await openTarget();
  transport = new JsonRpcTransport(target.url);
  client = await adminClient(target, transport);
  setSession({ client, user: await currentUser(client) });
  [{ id: stock }] = await client.searchRead<{ id: number }>('stock.location', [['complete_name', '=', 'WH/Stock']], ['id']);
  shelf = await exec<number>('stock.location', 'create', [{ name: `Shelf F ${RUN_TAG}`, location_id: stock }]);
  const products = await exec<number[]>('product.product', 'create', [
    Array.from({ length: 10 }, (_, i) => ({ name: `Fn ${i}`, default_code: fn(i), barcode: `${BARCODE}${i}`, ...storable(client) })),
  ]);
  const quants = await exec<number[]>(
    'stock.quant',
    'create',
    [
      products.flatMap((id, i) => [
        { product_id: id, location_id: stock, inventory_quantity: 10 + i },
        { product_id: id, location_id: shelf, inventory_quantity: 1 },
      ]),
    ],
    { context: { inventory_mode: true } },
  );
  await exec('stock.quant', 'action_apply_inventory', [quants], { context: { inventory_mode: true } });
  stockSource.invalidate();
});

afterAll(async () => {
  setSession(null);
  await target?.close();
});

test('ONHAND by reference, barcode and id; a location includes its children', async () => {
  expect(await FUNCTIONS.ONHAND(fn(3))).toBe(14);
  expect(await FUNCTIONS.ONHAND(`${BARCODE}3`)).toBe(14);
  expect(await FUNCTIONS.ONHAND(fn(3), `WH/Stock/Shelf F ${RUN_TAG}`)).toBe(1);
  expect(await FUNCTIONS.ONHAND(fn(3), 'WH/Stock')).toBe(14);
  expect(await FUNCTIONS.ONHAND(fn(3), 'WH/Elsewhere')).toBe(0);
});

test('TRACKING, LOTS with its header row', async () => {
  expect(await FUNCTIONS.TRACKING(fn(1))).toBe('none');
  expect(await FUNCTIONS.LOTS(fn(1))).toEqual([['Lot/Serial', 'Location', 'Quantity', 'Expiration date']]);
});

test('an unknown product is #N/A with its name; a blank one is #VALUE!', async () => {
  await expect(FUNCTIONS.ONHAND('ACC-9999')).rejects.toMatchObject({ code: '#N/A', message: 'Unknown product: ACC-9999' });
  await expect(FUNCTIONS.ONHAND('')).rejects.toMatchObject({ code: '#VALUE!' });
  await expect(FUNCTIONS.ORIGINAL(fn(1), 'WH/Stock')).rejects.toMatchObject({ code: '#N/A', message: expect.stringMatching(/No zeroing of/) });
});

test('not signed in: #N/A asking to sign in', async () => {
  const source = new StockSource(() => null);
  await expect(answerOnHand(source, [{ product: fn(1) }])).rejects.toThrow(new CellError('#N/A', 'Sign in to Odoo in the task pane'));
});

test('1,000 ONHAND cells of one recalculation cost at most 2 Odoo reads', async () => {
  stockSource.invalidate();
  const before = transport.stats.calls;
  const cells = Array.from({ length: 1000 }, (_, i) => FUNCTIONS.ONHAND(fn(i % 10), i % 2 ? 'WH/Stock' : undefined));
  const values = await Promise.all(cells);
  expect(transport.stats.calls - before).toBeLessThanOrEqual(2);
  expect(values.slice(0, 4)).toEqual([11, 12, 13, 14]);
  // A second wave within the cache's life costs nothing.
  await Promise.all(Array.from({ length: 100 }, (_, i) => FUNCTIONS.ONHAND(fn(i % 10))));
  expect(transport.stats.calls - before).toBeLessThanOrEqual(2);
});

test('after a post, invalidating the cache shows the new quantity', async () => {
  expect(await FUNCTIONS.ONHAND(fn(0))).toBe(11);
  const [product] = await client.searchRead<{ id: number }>('product.product', [['default_code', '=', fn(0)]], ['id']);
  const ids = await exec<number[]>('stock.quant', 'create', [[{ product_id: product.id, location_id: stock, inventory_quantity: 25 }]], {
    context: { inventory_mode: true },
  });
  await exec('stock.quant', 'action_apply_inventory', [ids], { context: { inventory_mode: true } });
  expect(await FUNCTIONS.ONHAND(fn(0))).toBe(11);
  stockSource.invalidate();
  expect(await FUNCTIONS.ONHAND(fn(0))).toBe(26);
});
