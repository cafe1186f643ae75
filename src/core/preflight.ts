// Checks before anything is posted. Any error stops the run; warnings are shown.
import { OdooUser, Product, Quant } from './model';
import { Issue } from './issues';
import { TargetTracking } from './products-sheet';

export interface PreflightInput {
  user: OdooUser;
  products: readonly { product: Product; target: TargetTracking }[];
  /** All quants of these products, every location usage. */
  quants: readonly (Quant & { locationUsage: string })[];
  /** Open transfers holding these products' stock. */
  reservations: readonly { productId: number; reference: string }[];
  /** Zeroing already under way for this run (a resumed run): its pending counts of 0 are ours. */
  resuming?: boolean;
}

export function preflight(input: PreflightInput): Issue[] {
  const issues: Issue[] = [];
  const { user } = input;
  if (!user.isStockManager) {
    issues.push({
      severity: 'error',
      message: `${user.name} is not an Inventory Administrator in Odoo, so cannot apply inventory adjustments or change products.`,
    });
  }
  if (!user.hasLotsFeature) {
    issues.push({
      severity: 'error',
      message: user.isAdmin
        ? 'The "Lots & Serial Numbers" setting is off in Odoo. Turn it on (the button below does it, or Inventory > Configuration > Settings).'
        : 'The "Lots & Serial Numbers" setting is off in Odoo. Ask an administrator to turn it on in Inventory > Configuration > Settings.',
    });
  }
  for (const { product } of input.products) {
    const label = product.reference ? `[${product.reference}] ${product.name}` : product.name;
    const productId = product.id;
    if (!product.storable) issues.push({ severity: 'error', productId, message: `${label} is not a storable product.` });
    if (!product.active) issues.push({ severity: 'error', productId, message: `${label} is archived.` });
    if (product.tracking !== 'none') issues.push({ severity: 'error', productId, message: `${label} is already tracked by ${product.tracking}.` });
    const own = input.quants.filter((q) => q.product.id === productId);
    for (const quant of own) {
      const where = quant.location.name;
      if (quant.pendingCount && quant.pendingCount.quantity !== 0) {
        issues.push({
          severity: 'error',
          productId,
          message: `${label} has a count of ${quant.pendingCount.quantity} at ${where} that is not applied yet; applying would sweep it in. Apply or clear it in Odoo first.`,
        });
      } else if (quant.pendingCount && !input.resuming) {
        // A pending count of 0 says what zeroing does anyway (often our own, from an interrupted post).
        issues.push({ severity: 'warning', productId, message: `${label} has a pending count of 0 at ${where}; zeroing applies it.` });
      }
      if (quant.quantity < 0)
        issues.push({ severity: 'error', productId, message: `${label} has a negative quantity (${quant.quantity}) at ${where}. Correct it in Odoo first.` });
      if (quant.locationUsage !== 'internal' && quant.quantity > 0) {
        issues.push({
          severity: 'warning',
          productId,
          message: `${label} has ${quant.quantity} at ${where} (${quant.locationUsage}), which this run does not touch.`,
        });
      }
    }
    const reserved = own.filter((q) => q.locationUsage === 'internal' && q.reserved > 0);
    if (reserved.length) {
      const refs = [...new Set(input.reservations.filter((r) => r.productId === productId).map((r) => r.reference))];
      issues.push({
        severity: 'error',
        productId,
        message: `${label} has ${reserved.reduce((s, q) => s + q.reserved, 0)} reserved by open transfers${refs.length ? ` (${refs.join(', ')})` : ''}. Unreserve or finish them first.`,
      });
    }
  }
  return issues;
}
