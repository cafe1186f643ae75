// What the custom functions read from Odoo, gathered per recalculation and cached
// briefly, so 1,000 cells cost one product read and one quant read, not 1,000 calls.
import { Product, Quant } from '../core/model';
import { ProductArg, findProduct, parseProductArg } from '../core/onhand';
import { recoverOriginals } from '../core/recovery';
import { OdooClient } from '../odoo/client';
import { expiryInfo, inventoryHistory } from '../odoo/inventory';
import { readQuants, searchProducts } from '../odoo/reads';
import { CellError } from './function-errors';
import { _t } from '../core/words/translate';

/** Long enough to serve one recalculation wave, short enough to stay fresh. */
export const CACHE_MS = 15_000;
/** A cell never waits on Odoo longer than this: it shows an error instead of #BUSY!. */
export const FUNCTION_TIMEOUT_MS = 30_000;

interface Entry<T> {
  at: number;
  value: Promise<T>;
}

export class StockSource {
  private products = new Map<string, Entry<Product | CellError | null>>();
  private quants = new Map<number, Entry<Quant[]>>();
  private originals = new Map<number, Entry<ReturnType<typeof recoverOriginals>>>();
  private expirations = new Map<number, Entry<Map<string, string | null>>>();

  constructor(
    private readonly client: () => OdooClient | null,
    private readonly now: () => number = Date.now,
  ) {}

  /** Drop everything cached: the Refresh button, and every post the add-in makes. */
  invalidate(): void {
    this.products.clear();
    this.quants.clear();
    this.originals.clear();
    this.expirations.clear();
  }

  private connected(): OdooClient {
    const client = this.client();
    if (!client) throw new CellError('#N/A', _t('Sign in to Odoo in the task pane'));
    return client;
  }

  private fresh<K, T>(cache: Map<K, Entry<T>>, key: K): Promise<T> | undefined {
    const hit = cache.get(key);
    return hit && this.now() - hit.at < CACHE_MS ? hit.value : undefined;
  }

  /** Resolve product arguments with one read for all those not cached. */
  async resolveProducts(args: readonly unknown[]): Promise<(Product | CellError)[]> {
    const client = this.connected();
    const parsed: (ProductArg | CellError)[] = args.map((a) => {
      try {
        return parseProductArg(a);
      } catch (error) {
        return new CellError('#VALUE!', (error as Error).message);
      }
    });
    const keyOf = (p: ProductArg) => (p.kind === 'id' ? `#${p.id}` : p.code);
    const missing = parsed.filter((p): p is ProductArg => !(p instanceof CellError) && !this.fresh(this.products, keyOf(p)));
    if (missing.length) {
      const codes = [...new Set(missing.flatMap((p) => (p.kind === 'code' ? [p.code] : [])))];
      const ids = [...new Set(missing.flatMap((p) => (p.kind === 'id' ? [p.id] : [])))];
      const read = searchProducts(client, { anyOf: { codes, ids }, withoutUoms: true }, AbortSignal.timeout(FUNCTION_TIMEOUT_MS));
      for (const p of missing) {
        this.products.set(keyOf(p), { at: this.now(), value: read.then((found) => toProductOrError(p, findProduct(p, found))) });
      }
    }
    return Promise.all(
      parsed.map(async (p) => {
        if (p instanceof CellError) return p;
        return (await this.fresh(this.products, keyOf(p))!) ?? new CellError('#N/A', _t('Unknown product: {product}', { product: keyOf(p) }));
      }),
    );
  }

  /** Internal quants of these products, one read for all those not cached. */
  async quantsOf(productIds: readonly number[]): Promise<Map<number, Quant[]>> {
    const client = this.connected();
    const missing = [...new Set(productIds)].filter((id) => !this.fresh(this.quants, id));
    if (missing.length) {
      const read = readQuants(client, { productIds: missing }, { withoutCount: true, signal: AbortSignal.timeout(FUNCTION_TIMEOUT_MS) });
      for (const id of missing) this.quants.set(id, { at: this.now(), value: read.then((all) => all.filter((q) => q.product.id === id)) });
    }
    const result = new Map<number, Quant[]>();
    for (const id of new Set(productIds)) result.set(id, await this.fresh(this.quants, id)!);
    return result;
  }

  /** Expiration date ("YYYY-MM-DD" or null) of each lot of these products, by `lotKey` (product, company, name); empty without Expiration Dates. */
  async expirationsOf(productIds: readonly number[]): Promise<Map<number, Map<string, string | null>>> {
    const client = this.connected();
    const missing = [...new Set(productIds)].filter((id) => !this.fresh(this.expirations, id));
    if (missing.length) {
      const read = expiryInfo(client, missing, AbortSignal.timeout(FUNCTION_TIMEOUT_MS));
      for (const id of missing) {
        const value = read.then(({ lots }) => new Map([...lots].filter(([key]) => key.startsWith(`${id}|`))));
        this.expirations.set(id, { at: this.now(), value });
      }
    }
    const result = new Map<number, Map<string, string | null>>();
    for (const id of new Set(productIds)) result.set(id, await this.fresh(this.expirations, id)!);
    return result;
  }

  /** Originals recovered from each product's whole history (see core/recovery). */
  async originalsOf(productIds: readonly number[]): Promise<Map<number, ReturnType<typeof recoverOriginals>>> {
    const client = this.connected();
    const missing = [...new Set(productIds)].filter((id) => !this.fresh(this.originals, id));
    if (missing.length) {
      const read = inventoryHistory(client, missing, { allMoves: true, signal: AbortSignal.timeout(FUNCTION_TIMEOUT_MS) }).then(recoverOriginals);
      for (const id of missing) this.originals.set(id, { at: this.now(), value: read.then((all) => all.filter((o) => o.productId === id)) });
    }
    const result = new Map<number, ReturnType<typeof recoverOriginals>>();
    for (const id of new Set(productIds)) result.set(id, await this.fresh(this.originals, id)!);
    return result;
  }
}

function toProductOrError(arg: ProductArg, found: ReturnType<typeof findProduct>): Product | CellError | null {
  if (!found) return null;
  if ('ambiguous' in found) {
    const names = found.ambiguous.map((p) => `${p.name} (#${p.id})`).join(', ');
    return new CellError(
      '#N/A',
      _t('{code} names {count} products: {products}. Give the variant\'s Odoo id, such as "#{id}"', {
        code: arg.kind === 'code' ? arg.code : '',
        count: found.ambiguous.length,
        products: names,
        id: found.ambiguous[0].id,
      }),
    );
  }
  return found;
}
