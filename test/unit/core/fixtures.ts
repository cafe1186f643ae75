import { MoveLine, Product, Quant, Tracking } from '../../../src/core/model';
import { OriginalLine, lineKey } from '../../../src/core/originals';

export function product(id: number, reference: string, tracking: Tracking = 'none', rounding = 0.01, uom = 'Units'): Product {
  return {
    id,
    templateId: id + 100,
    templateName: `Product ${reference}`,
    variantCount: 1,
    reference,
    name: `Product ${reference}`,
    barcode: '',
    tracking,
    storable: true,
    active: true,
    uom: { id: 1, name: uom, rounding },
    cost: 2,
    company: null,
  };
}

let nextLine = 1;
export function move(
  productId: number,
  from: [number, string, string],
  to: [number, string, string],
  quantity: number,
  reference: string,
  extra: Partial<MoveLine> = {},
): MoveLine {
  return {
    id: nextLine++,
    product: { id: productId, name: `P${productId}` },
    from: { id: from[0], name: from[1], usage: from[2] as MoveLine['from']['usage'] },
    to: { id: to[0], name: to[1], usage: to[2] as MoveLine['to']['usage'] },
    quantity,
    lot: null,
    package: null,
    resultPackage: null,
    owner: null,
    company: null,
    reference,
    date: '2026-11-23 10:00:00',
    isInventory: true,
    user: 'Administrator',
    ...extra,
  };
}

export const STOCK: [number, string, string] = [8, 'WH/Stock', 'internal'];
export const SHELF: [number, string, string] = [21, 'WH/Stock/Shelf 1', 'internal'];
export const LOSS: [number, string, string] = [14, 'Virtual Locations/Inventory adjustment', 'inventory'];

let nextQuant = 1;
export function quant(productId: number, location: { id: number; name: string }, quantity: number, extra: Partial<Quant> = {}): Quant {
  return {
    id: nextQuant++,
    product: { id: productId, name: `P${productId}` },
    location,
    company: null,
    lot: null,
    package: null,
    owner: null,
    quantity,
    reserved: 0,
    pendingCount: null,
    uom: { id: 1, name: 'Units' },
    ...extra,
  };
}

/** An original line of `quantity` at WH/Stock (id 8), as history recovery gives it, with one zeroing move as evidence. */
export function originalAtStock(productId: number, quantity: number, reference = 'z'): OriginalLine {
  return {
    key: lineKey(productId, 8, null, null),
    productId,
    location: { id: 8, name: 'WH/Stock' },
    package: null,
    owner: null,
    company: null,
    quantity,
    evidence: { references: [reference], dates: ['2026-11-23 10:00:00'], moveLineIds: [1] },
  };
}
