// Expiration dates through the whole reassign, on a database with Odoo's Expiration Dates
// (product_expiry): a lot given a date in the Restore sheet gets it, a lot left blank gets
// Odoo's default (creation + the product's expiration time), a date for a product that does
// not use them is refused. And on a database without the module, any date is refused.
import { createProductsSheet } from '../../src/app/products-step';
import { pullQuants } from '../../src/app/pull-quants';
import { changeTracking } from '../../src/app/retrack-step';
import { createRestoreSheet, postRestore, validateRestoreSheet } from '../../src/app/restore-step';
import { currentRun } from '../../src/app/run-context';
import { postZeroing, prepareZeroing } from '../../src/app/zero-step';
import { LOTS_HEADER, answerLots } from '../../src/functions/answers';
import { StockSource } from '../../src/functions/stock-source';
import { OdooClient } from '../../src/odoo/client';
import { enableLotsSetting, expiryInfo, localDateOfOdooDatetime } from '../../src/odoo/inventory';
import { currentUser } from '../../src/odoo/reads';
import { ExcelSim, simRunner } from '../../src/workbench/excel-sim';
import { createProduct, locationId, setStock } from './fixtures';
import { ContractTarget, RUN_TAG, adminClient, openExpiryTarget, openTarget } from './target';

jest.setTimeout(300_000);

const letter = (i: number) => String.fromCharCode(65 + i);
const localDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('with Expiration Dates installed', () => {
  let target: ContractTarget | null;
  let client: OdooClient;
  const sim = new ExcelSim();
  const run = simRunner(sim);
  const ids: Record<string, number> = {};
  const tableRows = () => {
    const t = sim.tables().find((x) => x.name === 'Restore')!;
    return sim.getSheet('Restore').values(t.address.split('!')[1]);
  };
  const col = (header: string) => (tableRows()[0] as string[]).indexOf(header);

  beforeAll(async () => {
    target = await openExpiryTarget();
    if (!target) return;
    client = await adminClient(target);
    if (!(await currentUser(client)).hasLotsFeature) await enableLotsSetting(client);
    const stock = await locationId(client, 'WH/Stock');
    ids.MILK = await createProduct(client, 'X-MILK', { use_expiration_date: true, expiration_time: 30 });
    ids.YOGURT = await createProduct(client, 'X-YOGURT', { use_expiration_date: true, expiration_time: 10 });
    ids.SCAN = await createProduct(client, 'X-SCAN');
    await setStock(client, [
      { productId: ids.MILK, locationId: stock, quantity: 6 },
      { productId: ids.YOGURT, locationId: stock, quantity: 4 },
      { productId: ids.SCAN, locationId: stock, quantity: 1 },
    ]);
  });
  afterAll(async () => target?.close());

  test('zeroed, retracked, restored with one dated lot and one left to Odoo', async () => {
    if (!target) return console.warn('No ODOO_EXPIRY_DB on this real server: skipped.');
    const user = await currentUser(client);
    const productIds = Object.values(ids);
    const info = await expiryInfo(client, productIds);
    expect(info.installed).toBe(true);
    expect(info.products.get(ids.MILK)).toEqual({ uses: true, days: 30 });
    expect(info.products.get(ids.SCAN)).toEqual({ uses: false, days: 0 });

    await pullQuants(client, run, { productIds });
    await createProductsSheet(client, run);
    const products = sim.getSheet('Products').values('A1:Z40');
    const targetCol = (products[0] as string[]).indexOf('Target tracking');
    for (const [i, row] of products.entries()) {
      if (i === 0 || !String(row[0]).startsWith(RUN_TAG)) continue;
      await sim.userEdit('Products', `${letter(targetCol)}${i + 1}`, String(row[0]).endsWith('SCAN') ? 'serial' : 'lot');
    }
    const prepared = await prepareZeroing(client, run, user);
    await postZeroing(client, run, user, prepared);
    const { runRef, chosen } = await currentRun(client, run);
    await changeTracking(client, chosen);
    await createRestoreSheet(client, run, runRef, chosen);

    const rows = tableRows();
    const rowOf = (code: string) => rows.findIndex((r) => r[0] === `${RUN_TAG}-${code}`) + 1;
    const cell = (header: string, code: string) => `${letter(col(header))}${rowOf(code)}`;
    await sim.userEdit('Restore', cell('Lot/Serial', 'X-MILK'), `${RUN_TAG}-MILK-A`);
    await sim.userEdit('Restore', cell('Expiration date', 'X-MILK'), '2027-03-15');
    await sim.userEdit('Restore', cell('Lot/Serial', 'X-YOGURT'), `${RUN_TAG}-YOG-A`);
    await sim.userEdit('Restore', cell('Lot/Serial', 'X-SCAN'), `${RUN_TAG}-SN-1`);
    await sim.userEdit('Restore', cell('Expiration date', 'X-SCAN'), '2027-03-15');

    let checked = await validateRestoreSheet(client, run, runRef, chosen);
    expect(checked.validation.issues.map((i) => [i.cell, i.message])).toEqual([
      [`Restore!${cell('Expiration date', 'X-SCAN')}`, expect.stringMatching(/X-SCAN does not use expiration dates in Odoo/)],
    ]);
    await sim.userEdit('Restore', cell('Expiration date', 'X-SCAN'), '');
    checked = await validateRestoreSheet(client, run, runRef, chosen);
    expect(checked.validation.issues).toEqual([]);
    await postRestore(client, run, runRef, chosen, user.companyId);

    const lots = await client.searchRead<{ name: string; expiration_date: string | false }>(
      'stock.lot',
      [['product_id', 'in', productIds]],
      ['name', 'expiration_date'],
    );
    const dateOf = (name: string) => localDateOfOdooDatetime(lots.find((l) => l.name === name)?.expiration_date);
    expect(dateOf(`${RUN_TAG}-MILK-A`)).toBe('2027-03-15');
    const inTenDays = new Date(Date.now() + 10 * 86_400_000);
    expect([localDate(inTenDays), localDate(new Date(inTenDays.getTime() - 86_400_000))]).toContain(dateOf(`${RUN_TAG}-YOG-A`));
    expect(dateOf(`${RUN_TAG}-SN-1`)).toBeNull();
    // =ODOO.LOTS shows the date too
    const [answer] = await answerLots(new StockSource(() => client), [{ product: `${RUN_TAG}-X-MILK` }]);
    expect(answer).toEqual([LOTS_HEADER, [`${RUN_TAG}-MILK-A`, 'WH/Stock', 6, '2027-03-15']]);
  });
});

test('without Expiration Dates, the module is reported missing', async () => {
  const target = await openTarget();
  try {
    const client = await adminClient(target);
    const info = await expiryInfo(client, []);
    expect(info.installed).toBe(false);
    expect(info.products.size).toBe(0);
  } finally {
    await target.close();
  }
});
