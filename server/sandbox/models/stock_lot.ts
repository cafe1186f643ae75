// stock.lot (lots and serial numbers) and packages (stock.quant.package; stock.package in 19).
import { userError, validationError } from '../errors';
import { checkCompany } from '../orm/check_company';
import { Env } from '../orm/env';
import { FieldDef, Fields } from '../orm/fields';
import { BaseModel, Vals } from '../orm/model';
import { nextSequence } from './sequence';

export class StockLot extends BaseModel {
  readonly name = 'stock.lot';
  readonly description = 'Lot/Serial';
  readonly className = 'StockLot';
  override order = 'name, id';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Lot/Serial Number', required: true, default: (env) => nextSequence(env, 'stock.lot.serial', '', 7) },
      ref: { type: 'char', string: 'Internal Reference' },
      product_id: { type: 'many2one', string: 'Product', relation: 'product.product', required: true, ondelete: 'restrict' },
      product_uom_id: {
        type: 'many2one',
        string: 'Unit of Measure',
        relation: 'uom.uom',
        store: false,
        searchable: true,
        compute: (env, row) => {
          const p = env.registry.store.table('product.product').get(row.product_id as number);
          return p ? (env.model('product.product').value(env, p, 'uom_id') as number) : null;
        },
      },
      quant_ids: { type: 'one2many', string: 'Quants', relation: 'stock.quant', inverseName: 'lot_id' },
      product_qty: {
        type: 'float',
        string: 'On Hand Quantity',
        store: false,
        searchable: true,
        compute: (env, row) => this.onHand(env, row.id),
      },
      note: { type: 'html', string: 'Description' },
      ...(this.registry.modules.has('product_expiry')
        ? {
            expiration_date: { type: 'datetime', string: 'Expiration Date' } as FieldDef,
            use_date: { type: 'datetime', string: 'Best before Date' } as FieldDef,
            removal_date: { type: 'datetime', string: 'Removal Date' } as FieldDef,
            alert_date: { type: 'datetime', string: 'Alert Date' } as FieldDef,
          }
        : {}),
      // required with the user's company by default in 16/17; from 18 optional, computed from
      // the product's company (none for a product shared by all companies)
      company_id: this.registry.traits.lotCompanyRequired
        ? { type: 'many2one', string: 'Company', relation: 'res.company', required: true, default: (env) => env.companyId }
        : { type: 'many2one', string: 'Company', relation: 'res.company' },
      location_id: {
        type: 'many2one',
        string: 'Location',
        relation: 'stock.location',
        store: false,
        searchable: true,
        compute: (env, row) => {
          const quants = env.model('stock.quant');
          const locs = new Set(
            (this.value(env, row, 'quant_ids') as number[])
              .map((q) => quants.table.get(q)!)
              .filter((q) => (q.quantity as number) > 0)
              .map((q) => q.location_id),
          );
          return locs.size === 1 ? ([...locs][0] as number) : null;
        },
      },
    };
  }

  /** _product_qty: quants in internal locations, or company transit locations. */
  private onHand(env: Env, lotId: number): number {
    const quants = env.model('stock.quant');
    const locations = env.registry.store.table('stock.location');
    let total = 0;
    for (const qid of this.value(env, this.table.get(lotId)!, 'quant_ids') as number[]) {
      const q = quants.table.get(qid)!;
      const loc = locations.get(q.location_id as number);
      if (loc && (loc.usage === 'internal' || (loc.usage === 'transit' && loc.company_id))) total += (q.quantity as number) ?? 0;
    }
    return Math.round(total * 1e6) / 1e6;
  }

  /** 18/19 _compute_company_id: a lot made without a company takes its product's (none for a shared product). */
  override create(env: Env, valsList: Vals[]): number[] {
    if (this.registry.traits.lotCompanyRequired) return super.create(env, valsList);
    const products = env.model('product.product');
    return super.create(
      env,
      valsList.map((v) => {
        if ('company_id' in v || !v.product_id) return v;
        const product = products.table.get(v.product_id as number);
        return { ...v, company_id: product ? ((products.value(env.sudo(), product, 'company_id') as number | null) ?? false) : false };
      }),
    );
  }

  override write(env: Env, ids: number[], vals: Vals): void {
    if ('company_id' in vals) {
      for (const id of ids) {
        if (this.table.get(id)?.company_id !== vals.company_id) {
          throw userError('Changing the company of this record is forbidden at this point, you should rather archive it and create a new one.');
        }
      }
    }
    if ('product_id' in vals && ids.some((id) => this.table.get(id)?.product_id !== vals.product_id)) {
      const used = [...env.registry.store.table('stock.move.line').rows.values()].some(
        (l) => ids.includes(l.lot_id as number) && l.product_id !== vals.product_id,
      );
      if (used) {
        throw userError(
          'You are not allowed to change the product linked to a serial or lot number if some stock moves have already been created with that number. This would lead to inconsistencies in your stock.',
        );
      }
    }
    super.write(env, ids, vals);
  }

  /**
   * product_expiry's stored computes as they run on create (checked on a real 17): no date
   * given -> now + the product's expiration time; the other dates = expiration - their times,
   * or none when the product does not use expiration dates (a given expiration date stays).
   */
  protected override afterCreate(env: Env, ids: number[]): void {
    if (!this.registry.modules.has('product_expiry')) return;
    const products = env.model('product.product');
    for (const id of ids) {
      const row = this.table.get(id)!;
      const product = env.registry.store.table('product.product').get(row.product_id as number)!;
      const get = (f: string) => products.value(env, product, f);
      if (!get('use_expiration_date')) {
        for (const f of ['use_date', 'removal_date', 'alert_date']) this.table.update(id, f, null);
        continue;
      }
      if (!row.expiration_date) this.table.update(id, 'expiration_date', shiftDays(env.now(), Number(get('expiration_time')) || 0));
      const expiration = this.table.get(id)!.expiration_date as string;
      this.table.update(id, 'use_date', shiftDays(expiration, -(Number(get('use_time')) || 0)));
      this.table.update(id, 'removal_date', shiftDays(expiration, -(Number(get('removal_time')) || 0)));
      this.table.update(id, 'alert_date', shiftDays(expiration, -(Number(get('alert_time')) || 0)));
    }
  }

  /**
   * _check_unique_lot: 16/17 (name, product, company) unique; 18/19 (stock_lot.py) unique
   * within a company and against lots without company ("including when no company is
   * defined"), but not between two companies. Lists every duplicate.
   */
  protected override checkConstraints(env: Env, ids: number[], changed: Set<string>): void {
    if (!['name', 'product_id', 'company_id'].some((f) => changed.has(f))) return;
    // _check_company_auto (stock_lot.py): the product must be shared or of the lot's company
    if (changed.has('product_id') || changed.has('company_id')) checkCompany(env, this, ids, ['product_id']);
    const perCompany = this.registry.traits.lotCompanyRequired;
    const keys = new Set(ids.map((id) => this.key(this.table.get(id)!)));
    // product|name -> company (or 0 for none) -> count
    const groups = new Map<string, { product: number; name: string; byCompany: Map<number, number> }>();
    for (const row of this.table.rows.values()) {
      const k = this.key(row);
      if (!keys.has(k)) continue;
      const g = groups.get(k) ?? { product: row.product_id as number, name: row.name as string, byCompany: new Map<number, number>() };
      const c = (row.company_id as number | null) ?? 0;
      g.byCompany.set(c, (g.byCompany.get(c) ?? 0) + 1);
      groups.set(k, g);
    }
    const duplicated = (g: { byCompany: Map<number, number> }) => {
      const none = g.byCompany.get(0) ?? 0;
      if (perCompany) return [...g.byCompany.values()].some((n) => n > 1);
      return none > 1 || [...g.byCompany].some(([c, n]) => c !== 0 && n + none > 1);
    };
    const lines = [...groups.values()]
      .filter(duplicated)
      .sort((a, b) => a.product - b.product || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((c) => ` - Product: ${env.model('product.product').displayName(env, c.product)}, ${this.lotLabel}: ${c.name}`);
    if (lines.length) throw validationError(env.registry.traits.lotDuplicateMessage(lines));
  }

  private get lotLabel(): string {
    return this.registry.traits.lotCompanyRequired ? 'Serial Number' : 'Lot/Serial Number';
  }

  /** The lots that may clash: same product and name (the company is weighed in checkConstraints). */
  private key(row: Vals): string {
    return `${row.product_id}|${row.name}`;
  }
}

