// stock.location and stock.warehouse. complete_name is "Parent/Child" except under
// view locations of usage 'view' at the top ("WH/Stock", "Partners/Vendors").
import { userError } from '../errors';
import { Env } from '../orm/env';
import { Fields } from '../orm/fields';
import { BaseModel, Vals } from '../orm/model';
import type { Row } from '../orm/store';

export const USAGES: [string, string][] = [
  ['supplier', 'Vendor Location'],
  ['view', 'View'],
  ['internal', 'Internal Location'],
  ['customer', 'Customer Location'],
  ['inventory', 'Inventory Loss'],
  ['production', 'Production'],
  ['transit', 'Transit Location'],
];

/** The warehouse whose view location is the nearest ancestor (or self). */
export function warehouseOf(env: Env, locationId: number | null): number | null {
  const locations = env.registry.store.table('stock.location');
  const warehouses = env.registry.store.table('stock.warehouse');
  const views = new Map<number, number>();
  for (const w of warehouses.rows.values()) views.set(w.view_location_id as number, w.id);
  let id = locationId;
  for (let depth = 0; id && depth < 64; depth++) {
    const wh = views.get(id);
    if (wh) return wh;
    id = (locations.get(id)?.location_id as number | null) ?? null;
  }
  return null;
}

export class StockLocation extends BaseModel {
  readonly name = 'stock.location';
  readonly description = 'Inventory Locations';
  readonly className = 'Location';
  override order = 'complete_name, id';
  override recName = 'complete_name';
  override recNamesSearch = ['complete_name', 'barcode'];
  override parentName = 'location_id';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Location Name', required: true },
      complete_name: { type: 'char', string: 'Full Location Name' },
      active: { type: 'boolean', string: 'Active', default: () => true },
      usage: { type: 'selection', string: 'Location Type', selection: USAGES, required: true, default: () => 'internal' },
      location_id: { type: 'many2one', string: 'Parent Location', relation: 'stock.location', ondelete: 'cascade' },
      child_ids: { type: 'one2many', string: 'Contains', relation: 'stock.location', inverseName: 'location_id' },
      parent_path: { type: 'char', string: 'Parent Path' },
      company_id: { type: 'many2one', string: 'Company', relation: 'res.company', default: (env) => env.companyId },
      warehouse_id: {
        type: 'many2one',
        string: 'Warehouse',
        relation: 'stock.warehouse',
        store: false,
        searchable: true,
        compute: (env, row) => warehouseOf(env, row.id),
      },
      barcode: { type: 'char', string: 'Barcode' },
      scrap_location: { type: 'boolean', string: 'Is a Scrap Location?', default: () => false },
      return_location: { type: 'boolean', string: 'Is a Return Location?' },
      replenish_location: { type: 'boolean', string: 'Replenish Location' },
      last_inventory_date: { type: 'date', string: 'Last Effective Inventory' },
      cyclic_inventory_frequency: { type: 'integer', string: 'Inventory Frequency (Days)', default: () => 0 },
      quant_ids: { type: 'one2many', string: 'Quants', relation: 'stock.quant', inverseName: 'location_id' },
      comment: { type: 'html', string: 'Additional Information' },
    };
  }

  protected override afterCreate(env: Env, ids: number[]): void {
    for (const id of ids) this.refreshNames(env, id);
  }

  override write(env: Env, ids: number[], vals: Vals): void {
    if (!env.su) this.checkAccessRights(env, 'write');
    if ('company_id' in vals) {
      for (const id of ids) {
        if ((this.table.get(id)?.company_id ?? false) !== (vals.company_id || false)) {
          throw userError('Changing the company of this record is forbidden at this point, you should rather archive it and create a new one.');
        }
      }
    }
    const quants = env.model('stock.quant');
    if (vals.usage === 'view' && [...quants.table.rows.values()].some((q) => ids.includes(q.location_id as number))) {
      throw userError("This location's usage cannot be changed to view as it contains products.");
    }
    if ('active' in vals && !vals.active) {
      for (const id of ids) {
        const wh = [...env.registry.store.table('stock.warehouse').rows.values()].find((w) => w.active && (w.lot_stock_id === id || w.view_location_id === id));
        if (wh) throw userError(`You cannot archive the location ${this.displayName(env, id)} as it is used by your warehouse ${wh.name}`);
      }
      const family = this.search(env.withContext({ active_test: false }), [['id', 'child_of', ids]]);
      const internal = new Set(family.filter((id) => this.table.get(id)!.usage === 'internal'));
      const holding = [...quants.table.rows.values()].filter(
        (q) => internal.has(q.location_id as number) && ((q.quantity as number) || (q.reserved_quantity as number)),
      );
      if (holding.length) {
        const names = holding.map((q) => this.displayName(env, q.location_id as number));
        throw userError(`You can't disable locations ${names.join(', ')} because they still contain products.`);
      }
      const children = family.filter((id) => !ids.includes(id));
      if (children.length) super.write(env, children, { active: vals.active });
    }
    super.write(env, ids, vals);
    if ('name' in vals || 'location_id' in vals || 'usage' in vals) for (const id of ids) this.refreshNames(env, id);
  }

  /** complete_name and parent_path of a location and its descendants (both stored in Odoo). */
  private refreshNames(env: Env, id: number): void {
    const row = this.table.get(id)!;
    const parent: Row | undefined = row.location_id ? this.table.get(row.location_id as number) : undefined;
    const name = parent && row.usage !== 'view' ? `${parent.complete_name}/${row.name}` : (row.name as string);
    this.table.update(id, 'complete_name', name);
    this.table.update(id, 'parent_path', `${parent ? parent.parent_path : ''}${id}/`);
    for (const child of this.table.rows.values()) if (child.location_id === id) this.refreshNames(env, child.id);
  }

  /** _get_next_inventory_date: the company's annual inventory day (no cyclic counts in the sandbox). */
  nextInventoryDate(env: Env, id: number): string | null {
    const row = this.table.get(id);
    if (!row || !['internal', 'transit'].includes(row.usage as string)) return null;
    const company = env.registry.store.table('res.company').get((row.company_id as number) ?? env.companyId);
    const month = Number(company?.annual_inventory_month ?? 12);
    if (!month) return null;
    const today = env.today();
    const year = Number(today.slice(0, 4));
    const at = (y: number) => {
      const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
      const day = Math.min(Math.max(Number(company?.annual_inventory_day ?? 31), 1), last);
      return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    };
    const date = at(year);
    return date <= today ? at(year + 1) : date;
  }
}

