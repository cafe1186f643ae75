// stock.quant with Odoo 17's inventory mode (context inventory_mode + stock user):
// restricted create that reuses an existing quant, restricted write, counts, and
// action_apply_inventory with its wizards. See odoo-internals.md.
import { checkCompany } from '../orm/check_company';
import { keyError, missingError, userError, validationError, valueError } from '../errors';
import { Env } from '../orm/env';
import { Fields, roundDigits } from '../orm/fields';
import { BaseModel, Vals } from '../orm/model';
import type { Index, Row } from '../orm/store';
import { applyInventory, compareQty, isZero, productRounding } from './inventory';
import { isStorable } from './product';
import { productInfo } from './product_info';
import { gatherStrict } from './quant_stock';

const CREATE_FIELDS = [
  'product_id',
  'owner_id',
  'inventory_quantity',
  'inventory_quantity_auto_apply',
  'inventory_diff_quantity',
  'inventory_date',
  'user_id',
  'inventory_quantity_set',
  'is_outdated',
  'lot_id',
  'location_id',
  'package_id',
];
const FORBIDDEN_WRITE = ['product_id', 'location_id', 'lot_id', 'package_id', 'owner_id'];

export class StockQuant extends BaseModel {
  readonly name = 'stock.quant';
  readonly description = 'Quants';
  readonly className = 'StockQuant';
  override recName = 'product_id';
  override recNamesSearch = ['location_id', 'lot_id', 'package_id', 'owner_id'];
  private serialIndex: Index | null = null;

  protected defineFields(): Fields {
    const product = (env: Env, row: Row) => env.registry.store.table('product.product').get(row.product_id as number);
    const fromProduct = (f: string) => (env: Env, row: Row) => {
      const p = product(env, row);
      return p ? env.model('product.product').value(env, p, f) : null;
    };
    const qty = (row: Row, f: string) => (row[f] as number | null) ?? 0;
    return {
      product_id: { type: 'many2one', string: 'Product', relation: 'product.product', required: true, ondelete: 'restrict' },
      product_tmpl_id: {
        type: 'many2one',
        string: 'Product Template',
        relation: 'product.template',
        store: false,
        searchable: true,
        compute: fromProduct('product_tmpl_id'),
      },
      product_uom_id: {
        type: 'many2one',
        string: 'Unit of Measure',
        relation: 'uom.uom',
        readonly: true,
        store: false,
        searchable: true,
        compute: fromProduct('uom_id'),
      },
      company_id: { type: 'many2one', string: 'Company', relation: 'res.company', readonly: true },
      location_id: { type: 'many2one', string: 'Location', relation: 'stock.location', required: true, ondelete: 'restrict' },
      warehouse_id: {
        type: 'many2one',
        string: 'Warehouse',
        relation: 'stock.warehouse',
        store: false,
        searchable: true,
        compute: (env, row) =>
          env.model('stock.location').value(env, env.registry.store.table('stock.location').get(row.location_id as number)!, 'warehouse_id'),
      },
      lot_id: { type: 'many2one', string: 'Lot/Serial Number', relation: 'stock.lot', ondelete: 'restrict' },
      package_id: { type: 'many2one', string: 'Package', relation: this.registry.traits.packageModel, ondelete: 'restrict' },
      owner_id: { type: 'many2one', string: 'Owner', relation: 'res.partner' },
      quantity: { type: 'float', string: 'Quantity', readonly: true, digits: 2 },
      reserved_quantity: { type: 'float', string: 'Reserved Quantity', readonly: true, required: true, digits: 2, default: () => 0 },
      available_quantity: {
        type: 'float',
        string: 'Available Quantity',
        digits: 2,
        store: false,
        compute: (_e, row) => qty(row, 'quantity') - qty(row, 'reserved_quantity'),
      },
      in_date: { type: 'datetime', string: 'Incoming Date', readonly: true, required: true, default: (env) => env.now() },
      tracking: {
        type: 'selection',
        string: 'Tracking',
        selection: [
          ['serial', 'By Unique Serial Number'],
          ['lot', 'By Lots'],
          ['none', 'No Tracking'],
        ],
        store: false,
        searchable: true,
        compute: fromProduct('tracking'),
      },
      on_hand: {
        type: 'boolean',
        string: 'On Hand',
        store: false,
        searchDomain: (_env, op, value) => {
          if (!['=', '!='].includes(op) || typeof value !== 'boolean') throw userError('Operation not supported');
          const inside = (op === '=') === value;
          return [['location_id.warehouse_id', inside ? '!=' : '=', false]];
        },
        compute: () => false,
      },
      inventory_quantity: { type: 'float', string: 'Counted Quantity', digits: 2 },
      inventory_quantity_auto_apply: {
        type: 'float',
        string: 'Inventoried Quantity',
        digits: 2,
        store: false,
        groups: 'stock.group_stock_manager',
        compute: (_e, row) => qty(row, 'quantity'),
      },
      inventory_diff_quantity: { type: 'float', string: 'Difference', readonly: true, digits: 2 },
      inventory_date: { type: 'date', string: 'Scheduled Date' },
      last_count_date: { type: 'date', string: 'Last Count Date', store: false, compute: (env, row) => this.lastCountDate(env, row) },
      inventory_quantity_set: { type: 'boolean', string: 'Inventory Quantity Set', default: () => false },
      is_outdated: {
        type: 'boolean',
        string: 'Quantity has been moved since last count',
        store: false,
        searchDomain: (env) => [['id', 'in', this.outdatedIds(env)]],
        compute: (env, row) => this.isOutdated(env, row),
      },
      user_id: { type: 'many2one', string: 'Assigned To', relation: 'res.users' },
      sn_duplicated: { type: 'boolean', string: 'Duplicated Serial Number', store: false, compute: (env, row) => this.snDuplicated(env, row) },
    };
  }

