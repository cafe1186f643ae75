// Model access rights (ir.model.access), copied from the ir.model.access.csv files of
// Odoo 17's base, product, uom and stock modules for the models the sandbox has
// (the attribute models: product and stock's ir.model.access.csv).
// Record rules (ir.rule) are not needed: the sandbox has a single company.
import { accessError } from '../errors';
import type { Env } from './env';

export type Operation = 'read' | 'write' | 'create' | 'unlink';

interface Acl {
  model: string;
  group: string | null;
  /** read, write, create, unlink as in the CSV: "1110". */
  perms: string;
}

const ACLS: Acl[] = [
  { model: 'stock.quant', group: 'stock.group_stock_user', perms: '1110' },
  { model: 'stock.quant', group: 'base.group_user', perms: '1000' },
  { model: 'stock.quant.package', group: 'base.group_user', perms: '1000' },
  { model: 'stock.quant.package', group: 'stock.group_stock_manager', perms: '1111' },
  { model: 'stock.quant.package', group: 'stock.group_stock_user', perms: '1111' },
  { model: 'stock.lot', group: 'stock.group_stock_user', perms: '1111' },
  { model: 'stock.move', group: 'stock.group_stock_manager', perms: '1111' },
  { model: 'stock.move', group: 'stock.group_stock_user', perms: '1110' },
  { model: 'stock.move.line', group: 'stock.group_stock_manager', perms: '1111' },
  { model: 'stock.move.line', group: 'stock.group_stock_user', perms: '1111' },
  { model: 'stock.move.line', group: 'base.group_user', perms: '1111' },
  { model: 'stock.location', group: 'base.group_partner_manager', perms: '1000' },
  { model: 'stock.location', group: 'stock.group_stock_manager', perms: '1111' },
  { model: 'stock.location', group: 'base.group_user', perms: '1000' },
  { model: 'stock.warehouse', group: 'stock.group_stock_manager', perms: '1111' },
  { model: 'stock.warehouse', group: 'base.group_user', perms: '1000' },
  { model: 'stock.picking', group: 'stock.group_stock_user', perms: '1111' },
  { model: 'stock.picking', group: 'stock.group_stock_manager', perms: '1111' },
  { model: 'product.template', group: 'base.group_user', perms: '1000' },
  { model: 'product.template', group: 'base.group_system', perms: '1111' },
  { model: 'product.template', group: 'stock.group_stock_user', perms: '1000' },
  { model: 'product.template', group: 'stock.group_stock_manager', perms: '1111' },
  { model: 'product.product', group: 'base.group_user', perms: '1000' },
  { model: 'product.product', group: 'base.group_system', perms: '1111' },
  { model: 'product.product', group: 'stock.group_stock_user', perms: '1000' },
  { model: 'product.product', group: 'stock.group_stock_manager', perms: '1111' },
  { model: 'product.attribute', group: 'base.group_user', perms: '1000' },
  { model: 'product.attribute', group: 'base.group_system', perms: '1111' },
  { model: 'product.attribute', group: 'stock.group_stock_manager', perms: '1111' },
  { model: 'product.attribute.value', group: 'base.group_user', perms: '1000' },
  { model: 'product.attribute.value', group: 'base.group_system', perms: '1111' },
  { model: 'product.attribute.value', group: 'stock.group_stock_manager', perms: '1111' },
  { model: 'product.template.attribute.value', group: 'base.group_user', perms: '1000' },
  { model: 'product.template.attribute.value', group: 'base.group_system', perms: '1111' },
  { model: 'product.template.attribute.value', group: 'stock.group_stock_manager', perms: '1111' },
  { model: 'product.template.attribute.line', group: 'base.group_user', perms: '1000' },
  { model: 'product.template.attribute.line', group: 'base.group_system', perms: '1111' },
  { model: 'product.template.attribute.line', group: 'stock.group_stock_manager', perms: '1111' },
  { model: 'product.category', group: 'base.group_user', perms: '1000' },
  { model: 'product.category', group: 'base.group_system', perms: '1111' },
  { model: 'product.category', group: 'stock.group_stock_manager', perms: '1111' },
  { model: 'uom.uom', group: 'base.group_system', perms: '1111' },
  { model: 'uom.uom', group: 'base.group_user', perms: '1000' },
  { model: 'uom.uom', group: 'stock.group_stock_manager', perms: '1111' },
  { model: 'uom.category', group: 'base.group_system', perms: '1111' },
  { model: 'uom.category', group: 'base.group_user', perms: '1000' },
  { model: 'uom.category', group: 'stock.group_stock_manager', perms: '1111' },
  { model: 'res.partner', group: 'base.group_public', perms: '1000' },
  { model: 'res.partner', group: 'base.group_portal', perms: '1000' },
  { model: 'res.partner', group: 'base.group_partner_manager', perms: '1111' },
  { model: 'res.partner', group: 'base.group_user', perms: '1000' },
  { model: 'res.partner', group: 'stock.group_stock_manager', perms: '1110' },
  { model: 'res.users', group: 'base.group_public', perms: '1000' },
  { model: 'res.users', group: 'base.group_portal', perms: '1000' },
  { model: 'res.users', group: 'base.group_user', perms: '1000' },
  { model: 'res.users', group: 'base.group_erp_manager', perms: '1111' },
  { model: 'res.groups', group: 'base.group_erp_manager', perms: '1111' },
  { model: 'res.groups', group: 'base.group_user', perms: '1000' },
  { model: 'res.company', group: 'base.group_erp_manager', perms: '1111' },
  { model: 'res.company', group: 'base.group_public', perms: '1000' },
  { model: 'res.company', group: 'base.group_portal', perms: '1000' },
  { model: 'res.company', group: 'base.group_user', perms: '1000' },
  { model: 'ir.model.data', group: 'base.group_erp_manager', perms: '1111' },
  { model: 'ir.model.data', group: 'base.group_user', perms: '0000' },
  { model: 'ir.module.category', group: 'base.group_erp_manager', perms: '1000' },
  { model: 'res.config.settings', group: 'base.group_system', perms: '1110' },
  { model: 'stock.track.confirmation', group: 'stock.group_stock_user', perms: '1110' },
  { model: 'stock.inventory.conflict', group: 'stock.group_stock_manager', perms: '1110' },
  { model: 'stock.inventory.adjustment.name', group: 'stock.group_stock_manager', perms: '1110' },
];

