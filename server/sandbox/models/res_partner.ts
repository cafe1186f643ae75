// res.partner and res.company: owners of stock, vendors, and the single company.
import { Env } from '../orm/env';
import { Fields } from '../orm/fields';
import { BaseModel } from '../orm/model';

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
    };
  }
}
