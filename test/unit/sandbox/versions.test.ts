// The sandbox plays each supported Odoo version as the real servers answered
// (16.0, 17.0, 18.0-20250925, 19.0-20260402 were run on this project's machine).
import { SandboxOdoo, SANDBOX_VERSIONS, SandboxVersion, parseSandboxVersion, startSandboxServer } from '../../../server/sandbox';
import { INVENTORY, Rpc } from './helpers';

const rpcFor = (version: SandboxVersion) => new Rpc(new SandboxOdoo({ version, seed: 'empty' }));

describe.each(SANDBOX_VERSIONS)('Odoo %s', (version) => {
  const rpc = rpcFor(version);
  const major = Number(version.slice(0, 2));

  test('version and field names', () => {
    expect((rpc.raw('common', 'version', []).result as { server_version_info: unknown[] }).server_version_info[0]).toBe(major);
    const productFields = Object.keys(rpc.call<Record<string, unknown>>('product.product', 'fields_get', [], { attributes: ['type'] }));
    expect(productFields.includes('detailed_type')).toBe(major <= 17);
    expect(productFields.includes('is_storable')).toBe(major >= 18);
    expect(productFields.includes('uom_po_id')).toBe(major <= 18);
    const lineFields = Object.keys(rpc.call<Record<string, unknown>>('stock.move.line', 'fields_get', [], { attributes: ['type'] }));
    expect(lineFields.includes('qty_done')).toBe(major === 16);
    expect(lineFields.includes('quantity')).toBe(major >= 17);
    const userFields = Object.keys(rpc.call<Record<string, unknown>>('res.users', 'fields_get', [], { attributes: ['type'] }));
    expect(userFields.includes('group_ids')).toBe(major >= 19);
    expect(userFields.includes('groups_id')).toBe(major <= 18);
    const packages = major >= 19 ? 'stock.package' : 'stock.quant.package';
    expect(rpc.call<number>(packages, 'search_count', [[]])).toBe(0);
  });

  test('has_group: on the model until 17, on a record from 18', () => {
    const reply = rpc.reply('res.users', 'has_group', major <= 17 ? ['stock.group_stock_manager'] : [[2], 'stock.group_stock_manager']);
    expect(reply.result).toBe(true);
  });

  test('errors: the envelope code and the private-method words', () => {
    const reply = rpc.reply('stock.quant', '_apply_inventory', [[1]]);
    expect(reply.error?.code).toBe(major >= 19 ? 0 : 200);
    expect(reply.error?.data.message).toBe(
      major >= 18
        ? "Private methods (such as 'stock.quant._apply_inventory') cannot be called remotely."
        : 'Private methods (such as _apply_inventory) cannot be called remotely.',
    );
  });

  test("a count's reference, and the clear method 16 lacks", () => {
    const storable = major >= 18 ? { type: 'consu', is_storable: true } : { detailed_type: 'product' };
    const product = rpc.call<number>('product.product', 'create', [{ name: 'P', ...storable }]);
    const [quant] = rpc.call<number[]>('stock.quant', 'create', [[{ product_id: product, location_id: 8, inventory_quantity: 3 }]], INVENTORY);
    rpc.call('stock.quant', 'action_apply_inventory', [[quant]], { context: { inventory_mode: true, inventory_name: 'Count' } });
    const qty = major === 16 ? 'qty_done' : 'quantity';
    const [line] = rpc.searchRead<Record<string, unknown>>('stock.move.line', [['product_id', '=', product]], ['reference', qty]);
    expect(line[qty]).toBe(3);
    expect(line.reference).toBe(major === 17 || major === 18 ? 'Count (Administrator)' : 'Count');
    expect(rpc.reply('stock.quant', 'action_clear_inventory_quantity', [[quant]]).error !== undefined).toBe(major === 16);
  });

  test("companies: _check_company's words, lots without company and their rule", () => {
    const own = rpcFor(version);
    const storable = major >= 18 ? { type: 'consu', is_storable: true } : { detailed_type: 'product' };
    const north = own.call<number>('res.company', 'create', [{ name: 'North' }]);
    const product = own.call<number>('product.product', 'create', [{ name: 'P', default_code: 'P', tracking: 'lot', company_id: north, ...storable }]);
    const message = own.error('stock.lot', 'create', [{ name: 'L', product_id: product, company_id: 1 }]).message;
    expect(message).toBe(
      {
        16: "Incompatible companies on records:\n- 'L' belongs to company 'My Company' and 'Product' (product_id: '[P] P') belongs to another company.",
        17: "Incompatible companies on records:\n- 'L' belongs to company 'My Company' and 'Product' (product_id: '[P] P') belongs to another company.",
        18: "Incompatible companies on records:\n- “L” belongs to company “My Company” and “Product” (product_id: '[P] P') belongs to another company.",
        19: "Uh-oh! You’ve got some company inconsistencies here:\n- “L” belongs to company “My Company” while “Product” (product_id: '[P] P') belongs to another company.\nTo avoid a mess, no company crossover is allowed!",
      }[major],
    );
    // a lot without company: refused (required) until 17; from 18 allowed and seen from any company
    const shared = own.call<number>('product.product', 'create', [{ name: 'S', tracking: 'lot', ...storable }]);
    const reply = own.reply('stock.lot', 'create', [{ name: 'N', product_id: shared, company_id: false }]);
    expect(reply.error === undefined).toBe(major >= 18);
    if (major >= 18) expect(own.call('stock.lot', 'search_count', [[['name', '=', 'N']]], { context: { allowed_company_ids: [north] } })).toBe(1);
  });
});

test('ODOO_SANDBOX_VERSION accepts 16 or 16.0, defaults to 17.0 and refuses others', () => {
  expect(parseSandboxVersion(undefined)).toBe('17.0');
  expect(parseSandboxVersion('16')).toBe('16.0');
  expect(parseSandboxVersion('19.0')).toBe('19.0');
  expect(() => parseSandboxVersion('15')).toThrow(/plays Odoo 16.0, 17.0, 18.0, 19.0, not "15"/);
});

test('JSON-2 is served by 19 only, with bearer API keys', async () => {
  for (const version of ['18.0', '19.0'] as const) {
    const server = await startSandboxServer({ version, seed: 'empty' });
    const post = (key: string) =>
      fetch(`${server.url}/json/2/res.users/context_get`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `bearer ${key}` },
        body: '{}',
      });
    try {
      const good = await post('sandbox-admin-api-key');
      if (version === '18.0') expect(good.status).toBe(404);
      else {
        expect(good.status).toBe(200);
        expect(await good.json()).toMatchObject({ uid: 2 });
        const bad = await post('wrong');
        expect(bad.status).toBe(401);
        expect(bad.headers.get('www-authenticate')).toBe('Bearer');
        expect(await bad.json()).toMatchObject({ name: 'werkzeug.exceptions.Unauthorized', message: 'Invalid apikey' });
      }
    } finally {
      await server.close();
    }
  }
});