  protected override computeDisplayName(env: Env, row: Row): string | false {
    const parts = [env.model('stock.location').displayName(env, row.location_id as number)];
    if (row.lot_id) parts.push(env.registry.store.table('stock.lot').get(row.lot_id as number)!.name as string);
    if (row.package_id) parts.push(env.registry.store.table(env.registry.traits.packageModel).get(row.package_id as number)!.name as string);
    if (row.owner_id) parts.push(env.registry.store.table('res.partner').get(row.owner_id as number)!.name as string);
    return parts.join(' - ');
  }

  /** _is_inventory_mode: the context flag, for stock users only. */
  isInventoryMode(env: Env): boolean {
    return Boolean(env.context.inventory_mode) && env.hasGroup('stock.group_stock_user');
  }

  override create(env: Env, valsList: Vals[]): number[] {
    const inventoryMode = this.isInventoryMode(env);
    const ids: number[] = [];
    // quants created in inventory mode, checked by quant._check_company() in Odoo's create
    // (one by one there: the first failing quant is reported, as here)
    const toCheck: number[] = [];
    for (const input of valsList) {
      const vals = { ...input };
      if (inventoryMode && ('inventory_quantity' in vals || 'inventory_quantity_auto_apply' in vals)) {
        if (Object.keys(vals).some((k) => !CREATE_FIELDS.includes(k))) throw userError("Quant's creation is restricted, you can't do this operation.");
        const autoApply = 'inventory_quantity_auto_apply' in vals;
        // Python: vals.pop('inventory_quantity_auto_apply', False) or vals.pop('inventory_quantity', False) or 0
        let counted = pop(vals, 'inventory_quantity_auto_apply');
        if (!counted) counted = pop(vals, 'inventory_quantity');
        if (!('product_id' in vals)) throw keyError('product_id');
        if (!('location_id' in vals)) throw keyError('location_id');
        let existing: Row[] = [];
        if (!env.context.import_file) {
          existing = gatherStrict(env, {
            product: vals.product_id as number,
            location: vals.location_id as number,
            lot: (vals.lot_id as number) || null,
            package: (vals.package_id as number) || null,
            owner: (vals.owner_id as number) || null,
          });
        }
        if (vals.lot_id) existing = existing.filter((q) => q.lot_id);
        const su = env.sudo();
        // sudo().create(vals) comes back here in inventory mode without the count: a checked create
        const id = existing.length ? existing[0].id : this.createChecked(su, vals, toCheck);
        if (autoApply) this.write(su, [id], { inventory_quantity_auto_apply: counted || 0 });
        else {
          // quant.inventory_quantity = ...; quant.user_id = ...; quant.inventory_date = today (one write)
          this.write(su, [id], { inventory_quantity: counted || 0, user_id: 'user_id' in vals ? vals.user_id : env.uid, inventory_date: env.today() });
        }
        ids.push(id);
      } else if (inventoryMode) ids.push(this.createChecked(env, vals, toCheck));
      else ids.push(...super.create(env, [vals]));
    }
    if (toCheck.length) checkCompany(env, this, toCheck, ['product_id', 'lot_id', 'package_id', 'owner_id'], { firstRecordOnly: true });
    return ids;
  }

