// What real inventory databases hold, through the whole reassign as the task pane runs it
// (strict in-memory Excel, sandbox or a real Odoo 16-19):
//   - a product with two variants: tracking is the template's, so both go through together;
//   - two companies: the same product's stock in each, lots made in each one's company;
//   - products whose tracking was switched while stock had no lots (Odoo's "inconsistent
//     records"): a serial product with stock in serials and without, a lot product likewise;
//   - a quant of 2.5 units refused for serials before anything is posted.
import { sessionFor } from '../../src/app/connect';
import { createProductsSheet } from '../../src/app/products-step';
import { pullQuants } from '../../src/app/pull-quants';
import { writeReport } from '../../src/app/report-step';
import { changeTracking } from '../../src/app/retrack-step';
import { createRestoreSheet, postRestore } from '../../src/app/restore-step';
import { currentRun } from '../../src/app/run-context';
import { postZeroing, prepareZeroing } from '../../src/app/zero-step';
import { OdooUser } from '../../src/core/model';
import { answerOnHand, answerTracking } from '../../src/functions/answers';
import { StockSource } from '../../src/functions/stock-source';
import { OdooClient } from '../../src/odoo/client';
import { enableLotsSetting } from '../../src/odoo/inventory';
import { readQuants } from '../../src/odoo/reads';
import { ExcelSim, simRunner } from '../../src/workbench/excel-sim';
import { createProduct, locationId, setStock, storable } from './fixtures';
import { ContractTarget, RUN_TAG, adminClient, openTarget } from './target';

jest.setTimeout(300_000);

let target: ContractTarget;
let client: OdooClient;
let user: OdooUser;
const ref = (code: string) => `${RUN_TAG}-${code}`;
const letter = (i: number) => String.fromCharCode(65 + i);

/** A fresh workbook per scenario, with its table helpers. */
function workbook() {
  const sim = new ExcelSim();
  const rows = (name: string) => {
    const t = sim.tables().find((x) => x.name === name)!;
    return sim.getSheet(name).values(t.address.split('!')[1]);
  };
  const col = (name: string, header: string) => (rows(name)[0] as string[]).indexOf(header);
  /** Set the target tracking of the Products rows whose reference passes `pick`. */
  const choose = async (pick: (reference: string) => string | null) => {
    const at = col('Products', 'Target tracking');
    for (const [i, row] of rows('Products').entries()) {
      const target = i > 0 ? pick(String(row[0])) : null;
      if (target) await sim.userEdit('Products', `${letter(at)}${i + 1}`, target);
    }
  };
  /** Paste names into the Restore sheet's Lot/Serial column, row by row, for rows passing `pick`. */
  const fill = async (pick: (row: unknown[]) => boolean, name: (row: unknown[], i: number) => string) => {
    const lot = col('Restore', 'Lot/Serial');
    let k = 0;
    for (const [i, row] of rows('Restore').entries()) if (i > 0 && pick(row)) await sim.userEdit('Restore', `${letter(lot)}${i + 1}`, name(row, k++));
  };
  return { sim, run: simRunner(sim), rows, col, choose, fill };
}

async function loose(productIds: number[]): Promise<number> {
  return (await readQuants(client, { productIds, withLot: false })).reduce((s, q) => s + q.quantity, 0);
}

beforeAll(async () => {
  target = await openTarget();
  client = await adminClient(target);
  ({ user } = await sessionFor(client));
  if (!user.hasLotsFeature) {
    await enableLotsSetting(client);
    ({ user } = await sessionFor(client));
  }
});

afterAll(async () => target?.close());