const POS: Record<Operation, number> = { read: 0, write: 1, create: 2, unlink: 3 };

export function hasAccess(env: Env, model: string, op: Operation): boolean {
  if (env.su) return true;
  const key = aclModel(env, model);
  return ACLS.some((a) => a.model === key && a.perms[POS[op]] === '1' && (a.group === null || env.hasGroup(a.group)));
}

/** ir.model.access.check: raises Odoo's AccessError text when the operation is not allowed. */
export function checkAccess(env: Env, model: string, op: Operation, raise = true): boolean {
  if (hasAccess(env, model, op)) return true;
  if (!raise) return false;
  const description = env.registry.has(model) ? env.model(model).description : model;
  const heads: Record<Operation, string> = {
    read: `You are not allowed to access '${description}' (${model}) records.`,
    write: `You are not allowed to modify '${description}' (${model}) records.`,
    create: `You are not allowed to create '${description}' (${model}) records.`,
    unlink: `You are not allowed to delete '${description}' (${model}) records.`,
  };
  const groups = groupNamesWithAccess(env, model, op);
  const info = groups.length
    ? `This operation is allowed for the following groups:\n${groups.map((g) => `\t- ${g}`).join('\n')}`
    : 'No group currently allows this operation.';
  throw accessError(`${heads[op]}\n\n${info}\n\nContact your administrator to request access if necessary.`);
}

/** The ACL list names packages by their 16-18 model; 19 renamed the model, not the rights. */
function aclModel(env: Env, model: string): string {
  return model === env.registry.traits.packageModel ? 'stock.quant.package' : model;
}

/** "Category/Group" names, ordered by category then group name like the SQL in ir.model.access. */
function groupNamesWithAccess(env: Env, model: string, op: Operation): string[] {
  const rows: { cat: string | null; name: string }[] = [];
  for (const a of ACLS) {
    if (a.model !== aclModel(env, model) || a.perms[POS[op]] !== '1' || !a.group) continue;
    const gid = env.registry.xmlidToResId(a.group);
    const group = env.registry.store.table('res.groups').get(gid);
    if (!group) continue;
    const cat = group.category_id ? (env.registry.store.table('ir.module.category').get(group.category_id as number)?.name as string) : null;
    rows.push({ cat: cat ?? null, name: group.name as string });
  }
  const cmp = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  rows.sort((x, y) => cmp(x.cat, y.cat) || cmp(x.name, y.name));
  return rows.map((r) => (r.cat ? `${r.cat}/${r.name}` : r.name));
}
