// Answers a batch of ONHAND requests with two Odoo reads: the products, then their quants.
import { Quant } from '../core/model';
import { findProduct, onHand, parseProductArg } from '../core/onhand';
import { getSession } from '../app/session';
import { readQuants, searchProducts } from '../odoo/reads';
import { CellError } from './function-errors';

export interface OnHandRequest {
  product: unknown;
  location?: unknown;
  lot?: unknown;
}

export async function answerOnHand(requests: OnHandRequest[]): Promise<(number | Error)[]> {
  const session = getSession();
  if (!session) return requests.map(() => new CellError('#N/A', 'Sign in to Odoo in the task pane'));
  const parsed = requests.map((r) => {
    try {
      return parseProductArg(r.product);
    } catch (error) {
      return error as Error;
    }
  });
  const codes = parsed.flatMap((p) => (!(p instanceof Error) && p.kind === 'code' ? [p.code] : []));
  const ids = parsed.flatMap((p) => (!(p instanceof Error) && p.kind === 'id' ? [p.id] : []));
  const products = await searchProducts(session.client, { anyOf: { codes, ids } });
  const quants: Quant[] = products.length ? await readQuants(session.client, { productIds: products.map((p) => p.id) }, { withoutCount: true }) : [];
  return requests.map((request, i) => {
    const arg = parsed[i];
    if (arg instanceof Error) return new CellError('#VALUE!', arg.message);
    const product = findProduct(arg, products);
    if (!product) return new CellError('#N/A', `Unknown product: ${arg.kind === 'id' ? `#${arg.id}` : arg.code}`);
    const location = request.location === undefined || request.location === null || request.location === '' ? undefined : String(request.location).trim();
    const lot = request.lot === undefined || request.lot === null ? undefined : String(request.lot).trim();
    return onHand(quants, product.id, location, lot);
  });
}