describe('a product with variants', () => {
  let variants: { id: number; code: string }[];
  let stock: number;
  const book = workbook();

  beforeAll(async () => {
    stock = await locationId(client, 'WH/Stock');
    const attribute = await client.execute<number>('product.attribute', 'create', [{ name: `Size ${RUN_TAG}`, create_variant: 'always' }]);
    const values = await client.execute<number[]>('product.attribute.value', 'create', [
      [
        { name: 'M', attribute_id: attribute },
        { name: 'L', attribute_id: attribute },
      ],
    ]);
    const template = await client.execute<number>('product.template', 'create', [
      { name: `Contract T-shirt ${RUN_TAG}`, ...storable(client), attribute_line_ids: [[0, 0, { attribute_id: attribute, value_ids: [[6, 0, values]] }]] },
    ]);
    const rows = await client.searchRead<{ id: number }>('product.product', [['product_tmpl_id', '=', template]], ['id'], { order: 'id' });
    variants = rows.map((r, i) => ({ id: r.id, code: ref(`TS-${'ML'[i]}`) }));
    for (const v of variants) await client.execute('product.product', 'write', [[v.id], { default_code: v.code }]);
    const shelf = await client.execute<number>('stock.location', 'create', [{ name: `Variants ${RUN_TAG}`, location_id: stock, usage: 'internal' }]);
    await setStock(client, [
      { productId: variants[0].id, locationId: stock, quantity: 3 },
      { productId: variants[1].id, locationId: stock, quantity: 2 },
      { productId: variants[1].id, locationId: shelf, quantity: 1 },
    ]);
  });

  test('choosing one variant lists both, per variant, with their template', async () => {
    await pullQuants(client, book.run, { productIds: [variants[0].id] });
    expect(await createProductsSheet(client, book.run)).toBe(2);
    const products = book.rows('Products');
    expect(products.slice(1).map((r) => [r[0], r[1], r[book.col('Products', 'Template')], r[book.col('Products', 'On hand')]])).toEqual([
      [variants[1].code, `Contract T-shirt ${RUN_TAG} (L)`, `Contract T-shirt ${RUN_TAG}`, 3],
      [variants[0].code, `Contract T-shirt ${RUN_TAG} (M)`, `Contract T-shirt ${RUN_TAG}`, 3],
    ]);
  });

  test('keeping the sibling out is refused, naming it, its quantity and its places; nothing is posted', async () => {
    await book.choose((code) => (code === variants[0].code ? 'serial' : null));
    const prepared = await prepareZeroing(client, book.run, user);
    const errors = prepared.issues.filter((i) => i.severity === 'error').map((i) => i.message);
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`\\[${variants[1].code}\\].*holds 3 Units without a lot \\(2 at WH/Stock, 1 at WH/Stock/Variants`)),
    ]);
    await expect(postZeroing(client, book.run, user, prepared)).rejects.toThrow(/Nothing was posted/);
    expect(await loose(variants.map((v) => v.id))).toBe(6);
  });

  test('with both chosen: zeroed together, tracked once, restored with serials, balanced', async () => {
    await book.choose(() => 'serial');
    const prepared = await prepareZeroing(client, book.run, user);
    expect(prepared.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(
      book
        .rows('Zeroing')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([variants[1].code, variants[1].code, variants[0].code]);
    await postZeroing(client, book.run, user, prepared);
    const { runRef, chosen } = await currentRun(client, book.run);
    const after = await changeTracking(client, chosen);
    expect(after.products.map((p) => p.tracking)).toEqual(['serial', 'serial']);
    expect(after.changed).toBe(2);
    await createRestoreSheet(client, book.run, runRef, chosen);
    await book.fill(
      () => true,
      (_row, k) => ref(`TSN-${k}`),
    );
    expect(await postRestore(client, book.run, runRef, chosen, user.companyId)).toMatchObject({ posted: 6 });
    expect(await loose(variants.map((v) => v.id))).toBe(0);
    const report = await writeReport(client, book.run, runRef, chosen);
    expect(report.balanced).toBe(true);
    expect(report.totals).toMatchObject({ original: 6, restored: 6, products: 2, lots: 6 });
  });

  test('=ODOO.ONHAND and =ODOO.TRACKING answer per variant; a reference two variants share is refused, not guessed', async () => {
    const source = new StockSource(() => client);
    expect(await answerOnHand(source, [{ product: variants[0].code }, { product: variants[1].code }])).toEqual([3, 3]);
    expect(await answerTracking(source, [{ product: variants[1].code }])).toEqual(['serial']);
    await client.execute('product.product', 'write', [[variants[1].id], { default_code: variants[0].code }]);
    const [shared] = await answerOnHand(new StockSource(() => client), [{ product: variants[0].code }]);
    expect(shared).toMatchObject({
      code: '#N/A',
      message: expect.stringMatching(new RegExp(`names 2 products: .*\\(M\\) \\(#${variants[0].id}\\), .*\\(L\\) \\(#${variants[1].id}\\)`)),
    });
    expect(await answerOnHand(new StockSource(() => client), [{ product: `#${variants[1].id}` }])).toEqual([3]);
  });
});

