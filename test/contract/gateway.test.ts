// The Odoo gateway against the sandbox or a real Odoo 17: the same assertions pass on both.
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { OdooClient, listDatabases, serverInfo } from '../../src/odoo/client';
import { OdooError } from '../../src/odoo/errors';
import { currentUser, internalLocations, productsByIds, readQuants, searchProducts } from '../../src/odoo/reads';
import { JsonRpcTransport } from '../../src/odoo/transport';
import { clearCounts, createProduct, createShelf, createStockUser, inKg, locationId, setStock } from './fixtures';
import { ContractTarget, RUN_TAG, adminClient, openTarget } from './target';

jest.setTimeout(120_000);

let target: ContractTarget;
let admin: OdooClient;
let stock: number;
let shelf: number;
let widget: number;
let flour: number;
let packageId: number;
let ownerId: number;

beforeAll(async () => {
  target = await openTarget();
  admin = await adminClient(target);
  stock = await locationId(admin, 'WH/Stock');
  shelf = await createShelf(admin, stock, 'Shelf');
  widget = await createProduct(admin, 'WIDGET');
  flour = await createProduct(admin, 'FLOUR', await inKg(admin));
  packageId = await admin.execute<number>(admin.dialect.packageModel, 'create', [{ name: `PACK-${RUN_TAG}` }]);
  ownerId = await admin.execute<number>('res.partner', 'create', [{ name: `Owner ${RUN_TAG}` }]);
  await setStock(admin, [
    { productId: widget, locationId: stock, quantity: 40 },
    { productId: widget, locationId: shelf, quantity: 12 },
    { productId: widget, locationId: shelf, quantity: 5, packageId },
    { productId: widget, locationId: stock, quantity: 3, ownerId },
    { productId: flour, locationId: shelf, quantity: 12.35 },
  ]);
});

afterAll(async () => target?.close());

describe('connecting', () => {
  test('reads the server version and picks the dialect', async () => {
    const info = await serverInfo(new JsonRpcTransport(target.url));
    expect(info.major).toBe(target.sandboxMajor ?? Number(process.env.ODOO_MAJOR ?? info.major));
    expect(info.version).toMatch(new RegExp(`^${info.major}\\.0`));
    expect(admin.dialect.major).toBe(info.major);
    expect(admin.dialect.moveLineQuantity).toBe(info.major === 16 ? 'qty_done' : 'quantity');
  });

  test('19 with an API key speaks JSON-2; a password, or an older Odoo, speaks /jsonrpc; a key is bound to its login', async () => {
    const viaPassword = await OdooClient.connect(new JsonRpcTransport(target.url), { db: target.db, login: target.login, secret: target.password });
    expect(viaPassword.api).toBe('jsonrpc');
    expect(admin.api).toBe(admin.dialect.major >= 19 && target.apiKey ? 'json2' : 'jsonrpc');
    const [me] = await admin.execute<{ login: string }[]>('res.users', 'read', [[admin.uid], ['login']]);
    expect(me.login).toBe(target.login);
    expect(viaPassword.uid).toBe(admin.uid);
    if (admin.api === 'json2') {
      const stranger = OdooClient.connect(new JsonRpcTransport(target.url), { db: target.db, login: 'someone-else', secret: target.apiKey! });
      await expect(stranger).rejects.toThrow(`This API key belongs to "${target.login}", not to "someone-else".`);
      // one dict in, one id out, as execute_kw answers (JSON-2 itself answers a list)
      const partner = await admin.execute<number>('res.partner', 'create', [{ name: `JSON-2 ${RUN_TAG}` }]);
      expect(typeof partner).toBe('number');
    }
  });

  test('lists the database', async () => {
    expect(await listDatabases(new JsonRpcTransport(target.url))).toContain(target.db);
  });

  test('a wrong password is refused with a clear message', async () => {
    const attempt = OdooClient.connect(new JsonRpcTransport(target.url), { db: target.db, login: target.login, secret: 'not-the-password' });
    await expect(attempt).rejects.toMatchObject({ kind: 'denied' });
    await expect(attempt).rejects.toThrow(/Wrong login, password or API key/);
  });

  test('the administrator is a stock manager and an administrator', async () => {
    const user = await currentUser(admin);
    expect(user).toMatchObject({ id: admin.uid, isStockUser: true, isStockManager: true, isAdmin: true });
  });

  test('a stock user is not a manager', async () => {
    const login = `clerk-${RUN_TAG.toLowerCase()}`;
    await createStockUser(admin, login);
    const clerk = await OdooClient.connect(new JsonRpcTransport(target.url), { db: target.db, login, secret: login });
    expect(await currentUser(clerk)).toMatchObject({ isStockUser: true, isStockManager: false, isAdmin: false });
  });
});