/** An Odoo datetime ("YYYY-MM-DD HH:MM:SS", UTC) moved by whole days. */
function shiftDays(datetime: string, days: number): string {
  return new Date(Date.parse(`${datetime.replace(' ', 'T')}Z`) + days * 86_400_000).toISOString().slice(0, 19).replace('T', ' ');
}

export class StockQuantPackage extends BaseModel {
  readonly name: string = this.registry.traits.packageModel;
  readonly description = 'Packages';
  readonly className = 'QuantPackage';
  override order = 'name';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Package Reference', required: true, default: (env) => nextSequence(env, 'stock.quant.package', 'PACK', 7) },
      quant_ids: { type: 'one2many', string: 'Bulk Content', relation: 'stock.quant', inverseName: 'package_id' },
      location_id: {
        type: 'many2one',
        string: 'Location',
        relation: 'stock.location',
        store: false,
        searchable: true,
        compute: (env, row) => {
          const quants = env.model('stock.quant');
          const first = (this.value(env, row, 'quant_ids') as number[])[0];
          return first ? (quants.table.get(first)!.location_id as number) : null;
        },
      },
      company_id: { type: 'many2one', string: 'Company', relation: 'res.company' },
      package_use: {
        type: 'selection',
        string: 'Package Use',
        selection: [
          ['disposable', 'Disposable Box'],
          ['reusable', 'Reusable Box'],
        ],
        required: true,
        default: () => 'disposable',
      },
      pack_date: { type: 'date', string: 'Pack Date', default: (env) => env.today() },
    };
  }
}
