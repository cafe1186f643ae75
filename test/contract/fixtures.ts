// Creates what the contract scenarios need through Odoo's own external API,
// exactly as on a real fresh database: products, locations, users and stock.
import { OdooClient } from '../../src/odoo/client';
import { RUN_TAG } from './target';

export async function xmlId(client: OdooClient, module: string, name: string): Promise<number> {
  const [row] = await client.searchRead<{ res_id: number }>(
    'ir.model.data',
    [
      ['module', '=', module],
      ['name', '=', name],
    ],
    ['res_id'],
  );
  if (!row) throw new Error(`No record ${module}.${name}`);
  return row.res_id;
}

export async function locationId(client: OdooClient, completeName: string): Promise<number> {
  const [row] = await client.searchRead<{ id: number }>('stock.location', [['complete_name', '=', completeName]], ['id']);
  if (!row) throw new Error(`No location ${completeName}`);
  return row.id;
}

export async function createShelf(client: OdooClient, parentId: number, name: string): Promise<number> {
  return client.execute<number>('stock.location', 'create', [{ name: `${name} ${RUN_TAG}`, location_id: parentId, usage: 'internal' }]);
}

/** Field values that make a product storable, per version (test data only; the add-in reads via the dialect). */
export function storable(client: OdooClient): Record<string, unknown> {
  return client.dialect.major >= 18 ? { type: 'consu', is_storable: true } : { detailed_type: 'product' };
}

/** A product counted in kg (19 has no purchase unit field any more). */
export async function inKg(client: OdooClient): Promise<Record<string, unknown>> {
  const [kg] = await client.searchRead<{ id: number }>('uom.uom', [['name', '=', 'kg']], ['id']);
  return client.dialect.major >= 19 ? { uom_id: kg.id } : { uom_id: kg.id, uom_po_id: kg.id };
}

/** Drop a pending count: 16 clears it with "set to zero", 17+ with "clear". */
export async function clearCounts(client: OdooClient, quantIds: number[]): Promise<void> {
  const method = client.dialect.major === 16 ? 'action_set_inventory_quantity_to_zero' : 'action_clear_inventory_quantity';
  await client.execute('stock.quant', method, [quantIds], { context: { inventory_mode: true } });
}

/** A storable product without tracking, in the dialect of the server's version. */
export async function createProduct(client: OdooClient, code: string, extra: Record<string, unknown> = {}): Promise<number> {
  return client.execute<number>('product.product', 'create', [{ name: `Contract ${code}`, default_code: `${RUN_TAG}-${code}`, ...storable(client), ...extra }]);
}

export interface StockLine {
  productId: number;
  locationId: number;
  quantity: number;
  packageId?: number;
  ownerId?: number;
  lotId?: number;
}

/** Set stock the way an inventory adjustment does: count in inventory mode, then apply. */
export async function setStock(client: OdooClient, lines: StockLine[], name = `Contract stock ${RUN_TAG}`): Promise<void> {
  const ids = await client.execute<number[]>(
    'stock.quant',
    'create',
    [
      lines.map((l) => ({
        product_id: l.productId,
        location_id: l.locationId,
        inventory_quantity: l.quantity,
        ...(l.packageId ? { package_id: l.packageId } : {}),
        ...(l.ownerId ? { owner_id: l.ownerId } : {}),
        ...(l.lotId ? { lot_id: l.lotId } : {}),
      })),
    ],
    { context: { inventory_mode: true } },
  );
  await client.execute('stock.quant', 'action_apply_inventory', [ids], { context: { inventory_mode: true, inventory_name: name } });
}

export async function createStockUser(client: OdooClient, login: string): Promise<void> {
  const groups = [await xmlId(client, 'base', 'group_user'), await xmlId(client, 'stock', 'group_stock_user')];
  const field = client.dialect.userGroups;
  await client.execute('res.users', 'create', [{ name: `Clerk ${login}`, login, password: login, [field]: [[6, 0, groups]] }]);
}