export class StockWarehouse extends BaseModel {
  readonly name = 'stock.warehouse';
  readonly description = 'Warehouse';
  readonly className = 'Warehouse';
  override order = 'sequence,id';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Warehouse', required: true },
      code: { type: 'char', string: 'Short Name', required: true },
      active: { type: 'boolean', string: 'Active', default: () => true },
      company_id: { type: 'many2one', string: 'Company', relation: 'res.company', required: true, default: (env) => env.companyId },
      partner_id: { type: 'many2one', string: 'Address', relation: 'res.partner' },
      view_location_id: { type: 'many2one', string: 'View Location', relation: 'stock.location', required: true },
      lot_stock_id: { type: 'many2one', string: 'Location Stock', relation: 'stock.location', required: true },
      sequence: { type: 'integer', string: 'Sequence', default: () => 10 },
      wh_input_stock_loc_id: { type: 'many2one', string: 'Input Location', relation: 'stock.location' },
      wh_qc_stock_loc_id: { type: 'many2one', string: 'Quality Control Location', relation: 'stock.location' },
      wh_output_stock_loc_id: { type: 'many2one', string: 'Output Location', relation: 'stock.location' },
      wh_pack_stock_loc_id: { type: 'many2one', string: 'Packing Location', relation: 'stock.location' },
    };
  }

  /**
   * stock_warehouse.py create (17.0): a view location named after the code under
   * Physical Locations, then its sub-locations (_get_locations_values, one-step
   * reception and delivery: only Stock active), barcodes "<CODE>-STOCK" etc. from the
   * code without spaces in upper case. Routes and operation types are not simulated.
   */
  override create(env: Env, valsList: Vals[]): number[] {
    const locations = env.model('stock.location');
    const su = env.sudo();
    const prepared = valsList.map((input) => {
      const vals = { ...input };
      const company = (vals.company_id as number | undefined) ?? env.companyId;
      const code = String(vals.code ?? '')
        .replace(/ /g, '')
        .toUpperCase();
      const physical = env.registry.xmlidToResId('stock.stock_location_locations');
      const [view] = locations.create(su, [{ name: vals.code ?? false, usage: 'view', location_id: physical, company_id: company }]);
      vals.view_location_id = view;
      const sub: [string, string, boolean, string][] = [
        ['lot_stock_id', 'Stock', true, 'STOCK'],
        ['wh_input_stock_loc_id', 'Input', false, 'INPUT'],
        ['wh_qc_stock_loc_id', 'Quality Control', false, 'QUALITY'],
        ['wh_output_stock_loc_id', 'Output', false, 'OUTPUT'],
        ['wh_pack_stock_loc_id', 'Packing Zone', false, 'PACKING'],
      ];
      for (const [field, name, active, suffix] of sub) {
        const barcode = validBarcode(env, `${code}-${suffix}`, company);
        [vals[field]] = locations.create(su.withContext({ active_test: false }), [
          { name, active, usage: 'internal', location_id: view, company_id: company, barcode, replenish_location: field === 'lot_stock_id' },
        ]);
      }
      return vals;
    });
    return super.create(env, prepared);
  }
}

/** _valid_barcode: the barcode, unless a location of the company already has it. */
function validBarcode(env: Env, barcode: string, company: number): string | false {
  const taken = [...env.registry.store.table('stock.location').rows.values()].some((l) => l.barcode === barcode && l.company_id === company);
  return taken ? false : barcode;
}