describe('two companies', () => {
  let north: { id: number; stock: number };
  let productId: number;
  const book = workbook();
  const SERIALS = ['A', 'B'].map((s) => ref(`CSN-${s}`));

  beforeAll(async () => {
    const company = await client.execute<number>('res.company', 'create', [{ name: `North ${RUN_TAG}` }]);
    await client.execute('res.users', 'write', [[client.uid], { company_ids: [[4, company]] }]);
    ({ user } = await sessionFor(client));
    // 16 and 17 make a new company's warehouse at once; on 18 and 19 the user adds it.
    const warehouse = async () =>
      (await client.searchRead<{ lot_stock_id: [number, string] }>('stock.warehouse', [['company_id', '=', company]], ['lot_stock_id']))[0];
    if (!(await warehouse())) await client.execute('stock.warehouse', 'create', [{ name: `North ${RUN_TAG}`, code: 'NRT', company_id: company }]);
    north = { id: company, stock: (await warehouse()).lot_stock_id[0] };
    productId = await createProduct(client, 'CO');
    await setStock(client, [
      { productId, locationId: await locationId(client, 'WH/Stock'), quantity: 2 },
      { productId, locationId: north.stock, quantity: 2 },
    ]);
  });

  test('the user sees the stock of both companies, each with its company', async () => {
    expect(user.companies.map((c) => c.id)).toContain(north.id);
    await pullQuants(client, book.run, { productIds: [productId] });
    const quants = book.rows('Quants');
    expect(quants.slice(1).map((r) => r[book.col('Quants', 'Company')])).toContain(`North ${RUN_TAG}`);
  });

  test('zeroed in both, restored with the same serial names in each company, each lot in its own company', async () => {
    await createProductsSheet(client, book.run);
    await book.choose((code) => (code === ref('CO') ? 'serial' : null));
    const prepared = await prepareZeroing(client, book.run, user);
    expect(prepared.issues.filter((i) => i.severity === 'error')).toEqual([]);
    await postZeroing(client, book.run, user, prepared);
    const { runRef, chosen } = await currentRun(client, book.run);
    await changeTracking(client, chosen);
    await createRestoreSheet(client, book.run, runRef, chosen);
    const company = book.col('Restore', 'Company');
    expect(
      new Set(
        book
          .rows('Restore')
          .slice(1)
          .map((r) => r[company]),
      ),
    ).toEqual(new Set([user.companies.find((c) => c.id === user.companyId)!.name, `North ${RUN_TAG}`]));
    // the same two names in each company: two lots per name, no duplicate
    await book.fill(
      () => true,
      (_row, k) => SERIALS[k % 2],
    );
    expect(await postRestore(client, book.run, runRef, chosen, user.companyId)).toMatchObject({ posted: 4, lotsCreated: 4 });
    const lots = await client.searchRead<{ name: string; company_id: [number, string] }>('stock.lot', [['product_id', '=', productId]], ['name', 'company_id']);
    expect(lots.map((l) => `${l.name}@${l.company_id[0]}`).sort()).toEqual(
      [...SERIALS.map((s) => `${s}@${user.companyId}`), ...SERIALS.map((s) => `${s}@${north.id}`)].sort(),
    );
    expect(await loose([productId])).toBe(0);
    const report = await writeReport(client, book.run, runRef, chosen);
    expect(report.balanced).toBe(true);
    // posting again changes nothing
    expect(await postRestore(client, book.run, runRef, chosen, user.companyId)).toMatchObject({ posted: 0, lotsCreated: 0 });
  });
});

