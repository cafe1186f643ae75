// res.config.settings (a transient model): the Inventory settings that switch
// feature groups on, e.g. "Lots & Serial Numbers" = stock.group_production_lot
// implied by every internal user. create needs Settings; execute needs an admin.
import { accessError, valueError } from '../errors';
import { Env } from '../orm/env';
import { Fields } from '../orm/fields';
import { BaseModel, Vals } from '../orm/model';
import { closeGroups } from './res_users';

/** Boolean setting -> the group it makes every internal user a member of (implied_group). */
const IMPLIED: Record<string, string> = {
  group_stock_production_lot: 'stock.group_production_lot',
  group_stock_tracking_lot: 'stock.group_tracking_lot',
  group_stock_tracking_owner: 'stock.group_tracking_owner',
  group_stock_multi_locations: 'stock.group_stock_multi_locations',
};

export class ResConfigSettings extends BaseModel {
  readonly name = 'res.config.settings';
  readonly description = 'Config Settings';
  readonly className = 'ResConfigSettings';
  override recName = null;

  protected defineFields(): Fields {
    const impliedDefault = (xmlid: string) => (env: Env) => {
      const user = env.registry.xmlidToResId('base.group_user');
      const implied = (env.registry.store.table('res.groups').get(user)?.implied_ids as number[]) ?? [];
      return implied.includes(env.registry.xmlidToResId(xmlid));
    };
    return {
      company_id: { type: 'many2one', string: 'Company', relation: 'res.company', required: true, default: (env) => env.companyId },
      group_stock_production_lot: { type: 'boolean', string: 'Lots & Serial Numbers', default: impliedDefault(IMPLIED.group_stock_production_lot) },
      group_stock_tracking_lot: { type: 'boolean', string: 'Packages', default: impliedDefault(IMPLIED.group_stock_tracking_lot) },
      group_stock_tracking_owner: { type: 'boolean', string: 'Consignment', default: impliedDefault(IMPLIED.group_stock_tracking_owner) },
      group_stock_multi_locations: { type: 'boolean', string: 'Storage Locations', default: impliedDefault(IMPLIED.group_stock_multi_locations) },
    };
  }

  override methods(env: Env) {
    return {
      ...super.methods(env),
      execute: {
        api: 'multi' as const,
        qualname: 'ResConfigSettings.execute',
        params: [],
        run: (_a: Vals, ids: number[]) => {
          if (ids.length !== 1) throw valueError(`Expected singleton: res.config.settings(${ids.join(', ')}${ids.length === 1 ? ',' : ''})`);
          if (!env.su && !env.hasGroup('base.group_erp_manager')) throw accessError('Only administrators can change the settings');
          this.apply(env, this.table.get(ids[0])!);
          return { type: 'ir.actions.client', tag: 'reload' };
        },
      },
    };
  }

  /** set_values for implied groups: (un)imply the group on Internal User and update members. */
  private apply(env: Env, row: Vals): void {
    const groups = env.registry.store.table('res.groups');
    const users = env.registry.store.table('res.users');
    const base = env.registry.xmlidToResId('base.group_user');
    for (const [field, xmlid] of Object.entries(IMPLIED)) {
      const gid = env.registry.xmlidToResId(xmlid);
      const implied = (groups.get(base)!.implied_ids as number[]) ?? [];
      const on = row[field] === true;
      if (on === implied.includes(gid)) continue;
      groups.update(base, 'implied_ids', on ? [...implied, gid] : implied.filter((g) => g !== gid));
      for (const u of [...users.rows.values()]) {
        const G = env.registry.traits.userGroups;
        const current = u[G] as number[];
        if (!current.includes(base)) continue;
        // Odoo removes the group from the users when the setting is switched off
        users.update(u.id, G, on ? closeGroups(env.registry, [...current, gid]) : current.filter((g) => g !== gid));
      }
    }
  }
}
