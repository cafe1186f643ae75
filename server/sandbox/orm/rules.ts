// Record rules (ir.rule) of the multi-company kind, copied from Odoo 17's
// addons/stock/security/stock_security.xml, addons/product/security/product_security.xml
// and odoo/addons/base/security/base_security.xml, with `company_ids` = env.companies.
// Global rules restrict everyone but the superuser (ir_rule.py _compute_domain returns
// nothing in sudo); group rules of one model are OR-ed together, then AND-ed with the
// global ones. product.product gets the rules of product.template through _inherits.
import { accessError } from '../errors';
import { compileDomain } from './domain';
import type { Env } from './env';
import type { BaseModel } from './model';
import type { Operation } from './security';
import type { Row } from './store';

interface Rule {
  name: string;
  /** null: a global rule; else the rule applies to members of one of these groups. */
  groups: string[] | null;
  domain: (companyIds: number[]) => unknown[];
}

const inCompanies = (c: number[]) => [['company_id', 'in', c]];
const inCompaniesOrShared = (c: number[]) => [['company_id', 'in', [...c, false]]];
const PRODUCT: Rule = {
  name: 'Product multi-company',
  groups: null,
  domain: (c) => ['|', ['company_id', 'parent_of', c], ['company_id', '=', false]],
};

const RULES: Record<string, Rule[]> = {
  'stock.quant': [{ name: 'stock_quant multi-company', groups: null, domain: inCompaniesOrShared }],
  'stock.location': [{ name: 'Location multi-company', groups: null, domain: inCompaniesOrShared }],
  'stock.warehouse': [{ name: 'Warehouse multi-company', groups: null, domain: inCompanies }],
  // 18/19 (lots may have no company) add [False], as their stock_security.xml does
  'stock.lot': [{ name: 'Stock Production Lot multi-company', groups: null, domain: inCompanies }],
  'stock.move': [{ name: 'stock_move multi-company', groups: null, domain: inCompanies }],
  'stock.move.line': [{ name: 'stock_move_line multi-company', groups: null, domain: inCompaniesOrShared }],
  'stock.picking': [{ name: 'stock_picking multi-company', groups: null, domain: inCompanies }],
  'stock.quant.package': [{ name: 'stock_quant_package multi-company', groups: null, domain: inCompaniesOrShared }],
  'product.template': [PRODUCT],
  'product.product': [{ ...PRODUCT, domain: (c) => [['product_tmpl_id', 'any', PRODUCT.domain(c)]] }],
  'res.company': [
    { name: 'company rule employee', groups: ['base.group_user'], domain: (c) => [['id', 'in', c]] },
    { name: 'company rule portal', groups: ['base.group_portal'], domain: (c) => [['id', 'in', c]] },
    { name: 'company rule public', groups: ['base.group_public'], domain: (c) => [['id', 'in', c]] },
    { name: 'company rule erp manager', groups: ['base.group_erp_manager'], domain: () => [[1, '=', 1]] },
  ],
};

/** The rules of a model in the version played (lots and packages differ by version). */
function rulesOf(env: Env, model: string): Rule[] {
  if (model === 'stock.lot' && !env.registry.traits.lotCompanyRequired) return [{ ...RULES['stock.lot'][0], domain: inCompaniesOrShared }];
  if (model === 'stock.package' && env.registry.traits.packageModel === 'stock.package') return RULES['stock.quant.package'];
  return RULES[model] ?? [];
}

/** The rules that apply to the caller (none for the superuser or in sudo). */
function activeRules(env: Env, model: string): Rule[] {
  if (env.isSuperuser()) return [];
  return rulesOf(env, model).filter((r) => !r.groups || r.groups.some((g) => env.hasGroup(g)));
}

/** ir.rule._compute_domain: the global rules AND-ed, then the OR of the group rules; null when unrestricted. */
export function ruleDomain(env: Env, model: string): unknown[] | null {
  const rules = activeRules(env, model);
  if (!rules.length) return null;
  const companies = env.companyIds;
  const global = rules.filter((r) => !r.groups).map((r) => r.domain(companies));
  const group = rules.filter((r) => r.groups).map((r) => r.domain(companies));
  const parts = [...global];
  if (group.length) parts.push([...Array(group.length - 1).fill('|'), ...group.flat()]);
  return [...Array(parts.length - 1).fill('&'), ...parts.flat()];
}

/**
 * check_access_rule: every record must match the rules, else the AccessError of
 * ir_rule.py _make_access_error (the short text; Odoo adds the records and rules only
 * for users in "Technical Features" (base.group_no_one) — there with the rule names).
 */
export function checkRules(env: Env, model: BaseModel, ids: number[], op: Operation): void {
  const domain = ruleDomain(env, model.name);
  if (!domain) return;
  const pred = compileDomain(env, model, domain, { activeTest: false });
  const failing = ids.map((id) => model.table.get(id)).filter((r): r is Row => Boolean(r) && !pred(r!));
  if (!failing.length) return;
  throw makeAccessError(env, model, op, failing);
}

function makeAccessError(env: Env, model: BaseModel, op: Operation, records: Row[]) {
  const user = env.user;
  const userName = env.model('res.users').value(env.sudo(), user, 'name') as string;
  const head = `Uh-oh! Looks like you have stumbled upon some top-secret records.\n\nSorry, ${userName} (id=${env.uid}) doesn't have '${op}' access to:`;
  const resolution = 'If you really, really need access, perhaps you can win over your friendly administrator with a batch of freshly baked cookies.';
  if (!env.hasGroup('base.group_no_one') || !env.hasGroup('base.group_user')) {
    return accessError(`${head}\n- ${model.description} (${model.name})\n\n${resolution}`);
  }
  // _get_failing: the rules these records break
  const companies = env.companyIds;
  const rules = activeRules(env, model.name).filter((rule) => {
    const pred = compileDomain(env, model, rule.domain(companies), { activeTest: false });
    return records.some((r) => !pred(r));
  });
  const companyRelated = rules.some((r) => JSON.stringify(r.domain(companies)).includes('company_id'));
  const mine = new Set((user.company_ids as number[]) ?? []);
  const describeRecord = (r: Row) => {
    const company = r.company_id as number | null | undefined;
    const base = `${model.description}, ${model.displayName(env, r.id)} (${model.name}: ${r.id}`;
    if (companyRelated && company && mine.has(company)) return `${base}, company=${env.model('res.company').displayName(env, company)})`;
    return `${base})`;
  };
  const failing = records
    .slice(0, 6)
    .map((r) => `- ${describeRecord(r)}`)
    .join('\n ');
  let blame = `Blame the following rules:\n${rules.map((r) => `- ${r.name}`).join('\n')}`;
  if (companyRelated) blame += '\n\nNote: this might be a multi-company issue. Switching company may help - in Odoo, not in real life!';
  return accessError(`${head}\n${failing}\n\n${blame}\n\n${resolution}`);
}
