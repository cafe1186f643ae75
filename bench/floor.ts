// The floor: the same Odoo work done by the minimal batched sequence of raw calls, with
// no add-in around it (no reads back, no validation, no sheet), and the one-call-per-line client.
import { chunk } from '../src/core/batches';
import { OdooClient } from '../src/odoo/client';
import { QUANT_FIELDS } from '../src/odoo/records';

const IM = { context: { inventory_mode: true } };

export async function floorZero(client: OdooClient, quantIds: number[], name: string): Promise<void> {
  for (const part of chunk(quantIds, 1000)) {
    await client.execute('stock.quant', 'write', [part, { inventory_quantity: 0, inventory_quantity_set: true }], IM);
    await client.execute('stock.quant', 'action_apply_inventory', [part], { context: { inventory_mode: true, inventory_name: name } });
  }
}

export async function floorRestore(
  client: OdooClient,
  productId: number,
  locationId: number,
  serials: string[],
  companyId: number,
  name: string,
): Promise<void> {
  for (const part of chunk(serials, 1000)) {
    const lotIds = await client.execute<number[]>('stock.lot', 'create', [part.map((s) => ({ name: s, product_id: productId, company_id: companyId }))]);
    const quantIds = await client.execute<number[]>(
      'stock.quant',
      'create',
      [lotIds.map((lot) => ({ product_id: productId, location_id: locationId, lot_id: lot, inventory_quantity: 1 }))],
      IM,
    );
    await client.execute('stock.quant', 'action_apply_inventory', [quantIds], { context: { inventory_mode: true, inventory_name: name } });
  }
}

/** What a naive client does: three calls for every serial. */
export async function perLineRestore(
  client: OdooClient,
  productId: number,
  locationId: number,
  serials: string[],
  companyId: number,
  name: string,
): Promise<void> {
  for (const serial of serials) {
    const lotId = await client.execute<number>('stock.lot', 'create', [{ name: serial, product_id: productId, company_id: companyId }]);
    const quantId = await client.execute<number>(
      'stock.quant',
      'create',
      [{ product_id: productId, location_id: locationId, lot_id: lotId, inventory_quantity: 1 }],
      IM,
    );
    await client.execute('stock.quant', 'action_apply_inventory', [[quantId]], { context: { inventory_mode: true, inventory_name: name } });
  }
}

export async function floorPull(client: OdooClient, productIds: number[]): Promise<number> {
  const rows = await client.searchRead(
    'stock.quant',
    [
      ['product_id', 'in', productIds],
      ['location_id.usage', '=', 'internal'],
    ],
    QUANT_FIELDS,
  );
  return rows.length;
}