describe('reading products, locations and quants', () => {
  test('finds products by reference, text and id, with their unit of measure', async () => {
    const byRef = await searchProducts(admin, { references: [`${RUN_TAG}-WIDGET`, `${RUN_TAG}-FLOUR`] });
    expect(byRef.map((p) => p.reference).sort()).toEqual([`${RUN_TAG}-FLOUR`, `${RUN_TAG}-WIDGET`]);
    const flourProduct = byRef.find((p) => p.id === flour)!;
    expect(flourProduct).toMatchObject({ tracking: 'none', storable: true, active: true });
    expect(flourProduct.uom).toMatchObject({ name: 'kg', rounding: 0.01 });
    const byText = await searchProducts(admin, { text: `${RUN_TAG}-WID` });
    expect(byText.map((p) => p.id)).toEqual([widget]);
    expect((await productsByIds(admin, [widget]))[0].uom.rounding).toBe(0.01);
  });

  test('lists internal locations with their full names', async () => {
    const locations = await internalLocations(admin);
    expect(locations.find((l) => l.id === stock)).toMatchObject({ name: 'WH/Stock', usage: 'internal' });
    expect(locations.find((l) => l.id === shelf)).toMatchObject({ name: `WH/Stock/Shelf ${RUN_TAG}`, parentId: stock });
  });

  test('reads every quant with location, package, owner and decimal quantities', async () => {
    const quants = await readQuants(admin, { productIds: [widget, flour] });
    const summary = quants
      .filter((q) => q.quantity !== 0)
      .map((q) => [q.product.id, q.location.name, q.package?.name ?? '', q.owner?.name ?? '', q.quantity])
      .sort((a, b) => String(a).localeCompare(String(b)));
    expect(summary).toEqual(
      [
        [widget, 'WH/Stock', '', '', 40],
        [widget, 'WH/Stock', '', `Owner ${RUN_TAG}`, 3],
        [widget, `WH/Stock/Shelf ${RUN_TAG}`, '', '', 12],
        [widget, `WH/Stock/Shelf ${RUN_TAG}`, `PACK-${RUN_TAG}`, '', 5],
        [flour, `WH/Stock/Shelf ${RUN_TAG}`, '', '', 12.35],
      ].sort((a, b) => String(a).localeCompare(String(b))),
    );
    expect(quants.every((q) => q.pendingCount === null && q.reserved === 0)).toBe(true);
  });

  test('a location includes its children; pages keyed on id give the same quants', async () => {
    const onShelf = await readQuants(admin, { productIds: [widget, flour], locationIds: [shelf] });
    expect(onShelf.map((q) => q.quantity).sort()).toEqual([12, 12.35, 5].sort());
    const underStock = await readQuants(admin, { productIds: [widget], locationIds: [stock] });
    expect(underStock).toHaveLength(4);
    const paged = await readQuants(admin, { productIds: [widget, flour] }, { pageSize: 2 });
    const whole = await readQuants(admin, { productIds: [widget, flour] });
    expect(paged.map((q) => q.id)).toEqual(whole.map((q) => q.id));
  });

  test('reports progress with the total', async () => {
    const seen: number[] = [];
    await readQuants(admin, { productIds: [widget] }, { pageSize: 2, onProgress: (p) => seen.push(p.done) });
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(4);
  });
});