describe('products already switched to tracking, with stock without lots', () => {
  const book = workbook();
  let serialProduct: number;
  let lotProduct: number;
  let stock: number;

  beforeAll(async () => {
    stock = await locationId(client, 'WH/Stock');
    serialProduct = await createProduct(client, 'AT-SN');
    lotProduct = await createProduct(client, 'AT-LOT');
    await setStock(client, [
      { productId: serialProduct, locationId: stock, quantity: 3 },
      { productId: lotProduct, locationId: stock, quantity: 4 },
    ]);
    // A manager switches tracking with stock on hand (Odoo only warns), then receives lotted stock.
    const templates = await client.execute<{ product_tmpl_id: [number, string] }[]>('product.product', 'read', [
      [serialProduct, lotProduct],
      ['product_tmpl_id'],
    ]);
    await client.execute('product.template', 'write', [[templates[0].product_tmpl_id[0]], { tracking: 'serial' }]);
    await client.execute('product.template', 'write', [[templates[1].product_tmpl_id[0]], { tracking: 'lot' }]);
    const [sn, lot] = await client.execute<number[]>('stock.lot', 'create', [
      [
        { name: ref('OLD-SN'), product_id: serialProduct, company_id: user.companyId },
        { name: ref('OLD-LOT'), product_id: lotProduct, company_id: user.companyId },
      ],
    ]);
    await setStock(client, [
      { productId: serialProduct, locationId: stock, quantity: 1, lotId: sn },
      { productId: lotProduct, locationId: stock, quantity: 10, lotId: lot },
    ]);
  });

  test('listed with their stock without lots, beside what is already in lots', async () => {
    await pullQuants(client, book.run, { productIds: [serialProduct, lotProduct] });
    expect(await createProductsSheet(client, book.run)).toBe(2);
    const onHand = book.col('Products', 'On hand');
    const inLots = book.col('Products', 'Already in lots');
    const tracking = book.col('Products', 'Current tracking');
    expect(
      book
        .rows('Products')
        .slice(1)
        .map((r) => [r[0], r[tracking], r[onHand], r[inLots]]),
    ).toEqual([
      [ref('AT-LOT'), 'lot', 4, 10],
      [ref('AT-SN'), 'serial', 3, 1],
    ]);
  });

  test('zeroing takes only the stock without lots; tracking is left alone; the restore adds to the lots', async () => {
    await book.choose((code) => (code === ref('AT-SN') ? 'serial' : 'lot'));
    const prepared = await prepareZeroing(client, book.run, user);
    expect(prepared.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(prepared.summary.quants).toBe(2);
    await postZeroing(client, book.run, user, prepared);
    const lotted = async () =>
      Object.fromEntries(
        (await readQuants(client, { productIds: [serialProduct, lotProduct], withLot: true })).filter((q) => q.quantity).map((q) => [q.lot!.name, q.quantity]),
      );
    expect(await lotted()).toEqual({ [ref('OLD-SN')]: 1, [ref('OLD-LOT')]: 10 });
    const { runRef, chosen } = await currentRun(client, book.run);
    const retracked = await changeTracking(client, chosen);
    expect(retracked.products.map((p) => p.tracking).sort()).toEqual(['lot', 'serial']);
    // both were tracked already: nothing switched, and the pane says so
    expect(retracked.changed).toBe(0);
    await createRestoreSheet(client, book.run, runRef, chosen);
    // the serial that already holds stock is refused: it would count one unit twice
    await book.fill(
      (row) => row[0] === ref('AT-SN'),
      (_row, k) => (k === 0 ? ref('OLD-SN') : ref(`NEW-SN-${k}`)),
    );
    await book.fill(
      (row) => row[0] === ref('AT-LOT'),
      () => ref('OLD-LOT'),
    );
    await expect(postRestore(client, book.run, runRef, chosen, user.companyId)).rejects.toThrow(/Nothing was posted/);
    await book.fill(
      (row) => row[0] === ref('AT-SN'),
      (_row, k) => ref(`NEW-SN-${k}`),
    );
    expect(await postRestore(client, book.run, runRef, chosen, user.companyId)).toMatchObject({ posted: 4 });
    expect(await lotted()).toEqual({
      [ref('OLD-SN')]: 1,
      [ref('NEW-SN-0')]: 1,
      [ref('NEW-SN-1')]: 1,
      [ref('NEW-SN-2')]: 1,
      [ref('OLD-LOT')]: 14,
    });
    expect(await loose([serialProduct, lotProduct])).toBe(0);
    const report = await writeReport(client, book.run, runRef, chosen);
    expect(report.balanced).toBe(true);
    expect(report.totals).toMatchObject({ original: 7, restored: 7 });
    // a resumed post finds everything in place: the lot's own 10 are not counted as the run's
    expect(await postRestore(client, book.run, runRef, chosen, user.companyId)).toMatchObject({ posted: 0 });
    expect(await lotted()).toMatchObject({ [ref('OLD-LOT')]: 14 });
  });
});

test('a quant of 2.5 units is refused for serials before anything is posted, naming the product and place', async () => {
  const book = workbook();
  const productId = await createProduct(client, 'HALF');
  await setStock(client, [{ productId, locationId: await locationId(client, 'WH/Stock'), quantity: 2.5 }]);
  await pullQuants(client, book.run, { productIds: [productId] });
  await createProductsSheet(client, book.run);
  await book.choose(() => 'serial');
  const prepared = await prepareZeroing(client, book.run, user);
  expect(prepared.issues.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([
    expect.stringMatching(new RegExp(`\\[${ref('HALF')}\\] .* has 2.5 Units at WH/Stock: a serial number counts one whole unit`)),
  ]);
  await expect(postZeroing(client, book.run, user, prepared)).rejects.toThrow(/Nothing was posted/);
  expect(await loose([productId])).toBe(2.5);
});
