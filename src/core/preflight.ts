// Checks before anything is posted. Any error stops the run; warnings are shown.
import { OdooUser, Product, Quant } from './model';
import { Issue } from './issues';
import { TargetTracking } from './products-sheet';
import { roundTo } from './uom';
import { _t, quantity } from './words/translate';

export interface PreflightInput {
  user: OdooUser;
  products: readonly { product: Product; target: TargetTracking }[];
  /** All quants of these products and their siblings, every location usage. */
  quants: readonly (Quant & { locationUsage: string })[];
  /** Open transfers holding these products' stock. */
  reservations: readonly { productId: number; reference: string }[];
  /** Other variants of the chosen products' templates, not in the run (archived ones included). */
  siblings?: readonly Product[];
  /** Zeroing already under way for this run (a resumed run): its pending counts of 0 are ours. */
  resuming?: boolean;
}

export function preflight(input: PreflightInput): Issue[] {
  const issues: Issue[] = [];
  const { user } = input;
  if (!user.isStockManager) {
    issues.push({
      severity: 'error',
      message: _t('{user} is not an Inventory Administrator in Odoo, so cannot apply inventory adjustments or change products.', { user: user.name }),
    });
  }
  if (!user.hasLotsFeature) {
    issues.push({
      severity: 'error',
      message: user.isAdmin
        ? _t('The "Lots & Serial Numbers" setting is off in Odoo. Turn it on (the button below does it, or Inventory > Configuration > Settings).')
        : _t('The "Lots & Serial Numbers" setting is off in Odoo. Ask an administrator to turn it on in Inventory > Configuration > Settings.'),
    });
  }
  for (const { product, target } of input.products) {
    const label = productLabel(product);
    const productId = product.id;
    if (!product.storable) issues.push({ severity: 'error', productId, message: _t('{product} is not a storable product.', { product: label }) });
    if (!product.active)
      issues.push({
        severity: 'error',
        productId,
        message: _t('{product} is archived. Unarchive it in Odoo first, so its stock can be counted.', { product: label }),
      });
    // Only stock without a lot is the run's: stock already in lots is left as it is.
    const own = input.quants.filter((q) => q.product.id === productId && !q.lot);
    if (product.tracking !== 'none') {
      if (product.tracking !== target)
        issues.push({
          severity: 'error',
          productId,
          message: _t(
            '{product} is already tracked by {tracking}; its stock without a {tracking} number is restored by {tracking}. Set its target tracking to {tracking}.',
            { product: label, tracking: product.tracking },
          ),
        });
      else if (!own.some((q) => q.locationUsage === 'internal' && q.quantity !== 0))
        issues.push({
          severity: 'error',
          productId,
          message: _t('{product} is tracked by {tracking} and holds no stock without a lot: there is nothing to reassign.', {
            product: label,
            tracking: product.tracking,
          }),
        });
    }
    for (const quant of own) {
      const where = quant.location.name;
      if (quant.pendingCount && quant.pendingCount.quantity !== 0) {
        issues.push({
          severity: 'error',
          productId,
          message: _t('{product} has a count of {qty} at {location} that is not applied yet; applying would sweep it in. Apply or clear it in Odoo first.', {
            product: label,
            qty: quantity(quant.pendingCount.quantity),
            location: where,
          }),
        });
      } else if (quant.pendingCount && !input.resuming) {
        // A pending count of 0 says what zeroing does anyway (often our own, from an interrupted post).
        issues.push({
          severity: 'warning',
          productId,
          message: _t('{product} has a pending count of 0 at {location}; zeroing applies it.', { product: label, location: where }),
        });
      }
      if (quant.quantity < 0)
        issues.push({
          severity: 'error',
          productId,
          message: _t('{product} has a negative quantity ({qty}) at {location}. Correct it in Odoo first.', {
            product: label,
            qty: quantity(quant.quantity),
            location: where,
          }),
        });
      if (target === 'serial' && quant.locationUsage === 'internal' && quant.quantity > 0 && !Number.isInteger(quant.quantity)) {
        issues.push({
          severity: 'error',
          productId,
          message: _t(
            '{product} has {qty} {uom} at {location}: a serial number counts one whole unit, so {qty} cannot be restored with serials. Correct the quantity in Odoo, or choose lot.',
            { product: label, qty: quantity(quant.quantity), uom: product.uom.name, location: where },
          ),
        });
      }
      if (quant.locationUsage !== 'internal' && quant.quantity > 0) {
        issues.push({
          severity: 'warning',
          productId,
          message: _t('{product} has {qty} at {location} ({usage}), which this run does not touch.', {
            product: label,
            qty: quantity(quant.quantity),
            location: where,
            usage: quant.locationUsage,
          }),
        });
      }
    }
    const reserved = own.filter((q) => q.locationUsage === 'internal' && q.reserved > 0);
    if (reserved.length) {
      const refs = [...new Set(input.reservations.filter((r) => r.productId === productId).map((r) => r.reference))];
      issues.push({
        severity: 'error',
        productId,
        message: refs.length
          ? _t('{product} has {qty} reserved by open transfers ({transfers}). Unreserve or finish them first.', {
              product: label,
              qty: quantity(reserved.reduce((s, q) => s + q.reserved, 0)),
              transfers: refs.join(', '),
            })
          : _t('{product} has {qty} reserved by open transfers. Unreserve or finish them first.', {
              product: label,
              qty: quantity(reserved.reduce((s, q) => s + q.reserved, 0)),
            }),
      });
    }
  }
  issues.push(...templateIssues(input));
  return issues;
}

