// Test data for the bench, made through Odoo's external API with the fewest calls.
import { chunk } from '../src/core/batches';
import { OdooClient } from '../src/odoo/client';

export const TAG = `BN${Date.now().toString(36).toUpperCase()}`;
const IM = { context: { inventory_mode: true } };

export async function stockLocation(client: OdooClient): Promise<number> {
  const [row] = await client.searchRead<{ id: number }>('stock.location', [['complete_name', '=', 'WH/Stock']], ['id']);
  return row.id;
}

export async function makeLocations(client: OdooClient, parent: number, count: number, label: string): Promise<number[]> {
  return client.execute<number[]>('stock.location', 'create', [
    Array.from({ length: count }, (_, i) => ({ name: `${label} ${TAG} ${i}`, location_id: parent, usage: 'internal' })),
  ]);
}

export async function makeProducts(client: OdooClient, count: number, label: string): Promise<number[]> {
  const storable = client.dialect.major >= 18 ? { type: 'consu', is_storable: true } : { detailed_type: 'product' };
  const ids: number[] = [];
  for (const part of chunk(
    Array.from({ length: count }, (_, i) => i),
    500,
  )) {
    ids.push(
      ...(await client.execute<number[]>('product.product', 'create', [
        part.map((i) => ({ name: `${label} ${i}`, default_code: `${TAG}-${label}-${i}`, ...storable })),
      ])),
    );
  }
  return ids;
}

/** Counted and applied in batches of 1,000, like an opening inventory. */
export async function putStock(
  client: OdooClient,
  lines: { productId: number; locationId: number; quantity: number }[],
  name = `Bench stock ${TAG}`,
): Promise<void> {
  for (const part of chunk(lines, 1000)) {
    const ids = await client.execute<number[]>(
      'stock.quant',
      'create',
      [part.map((l) => ({ product_id: l.productId, location_id: l.locationId, inventory_quantity: l.quantity }))],
      IM,
    );
    await client.execute('stock.quant', 'action_apply_inventory', [ids], { context: { inventory_mode: true, inventory_name: name } });
  }
}

export async function quantIds(client: OdooClient, productIds: number[]): Promise<number[]> {
  return client.execute<number[]>(
    'stock.quant',
    'search',
    [
      [
        ['product_id', 'in', productIds],
        ['location_id.usage', '=', 'internal'],
        ['quantity', '>', 0],
      ],
    ],
    { order: 'id' },
  );
}

export async function templateOf(client: OdooClient, productId: number): Promise<number> {
  const [row] = await client.execute<{ product_tmpl_id: [number, string] }[]>('product.product', 'read', [[productId], ['product_tmpl_id']]);
  return row.product_tmpl_id[0];
}