  /** stock_quant.py create, inventory mode without a count: super().create(vals), then quant._check_company(). */
  private createChecked(env: Env, vals: Vals, toCheck: number[]): number {
    const [id] = super.create(env, [vals]);
    toCheck.push(id);
    return id;
  }

  override writeRpc(env: Env, ids: number[], vals: Vals): unknown {
    if (this.isInventoryMode(env) && FORBIDDEN_WRITE.some((f) => f in vals)) {
      // "Do nothing when user tries to modify manually a inventory loss": returns None
      if (ids.some((id) => this.locationUsage(id) === 'inventory')) return null;
      throw userError("Quant's editing is restricted, you can't do this operation.");
    }
    this.write(env, ids, vals);
    return true;
  }

  override write(env: Env, ids: number[], input: Vals): void {
    const vals = { ...input };
    const autoApply = 'inventory_quantity_auto_apply' in vals;
    const applied = vals.inventory_quantity_auto_apply;
    if (autoApply && !env.su) {
      this.checkAccessRights(env, 'write');
      this.checkFieldAccess(env, 'write', ['inventory_quantity_auto_apply']);
    }
    delete vals.inventory_quantity_auto_apply;
    if (Object.keys(vals).length || !autoApply) super.write(env, ids, vals);
    // inverse of inventory_quantity_auto_apply (_set_inventory_quantity): count and apply at once
    if (autoApply && this.isInventoryMode(env)) {
      const value = Number(applied) || 0;
      const todo = ids.filter((id) => ((this.table.get(id)!.quantity as number) ?? 0) !== value);
      if (todo.length) {
        super.write(env, todo, { inventory_quantity: value });
        this.actionApplyInventory(env, todo);
      }
    }
  }

  private locationUsage(quantId: number): unknown {
    const q = this.table.get(quantId);
    return q ? this.registry.store.table('stock.location').get(q.location_id as number)?.usage : undefined;
  }

  // stored computes: company_id (related to the location), inventory_diff_quantity and
  // inventory_quantity_set (both depend on inventory_quantity only, as in Odoo)
  protected override afterCreate(env: Env, ids: number[]): void {
    const nextDates = new Map<number, string | null>();
    const locations = env.model('stock.location') as unknown as { nextInventoryDate(env: Env, id: number): string | null };
    for (const id of ids) {
      const row = this.table.get(id)!;
      this.table.update(id, 'company_id', this.registry.store.table('stock.location').get(row.location_id as number)?.company_id ?? null);
      this.table.update(id, 'inventory_diff_quantity', ((row.inventory_quantity as number) ?? 0) - ((row.quantity as number) ?? 0));
      // _compute_inventory_date: the next annual count for internal and transit locations
      if (!row.inventory_date) {
        const loc = row.location_id as number;
        if (!nextDates.has(loc)) nextDates.set(loc, locations.nextInventoryDate(env, loc));
        this.table.update(id, 'inventory_date', nextDates.get(loc) ?? null);
      }
    }
  }

