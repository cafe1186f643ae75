// Step 4: change tracking, only once every variant of each template holds no stock
// without a lot at any location (Odoo's documentation warns about exactly this), then
// read it back. Products already tracked as planned are left alone.
import { Issue } from '../core/issues';
import { Product } from '../core/model';
import { TargetTracking } from '../core/products-sheet';
import { OdooClient } from '../odoo/client';
import { setTracking } from '../odoo/inventory';
import { productsByIds, readQuants, variantsOfTemplates } from '../odoo/reads';
import { StepRefused } from './zero-step';
import { _t, quantity } from '../core/words/translate';

export interface Retracked {
  /** The chosen products as Odoo has them after the change. */
  products: Product[];
  /** How many of them this call switched; the others already had their target tracking. */
  changed: number;
}

export async function changeTracking(
  client: OdooClient,
  chosen: readonly { product: Product; target: TargetTracking }[],
  signal?: AbortSignal,
): Promise<Retracked> {
  const productIds = chosen.map((c) => c.product.id);
  // The template's tracking reaches every variant: each must be without untracked stock.
  const family = await variantsOfTemplates(
    client,
    chosen.map((c) => c.product.templateId),
    signal,
  );
  const quants = await readQuants(
    client,
    { productIds: family.map((p) => p.id), usages: ['internal', 'transit'], withLot: false },
    { signal, withoutCount: true },
  );
  const issues: Issue[] = [];
  for (const product of family) {
    const onHand = quants.filter((q) => q.product.id === product.id).reduce((s, q) => s + q.quantity, 0);
    if (Math.abs(onHand) > 1e-9)
      issues.push({
        severity: 'error',
        productId: product.id,
        message: productIds.includes(product.id)
          ? _t('{product} still has {qty} {uom} without a lot on hand; zero it first.', {
              product: `${product.reference ? `[${product.reference}] ` : ''}${product.name}`,
              qty: quantity(onHand),
              uom: product.uom.name,
            })
          : _t('{product} still has {qty} {uom} without a lot on hand; zero it first (it is a variant of {template}, whose tracking is changed).', {
              product: `${product.reference ? `[${product.reference}] ` : ''}${product.name}`,
              qty: quantity(onHand),
              uom: product.uom.name,
              template: product.templateName,
            }),
      });
  }
  if (issues.length) throw new StepRefused(_t('Tracking was not changed: some products still have stock.'), issues);
  const current = new Map(family.map((p) => [p.id, p]));
  const todo = chosen.filter((c) => (current.get(c.product.id) ?? c.product).tracking !== c.target);
  await setTracking(
    client,
    todo.map((c) => ({ templateId: c.product.templateId, tracking: c.target })),
    signal,
  );
  const after = await productsByIds(client, productIds, signal);
  const wrong = after.filter((p) => p.tracking !== chosen.find((c) => c.product.id === p.id)!.target);
  if (wrong.length)
    throw new StepRefused(_t('Odoo did not keep the new tracking for {products}.', { products: wrong.map((p) => p.reference || p.name).join(', ') }));
  return { products: after, changed: todo.length };
}
