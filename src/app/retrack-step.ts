// Step 4: change tracking, only once each product's total on hand is zero at every
// location (Odoo's documentation warns about exactly this), then read it back.
import { Issue } from '../core/issues';
import { Product } from '../core/model';
import { TargetTracking } from '../core/products-sheet';
import { OdooClient } from '../odoo/client';
import { setTracking } from '../odoo/inventory';
import { productsByIds, readQuants } from '../odoo/reads';
import { StepRefused } from './zero-step';

export async function changeTracking(
  client: OdooClient,
  chosen: readonly { product: Product; target: TargetTracking }[],
  signal?: AbortSignal,
): Promise<Product[]> {
  const productIds = chosen.map((c) => c.product.id);
  const quants = await readQuants(client, { productIds, usages: ['internal', 'transit'] }, { signal, withoutCount: true });
  const issues: Issue[] = [];
  for (const { product } of chosen) {
    const onHand = quants.filter((q) => q.product.id === product.id).reduce((s, q) => s + q.quantity, 0);
    if (Math.abs(onHand) > 1e-9)
      issues.push({
        severity: 'error',
        productId: product.id,
        message: `${product.reference || product.name} still has ${onHand} ${product.uom.name} on hand; zero it first.`,
      });
  }
  if (issues.length) throw new StepRefused('Tracking was not changed: some products still have stock.', issues);
  const todo = chosen.filter((c) => c.product.tracking !== c.target);
  await setTracking(
    client,
    todo.map((c) => ({ templateId: c.product.templateId, tracking: c.target })),
    signal,
  );
  const after = await productsByIds(client, productIds, signal);
  const wrong = after.filter((p) => p.tracking !== chosen.find((c) => c.product.id === p.id)!.target);
  if (wrong.length) throw new StepRefused(`Odoo did not keep the new tracking for ${wrong.map((p) => p.reference || p.name).join(', ')}.`);
  return after;
}
