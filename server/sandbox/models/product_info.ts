// The few product facts the stock code asks for again and again (tracking, type,
// unit, rounding), cached until a product, template or unit changes. Applying
// 10,000 counts asks them ~100,000 times.
import type { Env } from '../orm/env';
import type { Registry } from '../orm/registry';
import { isStorable } from './product';

export interface ProductInfo {
  tracking: string;
  type: string;
  /** Storable in the version played: detailed_type 'product' until 17, is_storable from 18. */
  storable: boolean;
  uom: number;
  rounding: number;
}

const caches = new WeakMap<Registry, { key: string; map: Map<number, ProductInfo> }>();

export function productInfo(env: Env, productId: number): ProductInfo {
  const store = env.registry.store;
  const key = `${store.table('product.product').generation}:${store.table('product.template').generation}:${store.table('uom.uom').generation}`;
  let cache = caches.get(env.registry);
  if (!cache || cache.key !== key) caches.set(env.registry, (cache = { key, map: new Map() }));
  let info = cache.map.get(productId);
  if (!info) {
    const products = env.model('product.product');
    const row = products.table.get(productId)!;
    const uom = products.value(env, row, 'uom_id') as number;
    info = {
      tracking: products.value(env, row, 'tracking') as string,
      type: products.value(env, row, 'type') as string,
      storable: isStorable(env, products, row),
      uom,
      rounding: (store.table('uom.uom').get(uom)?.rounding as number) ?? 0.01,
    };
    cache.map.set(productId, info);
  }
  return info;
}