function productLabel(product: Product): string {
  return product.reference ? `[${product.reference}] ${product.name}` : product.name;
}

/**
 * Tracking belongs to the template, so a change reaches every variant of it. A variant
 * left out of the run while it holds stock without a lot would end up tracked stock
 * without lots: refuse, naming it, its quantities and its places. Variants of one
 * template must also share one target.
 */
function templateIssues(input: PreflightInput): Issue[] {
  const issues: Issue[] = [];
  const byTemplate = new Map<number, { product: Product; target: TargetTracking }[]>();
  for (const c of input.products) (byTemplate.get(c.product.templateId) ?? byTemplate.set(c.product.templateId, []).get(c.product.templateId)!).push(c);
  for (const [templateId, chosen] of byTemplate) {
    const targets = [...new Set(chosen.map((c) => c.target))];
    if (targets.length > 1) {
      issues.push({
        severity: 'error',
        productId: chosen[0].product.id,
        message: _t(
          '{variants} are variants of one product, {template}, and Odoo tracks all its variants the same way. Choose one target tracking for all of them.',
          { variants: chosen.map((c) => `${productLabel(c.product)} (${c.target})`).join(', '), template: chosen[0].product.templateName },
        ),
      });
    }
    for (const sibling of (input.siblings ?? []).filter((p) => p.templateId === templateId)) {
      const loose = input.quants.filter((q) => q.product.id === sibling.id && !q.lot && q.quantity !== 0 && q.locationUsage === 'internal');
      if (!loose.length) continue;
      const total = roundTo(
        loose.reduce((s, q) => s + q.quantity, 0),
        sibling.uom.rounding,
      );
      const places = loose.map((q) => _t('{qty} at {location}', { qty: quantity(q.quantity), location: q.location.name })).join(', ');
      const words = {
        variant: productLabel(sibling),
        template: sibling.templateName,
        qty: quantity(total),
        uom: sibling.uom.name,
        places,
        target: targets[0],
      };
      issues.push({
        severity: 'error',
        productId: chosen[0].product.id,
        message: sibling.active
          ? _t(
              '{variant} is a variant of {template} too, and changing the tracking changes it as well, but it is not in this run: it holds {qty} {uom} without a lot ({places}). Set its target tracking to {target} in the Products sheet, or leave every variant of {template} out.',
              words,
            )
          : _t(
              '{variant} (archived) is a variant of {template} too, and changing the tracking changes it as well, but it is not in this run: it holds {qty} {uom} without a lot ({places}). Set its target tracking to {target} in the Products sheet after unarchiving it in Odoo, or leave every variant of {template} out.',
              words,
            ),
      });
    }
  }
  return issues;
}
