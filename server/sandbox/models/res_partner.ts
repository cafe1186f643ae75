// res.partner and res.company: owners of stock, vendors, and the companies (a new
// company gets its stock locations and its warehouse, as the stock module does).
import { Env } from '../orm/env';
import { Fields } from '../orm/fields';
import { BaseModel, Vals } from '../orm/model';
import { closeGroups } from './res_users';

export class ResPartner extends BaseModel {
  readonly name = 'res.partner';
  readonly description = 'Contact';
  readonly className = 'Partner';
  override order = 'complete_name ASC, id DESC';
  override recName = 'complete_name';
  override recNamesSearch = ['complete_name', 'email', 'ref'];
  override parentName = 'parent_id';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Name' },
      complete_name: { type: 'char', string: 'Complete Name' },
      parent_id: { type: 'many2one', string: 'Related Company', relation: 'res.partner' },
      is_company: { type: 'boolean', string: 'Is a Company', default: () => false },
      company_id: { type: 'many2one', string: 'Company', relation: 'res.company' },
      email: { type: 'char', string: 'Email' },
      phone: { type: 'char', string: 'Phone' },
      ref: { type: 'char', string: 'Reference' },
      street: { type: 'char', string: 'Street' },
      city: { type: 'char', string: 'City' },
      active: { type: 'boolean', string: 'Active', default: () => true },
      type: {
        type: 'selection',
        string: 'Address Type',
        selection: [
          ['contact', 'Contact'],
          ['invoice', 'Invoice Address'],
          ['delivery', 'Delivery Address'],
          ['other', 'Other Address'],
          ['private', 'Private Address'],
        ],
        default: () => 'contact',
      },
    };
  }

  // complete_name is stored: "Company, Contact" for a contact of a company, else the name.
  protected override afterCreate(env: Env, ids: number[]): void {
    this.refreshNames(env, ids);
  }

  protected override afterWrite(env: Env, ids: number[], changed: Set<string>): void {
    if (changed.has('name') || changed.has('parent_id') || changed.has('is_company')) this.refreshNames(env, ids);
  }

  private refreshNames(env: Env, ids: number[]): void {
    for (const id of ids) {
      const row = this.table.get(id)!;
      const parent = row.parent_id ? this.table.get(row.parent_id as number) : undefined;
      const name = (row.name as string | null) ?? '';
      const full = parent && !row.is_company ? `${parent.complete_name ?? parent.name ?? ''}, ${name}` : name;
      this.table.update(id, 'complete_name', full || null);
    }
    void env;
  }
}

export class ResCompany extends BaseModel {
  readonly name = 'res.company';
  readonly description = 'Companies';
  readonly className = 'Company';
  override order = 'sequence, name';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Company Name', required: true },
      partner_id: { type: 'many2one', string: 'Partner', relation: 'res.partner', required: true },
      sequence: { type: 'integer', string: 'Sequence', default: () => 10 },
      active: { type: 'boolean', string: 'Active', default: () => true },
      annual_inventory_month: {
        type: 'selection',
        string: 'Annual Inventory Month',
        selection: [
          ['1', 'January'],
          ['2', 'February'],
          ['3', 'March'],
          ['4', 'April'],
          ['5', 'May'],
          ['6', 'June'],
          ['7', 'July'],
          ['8', 'August'],
          ['9', 'September'],
          ['10', 'October'],
          ['11', 'November'],
          ['12', 'December'],
        ],
        default: () => '12',
      },
      annual_inventory_day: { type: 'integer', string: 'Day of the month', default: () => 31 },
      parent_id: { type: 'many2one', string: 'Parent Company', relation: 'res.company' },
      internal_transit_location_id: { type: 'many2one', string: 'Internal Transit Location', relation: 'stock.location' },
    };
  }

  override parentName = 'parent_id';

  /**
   * odoo/addons/base/models/res_company.py create (17.0): a partner for a company
   * without one, then the company is linked to the creating user and the superuser.
   * addons/stock/models/res_company.py create: per company, _create_per_company_locations
   * (Inter-warehouse transit, archived; Inventory adjustment, the company's default
   * property_stock_inventory; Production; Scrap), then a warehouse named after the
   * company with the code company.name[:5] (or context default_code).
   */
  override create(env: Env, valsList: Vals[]): number[] {
    const partners = env.model('res.partner');
    const prepared = valsList.map((v) => ({ ...v }));
    for (const vals of prepared) {
      if (vals.name && !vals.partner_id) [vals.partner_id] = partners.create(env, [{ name: vals.name, is_company: true, email: vals.email ?? false }]);
      delete vals.email;
    }
    const ids = super.create(env, prepared);
    const users = env.model('res.users');
    const G = env.registry.traits.userGroups;
    const multi = env.registry.xmlidToResId('base.group_multi_company');
    for (const uid of new Set([env.uid, 1])) {
      const user = users.table.get(uid);
      if (!user) continue;
      const companies = [...new Set([...((user.company_ids as number[]) ?? []), ...ids])];
      users.table.update(uid, 'company_ids', companies);
      // res_users.py _update_group_multi_company: several companies put the user in "Multi Companies"
      if (multi && companies.length > 1) users.table.update(uid, G, closeGroups(env.registry, [...((user[G] as number[]) ?? []), multi]));
    }
    const su = env.sudo();
    const locations = env.model('stock.location');
    const ref = (xmlid: string) => env.registry.xmlidToResId(xmlid);
    for (const id of ids) {
      const [transit] = locations.create(su, [
        { name: 'Inter-warehouse transit', usage: 'transit', location_id: ref('stock.stock_location_locations') || false, company_id: id, active: false },
      ]);
      this.table.update(id, 'internal_transit_location_id', transit);
      const [loss] = locations.create(su, [
        { name: 'Inventory adjustment', usage: 'inventory', location_id: ref('stock.stock_location_locations_virtual'), company_id: id },
      ]);
      this.table.update(id, '__property_stock_inventory', loss);
      locations.create(su, [{ name: 'Production', usage: 'production', location_id: ref('stock.stock_location_locations_virtual'), company_id: id }]);
      locations.create(su, [
        { name: 'Scrap', usage: 'inventory', location_id: ref('stock.stock_location_locations_virtual'), company_id: id, scrap_location: true },
      ]);
    }
    // 16/17 make the warehouse here; 18/19 leave it to the user (stock res_company.py create).
    if (env.registry.traits.warehouseOnCompanyCreate)
      env.model('stock.warehouse').create(
        su,
        ids.map((id) => {
          const row = this.table.get(id)!;
          return { name: row.name, code: (env.context.default_code as string) || String(row.name).slice(0, 5), company_id: id, partner_id: row.partner_id };
        }),
      );
    return ids;
  }
}