  protected override afterWrite(_env: Env, ids: number[], changed: Set<string>): void {
    for (const id of ids) {
      const row = this.table.get(id)!;
      if (changed.has('location_id'))
        this.table.update(id, 'company_id', this.registry.store.table('stock.location').get(row.location_id as number)?.company_id ?? null);
      if (changed.has('inventory_quantity')) {
        if (!changed.has('inventory_diff_quantity'))
          this.table.update(id, 'inventory_diff_quantity', ((row.inventory_quantity as number) ?? 0) - ((row.quantity as number) ?? 0));
        if (!changed.has('inventory_quantity_set')) this.table.update(id, 'inventory_quantity_set', true);
      }
    }
  }

  protected override checkConstraints(env: Env, ids: number[], changed: Set<string>): void {
    const products = env.model('product.product');
    const ptable = env.registry.store.table('product.product');
    if (changed.has('product_id')) {
      for (const id of ids) {
        const p = ptable.get(this.table.get(id)!.product_id as number);
        if (p && !isStorable(env, products, p)) throw validationError('Quants cannot be created for consumables or services.');
      }
    }
    if (changed.has('location_id')) {
      for (const id of ids) {
        const loc = env.registry.store.table('stock.location').get(this.table.get(id)!.location_id as number);
        if (loc?.usage === 'view') throw validationError(`You cannot take products from or deliver products to a location of type "view" (${loc.name}).`);
      }
    }
    if (changed.has('quantity')) this.checkSerials(env, ids);
  }

  /** quant.write({'quantity': quantity + delta, 'in_date': ...}) of _update_available_quantity, without the generic write's overhead. */
  addQuantity(env: Env, id: number, delta: number, inDate: string): void {
    const row = this.table.get(id)!;
    this.table.update(id, 'in_date', inDate);
    this.table.update(id, 'quantity', roundDigits(((row.quantity as number) ?? 0) + delta, 2));
    this.table.update(id, 'write_uid', env.uid);
    this.table.update(id, 'write_date', env.now());
    this.checkSerials(env, [id]);
  }