describe("Odoo's errors reach the user in Odoo's words", () => {
  test('a restricted inventory-mode create', async () => {
    const attempt = admin.execute('stock.quant', 'create', [{ product_id: widget, location_id: stock, inventory_quantity: 1, company_id: 1 }], {
      context: { inventory_mode: true },
    });
    await expect(attempt).rejects.toBeInstanceOf(OdooError);
    await expect(attempt).rejects.toMatchObject({
      kind: 'user',
      odooName: 'odoo.exceptions.UserError',
      odooMessage: "Quant's creation is restricted, you can't do this operation.",
    });
  });

  test('a stock user may count; only 16 and 17 refuse the apply; nobody but managers change a product', async () => {
    const login = `clerk2-${RUN_TAG.toLowerCase()}`;
    await createStockUser(admin, login);
    const clerk = await OdooClient.connect(new JsonRpcTransport(target.url), { db: target.db, login, secret: login });
    const [quantId] = await clerk.execute<number[]>('stock.quant', 'create', [[{ product_id: widget, location_id: stock, inventory_quantity: 41 }]], {
      context: { inventory_mode: true },
    });
    if (clerk.dialect.major <= 17) {
      const apply = clerk.execute('stock.quant', 'action_apply_inventory', [[quantId]], { context: { inventory_mode: true } });
      await expect(apply).rejects.toMatchObject({ kind: 'user', odooMessage: 'Only a stock manager can validate an inventory adjustment.' });
    }
    const [templateId] = (await admin.execute<{ product_tmpl_id: [number, string] }[]>('product.product', 'read', [[widget], ['product_tmpl_id']]))[0]
      .product_tmpl_id;
    const write = clerk.execute('product.template', 'write', [[templateId], { tracking: 'lot' }]);
    await expect(write).rejects.toMatchObject({ kind: 'access' });
    await expect(write).rejects.toThrow(/You are not allowed to modify 'Product' \(product.template\) records/);
    // Leave no pending count behind for the other scenarios.
    await clearCounts(admin, [quantId]);
  });

  test('an unknown model and a private method', async () => {
    // JSON-RPC's words, or JSON-2's (Odoo 19 signed in with an API key)
    const unknown = admin.api === 'json2' ? "the model 'no.such.model' does not exist" : "Object no.such.model doesn't exist";
    await expect(admin.execute('no.such.model', 'search_read', [[]])).rejects.toMatchObject({ odooMessage: unknown });
    await expect(admin.execute('stock.quant', '_apply_inventory', [[1]])).rejects.toMatchObject({
      kind: 'access',
      // 18 and later name the model too.
      odooMessage: expect.stringMatching(/^Private methods \(such as '?(stock\.quant\.)?_apply_inventory'?\) cannot be called remotely\.$/),
    });
  });

  test('a method that returns nothing answers null, and the move carries the adjustment name', async () => {
    const [quantId] = await admin.execute<number[]>('stock.quant', 'create', [[{ product_id: widget, location_id: stock, inventory_quantity: 41 }]], {
      context: { inventory_mode: true },
    });
    const result = await admin.execute('stock.quant', 'action_apply_inventory', [[quantId]], {
      context: { inventory_mode: true, inventory_name: `Contract +1 ${RUN_TAG}` },
    });
    expect(result).toBeNull();
    const qty = admin.dialect.moveLineQuantity;
    const lines = await admin.searchRead<Record<string, unknown> & { reference: string; location_dest_id: [number, string] }>(
      'stock.move.line',
      [
        ['product_id', '=', widget],
        ['is_inventory', '=', true],
        ['state', '=', 'done'],
        ['reference', 'like', `Contract +1 ${RUN_TAG}`],
      ],
      ['reference', qty, 'location_dest_id'],
    );
    expect(lines).toHaveLength(1);
    // 17 and 18 append the counting user's name; 16 and 19 do not (seen on real servers).
    expect(lines[0].reference).toMatch(new RegExp(`^Contract \\+1 ${RUN_TAG}( \\(Administrator\\))?$`));
    expect(lines[0][qty]).toBe(1);
    expect(lines[0].location_dest_id[1]).toBe('WH/Stock');
  });

  test('cancellation and timeouts are reported as such, and nothing is sent after a cancel', async () => {
    const transport = new JsonRpcTransport(target.url);
    const controller = new AbortController();
    controller.abort();
    await expect(transport.call('common', 'version', [], { signal: controller.signal })).rejects.toMatchObject({ kind: 'cancelled' });
    expect(transport.stats.calls).toBe(0);
    // A peer that takes the request and never answers: a 1 ms timeout against Odoo itself was a race
    // that a quick local answer could win (seen once in CI), so the timeout is proven where it must fire.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const hanging = new JsonRpcTransport(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`);
      await expect(hanging.call('common', 'version', [], { timeoutMs: 200 })).rejects.toMatchObject({ kind: 'timeout' });
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