  /** check_quantity: a serial number may not have more than one unit in one location. */
  private checkSerials(env: Env, ids: number[]): void {
    if (!this.serialIndex) this.serialIndex = this.table.addIndex(['product_id', 'location_id', 'lot_id']);
    const products = env.model('product.product');
    const ptable = env.registry.store.table('product.product');
    const seen = new Set<string>();
    for (const id of ids) {
      const q = this.table.get(id)!;
      if (!q.lot_id || this.locationUsage(id) === 'inventory') continue;
      if (productInfo(env, q.product_id as number).tracking !== 'serial') continue;
      const p = ptable.get(q.product_id as number)!;
      const key = `${q.product_id}|${q.location_id}|${q.lot_id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const total = this.table
        .lookup(this.serialIndex, [q.product_id, q.location_id, q.lot_id])
        .reduce((s, qid) => s + ((this.table.get(qid)!.quantity as number) ?? 0), 0);
      if (compareQty(Math.abs(total), 1, productRounding(env, p.id)) > 0) {
        const lot = env.registry.store.table('stock.lot').get(q.lot_id as number)!;
        throw validationError(`The serial number has already been assigned: \n Product: ${products.displayName(env, p.id)}, Serial Number: ${lot.name}`);
      }
    }
  }

  override unlink(env: Env, ids: number[]): void {
    if (!ids.length) return;
    if (!env.su) this.checkAccessRights(env, 'unlink');
    const existing = ids.filter((id) => this.table.get(id));
    // _unlink_except_wrong_permission: a manager's unlink first zeroes the quants with an adjustment
    if (existing.length && !env.isSuperuser()) {
      if (!env.hasGroup('stock.group_stock_manager')) {
        throw userError('Quants are auto-deleted when appropriate. If you must manually delete them, please ask a stock manager to do it.');
      }
      const inv = env.withContext({ inventory_mode: true });
      super.write(inv, existing, { inventory_quantity: 0 });
      applyInventory(inv, existing);
    }
    super.unlink(env, existing);
  }

  private isOutdated(env: Env, row: Row): boolean {
    if (!row.inventory_quantity_set) return false;
    const v = ((row.inventory_quantity as number) ?? 0) - ((row.inventory_diff_quantity as number) ?? 0);
    return compareQty(v, (row.quantity as number) ?? 0, productRounding(env, row.product_id as number)) !== 0;
  }

  private outdatedIds(env: Env): number[] {
    return [...this.table.rows.values()].filter((r) => this.isOutdated(env, r)).map((r) => r.id);
  }

  private snDuplicated(env: Env, row: Row): boolean {
    if (!row.lot_id || this.value(env, row, 'tracking') !== 'serial') return false;
    // quants per lot in internal/transit locations, computed once per database state
    const perLot = env.registry.derived('stock.quant.sn_count', () => {
      const locations = env.registry.store.table('stock.location');
      const counts = new Map<number, number>();
      for (const q of this.table.rows.values()) {
        if (q.lot_id && ['internal', 'transit'].includes(locations.get(q.location_id as number)?.usage as string))
          counts.set(q.lot_id as number, (counts.get(q.lot_id as number) ?? 0) + 1);
      }
      return counts;
    });
    return (perLot.get(row.lot_id as number) ?? 0) > 1;
  }

  /** _compute_last_count_date: latest done inventory line touching the quant's place. */
  private lastCountDate(env: Env, row: Row): string | null {
    const dates = env.registry.derived('stock.quant.last_count', () => {
      const lines = env.model('stock.move.line');
      const byPlace = new Map<string, string>();
      const keep = (k: string, d: string) => {
        if (!byPlace.has(k) || d > byPlace.get(k)!) byPlace.set(k, d);
      };
      for (const l of lines.table.rows.values()) {
        if (!lines.value(env, l, 'is_inventory') || lines.value(env, l, 'state') !== 'done') continue;
        const d = (l.date as string).slice(0, 10);
        const tail = `${l.product_id}|${l.lot_id ?? ''}|${l.owner_id ?? ''}`;
        keep(`${l.location_id}|${tail}`, d);
        keep(`${l.location_dest_id}|${tail}`, d);
      }
      return byPlace;
    });
    return dates.get(`${row.location_id}|${row.product_id}|${row.lot_id ?? ''}|${row.owner_id ?? ''}`) ?? null;
  }

  /**
   * action_apply_inventory: wizard actions for conflicts and tracked quants without lot, else apply.
   * The tracked-without-lot condition is the same in 16.0, 17.0 and 18.0 (stock_quant.py): a
   * lot-less quant of a tracked product whose count differs from its quantity and whose
   * quantity is 0, so zeroing a lot-less quant that holds stock is applied without the wizard.
   */
  actionApplyInventory(env: Env, ids: number[]): unknown {
    for (const id of ids)
      if (!this.table.get(id)) throw missingError(`Record does not exist or has been deleted.\n(Record: stock.quant(${id},), User: ${env.uid})`);
    const products = env.model('product.product');
    const tracked: number[] = [];
    for (const id of ids) {
      const q = this.table.get(id)!;
      const rounding = productRounding(env, q.product_id as number);
      const num = (f: string) => (q[f] as number | null) ?? 0;
      if (isZero(num('inventory_diff_quantity'), rounding) && isZero(num('inventory_quantity'), rounding) && isZero(num('quantity'), rounding)) continue;
      const tracking = products.value(env, env.registry.store.table('product.product').get(q.product_id as number)!, 'tracking');
      if ((tracking === 'lot' || tracking === 'serial') && !q.lot_id && num('inventory_quantity') !== num('quantity') && !num('quantity'))
        tracked.push(q.product_id as number);
    }
    const ctx: Record<string, unknown> = { ...env.context, default_quant_ids: ids };
    const outdated = ids.filter((id) => this.isOutdated(env, this.table.get(id)!));
    if (outdated.length) {
      ctx.default_quant_to_fix_ids = outdated;
      return wizard('Conflict in Inventory Adjustment', 'stock.inventory.conflict', ctx);
    }
    // 19 applies such counts without asking
    if (tracked.length && env.registry.traits.trackedWithoutLotAsksConfirmation) {
      ctx.default_product_ids = tracked;
      return wizard('Tracked Products in Inventory Adjustment', 'stock.track.confirmation', ctx);
    }
    applyInventory(env, ids);
    super.write(env, ids, { inventory_quantity_set: false });
    return null;
  }

  override methods(env: Env) {
    const multi = (name: string, run: (ids: number[]) => unknown) => ({
      api: 'multi' as const,
      qualname: `StockQuant.${name}`,
      params: [],
      run: (_a: Vals, ids: number[]) => run(ids),
    });
    return {
      ...super.methods(env),
      action_apply_inventory: multi('action_apply_inventory', (ids) => this.actionApplyInventory(env, ids)),
      action_set_inventory_quantity: multi('action_set_inventory_quantity', (ids) => {
        if (ids.some((id) => this.table.get(id)?.inventory_quantity_set)) {
          return { ...wizard('Quantities Already Set', 'stock.inventory.warning', { ...env.context, default_quant_ids: ids }), view_id: false };
        }
        for (const id of ids) this.write(env, [id], { inventory_quantity: this.table.get(id)!.quantity ?? 0 });
        this.write(env, ids, { user_id: env.uid, inventory_quantity_set: true });
        return null;
      }),
      ...(env.registry.traits.clearCountMethod
        ? {
            action_set_inventory_quantity_zero: multi('action_set_inventory_quantity_zero', (ids) => {
              const unset = ids.filter((id) => !this.table.get(id)?.inventory_quantity);
              if (unset.length) this.write(env, unset, { inventory_quantity: 0 });
              this.write(env, ids, { user_id: env.uid });
              return null;
            }),
            action_clear_inventory_quantity: multi('action_clear_inventory_quantity', (ids) => {
              this.write(env, ids, { inventory_quantity: 0, inventory_diff_quantity: 0, inventory_quantity_set: false, user_id: false });
              return null;
            }),
          }
        : {
            // 16: "set to zero" drops the count (the user stays)
            action_set_inventory_quantity_to_zero: multi('action_set_inventory_quantity_to_zero', (ids) => {
              this.write(env, ids, { inventory_quantity: 0, inventory_diff_quantity: 0, inventory_quantity_set: false });
              return null;
            }),
          }),
      action_inventory_history: multi('action_inventory_history', (ids) => {
        if (ids.length !== 1) throw validationErrorSingleton(ids);
        const q = this.table.get(ids[0])!;
        const context: Record<string, unknown> = { search_default_inventory: 1, search_default_done: 1, search_default_product_id: q.product_id };
        if (q.lot_id) context.search_default_lot_id = q.lot_id;
        if (q.package_id) Object.assign(context, { search_default_package_id: q.package_id, search_default_result_package_id: q.package_id });
        if (q.owner_id) context.search_default_owner_id = q.owner_id;
        return {
          name: 'History',
          view_mode: 'list,form',
          res_model: 'stock.move.line',
          views: [
            [false, 'list'],
            [false, 'form'],
          ],
          type: 'ir.actions.act_window',
          context,
          domain: [['company_id', '=', q.company_id], '|', ['location_id', '=', q.location_id], ['location_dest_id', '=', q.location_id]],
        };
      }),
    };
  }
}

function pop(vals: Vals, key: string): unknown {
  const v = vals[key];
  delete vals[key];
  return v;
}

function wizard(name: string, model: string, context: Record<string, unknown>) {
  return { name, type: 'ir.actions.act_window', view_mode: 'form', views: [[false, 'form']], res_model: model, target: 'new', context };
}

function validationErrorSingleton(ids: number[]) {
  return valueError(`Expected singleton: stock.quant(${ids.join(', ')})`);
}
