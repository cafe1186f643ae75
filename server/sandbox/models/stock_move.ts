// stock.picking, stock.move and stock.move.line: the history. Moves are made done by
// inventory adjustments (see inventory.ts) and by the demo data; the sandbox does
// not run the picking workflow (reservation, validation, backorders).
import { userError, validationError } from '../errors';
import { Env } from '../orm/env';
import { Fields } from '../orm/fields';
import { BaseModel, Vals } from '../orm/model';
import type { Row } from '../orm/store';
import { checkLotProduct } from './inventory';

const MOVE_STATES: [string, string][] = [
  ['draft', 'New'],
  ['waiting', 'Waiting Another Move'],
  ['confirmed', 'Waiting Availability'],
  ['partially_available', 'Partially Available'],
  ['assigned', 'Available'],
  ['done', 'Done'],
  ['cancel', 'Cancelled'],
];

export class StockPicking extends BaseModel {
  readonly name = 'stock.picking';
  readonly description = 'Transfer';
  readonly className = 'Picking';
  override order = 'priority desc, scheduled_date asc, id desc';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Reference', default: () => '/' },
      origin: { type: 'char', string: 'Source Document' },
      state: {
        type: 'selection',
        string: 'Status',
        selection: [
          ['draft', 'Draft'],
          ['waiting', 'Waiting Another Operation'],
          ['confirmed', 'Waiting'],
          ['assigned', 'Ready'],
          ['done', 'Done'],
          ['cancel', 'Cancelled'],
        ],
        default: () => 'draft',
      },
      priority: {
        type: 'selection',
        string: 'Priority',
        selection: [
          ['0', 'Normal'],
          ['1', 'Urgent'],
        ],
        default: () => '0',
      },
      picking_type_code: {
        type: 'selection',
        string: 'Type of Operation',
        selection: [
          ['incoming', 'Receipt'],
          ['outgoing', 'Delivery'],
          ['internal', 'Internal Transfer'],
        ],
      },
      partner_id: { type: 'many2one', string: 'Contact', relation: 'res.partner' },
      location_id: { type: 'many2one', string: 'Source Location', relation: 'stock.location', required: true },
      location_dest_id: { type: 'many2one', string: 'Destination Location', relation: 'stock.location', required: true },
      scheduled_date: { type: 'datetime', string: 'Scheduled Date', default: (env) => env.now() },
      date_done: { type: 'datetime', string: 'Date of Transfer' },
      company_id: { type: 'many2one', string: 'Company', relation: 'res.company', default: (env) => env.companyId },
      move_ids: { type: 'one2many', string: 'Stock Moves', relation: 'stock.move', inverseName: 'picking_id' },
      move_line_ids: { type: 'one2many', string: 'Operations', relation: 'stock.move.line', inverseName: 'picking_id' },
    };
  }
}

export class StockMove extends BaseModel {
  readonly name = 'stock.move';
  readonly description = 'Stock Move';
  readonly className = 'StockMove';
  override order = 'sequence, id';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Description', required: true },
      sequence: { type: 'integer', string: 'Sequence', default: () => 10 },
      reference: { type: 'char', string: 'Reference' },
      origin: { type: 'char', string: 'Source Document' },
      product_id: { type: 'many2one', string: 'Product', relation: 'product.product', required: true },
      product_uom: { type: 'many2one', string: 'UoM', relation: 'uom.uom', required: true },
      product_uom_qty: { type: 'float', string: 'Demand', digits: 2, required: true, default: () => 0 },
      product_qty: { type: 'float', string: 'Real Quantity', store: false, compute: (_e, r) => r.product_uom_qty },
      quantity: { type: 'float', string: 'Quantity', digits: 2 },
      location_id: { type: 'many2one', string: 'Source Location', relation: 'stock.location', required: true },
      location_dest_id: { type: 'many2one', string: 'Destination Location', relation: 'stock.location', required: true },
      partner_id: { type: 'many2one', string: 'Destination Address', relation: 'res.partner' },
      picking_id: { type: 'many2one', string: 'Transfer', relation: 'stock.picking' },
      state: { type: 'selection', string: 'Status', selection: MOVE_STATES, default: () => 'draft' },
      date: { type: 'datetime', string: 'Date Scheduled', required: true, default: (env) => env.now() },
      company_id: { type: 'many2one', string: 'Company', relation: 'res.company', required: true, default: (env) => env.companyId },
      is_inventory: { type: 'boolean', string: 'Inventory' },
      picked: { type: 'boolean', string: 'Picked' },
      restrict_partner_id: { type: 'many2one', string: 'Owner ', relation: 'res.partner' }, // sic, stock_move.py
      move_line_ids: { type: 'one2many', string: 'Move Lines', relation: 'stock.move.line', inverseName: 'move_id' },
    };
  }

  // reference: the transfer's name, else the move's name (stored compute in Odoo)
  protected override afterCreate(env: Env, ids: number[]): void {
    this.refreshReference(env, ids);
  }

  protected override afterWrite(env: Env, ids: number[], changed: Set<string>): void {
    if (changed.has('name') || changed.has('picking_id')) this.refreshReference(env, ids);
  }

  private refreshReference(env: Env, ids: number[]): void {
    const pickings = env.registry.store.table('stock.picking');
    for (const id of ids) {
      const row = this.table.get(id)!;
      const picking = row.picking_id ? pickings.get(row.picking_id as number) : undefined;
      this.table.update(id, 'reference', (picking?.name as string) ?? row.name);
    }
  }
}

/** Fields of a done move line that move stock: editing them would need quant updates. */
const STOCK_FIELDS = [
  'quantity',
  'qty_done',
  'product_id',
  'location_id',
  'location_dest_id',
  'lot_id',
  'package_id',
  'result_package_id',
  'owner_id',
  'product_uom_id',
];

export class StockMoveLine extends BaseModel {
  readonly name = 'stock.move.line';
  readonly description = 'Product Moves (Stock Move Line)';
  readonly className = 'StockMoveLine';
  override order = 'result_package_id desc, id';
  override recName = 'product_id';

  protected defineFields(): Fields {
    const fromMove = (f: string) => (env: Env, row: Row) => {
      const move = row.move_id ? env.registry.store.table('stock.move').get(row.move_id as number) : undefined;
      return move ? (move[f] ?? null) : null;
    };
    const fromLocation = (link: string) => (env: Env, row: Row) => env.registry.store.table('stock.location').get(row[link] as number)?.usage ?? null;
    return {
      picking_id: { type: 'many2one', string: 'Transfer', relation: 'stock.picking' },
      move_id: { type: 'many2one', string: 'Stock Operation', relation: 'stock.move' },
      company_id: { type: 'many2one', string: 'Company', relation: 'res.company', required: true, default: (env) => env.companyId },
      product_id: { type: 'many2one', string: 'Product', relation: 'product.product', ondelete: 'cascade' },
      product_uom_id: { type: 'many2one', string: 'Unit of Measure', relation: 'uom.uom', required: true },
      // the done quantity: qty_done in 16, quantity from 17
      [this.registry.traits.moveLineQuantity]: { type: 'float', string: 'Quantity', digits: 2 },
      quantity_product_uom: { type: 'float', string: 'Quantity in Product UoM', digits: 2 },
      picked: { type: 'boolean', string: 'Picked' },
      package_id: { type: 'many2one', string: 'Source Package', relation: this.registry.traits.packageModel, ondelete: 'restrict' },
      result_package_id: { type: 'many2one', string: 'Destination Package', relation: this.registry.traits.packageModel, ondelete: 'restrict' },
      lot_id: { type: 'many2one', string: 'Lot/Serial Number', relation: 'stock.lot' },
      lot_name: { type: 'char', string: 'Lot/Serial Number Name' },
      date: { type: 'datetime', string: 'Date', required: true, default: (env) => env.now() },
      owner_id: { type: 'many2one', string: 'From Owner', relation: 'res.partner' },
      location_id: { type: 'many2one', string: 'From', relation: 'stock.location', required: true },
      location_dest_id: { type: 'many2one', string: 'To', relation: 'stock.location', required: true },
      location_usage: {
        type: 'selection',
        string: 'Source Location Type',
        selection: [],
        store: false,
        searchable: true,
        compute: fromLocation('location_id'),
      },
      location_dest_usage: {
        type: 'selection',
        string: 'Destination Location Type',
        selection: [],
        store: false,
        searchable: true,
        compute: fromLocation('location_dest_id'),
      },
      state: { type: 'selection', string: 'Status', selection: MOVE_STATES, store: false, searchable: true, compute: fromMove('state') },
      is_inventory: { type: 'boolean', string: 'Inventory', store: false, searchable: true, compute: fromMove('is_inventory') },
      reference: { type: 'char', string: 'Reference', store: false, searchable: true, compute: fromMove('reference') },
      origin: { type: 'char', string: 'Source', store: false, searchable: true, compute: fromMove('origin') },
      tracking: {
        type: 'selection',
        string: 'Product with Tracking',
        selection: [
          ['serial', 'By Unique Serial Number'],
          ['lot', 'By Lots'],
          ['none', 'No Tracking'],
        ],
        store: false,
        searchable: true,
        compute: (env, row) => {
          const p = env.registry.store.table('product.product').get(row.product_id as number);
          return p ? env.model('product.product').value(env, p, 'tracking') : null;
        },
      },
      description_picking: { type: 'text', string: 'Description picking' },
    };
  }

  protected override afterCreate(env: Env, ids: number[]): void {
    this.syncProductQuantity(ids);
    void env;
  }

  protected override afterWrite(_env: Env, ids: number[], changed: Set<string>): void {
    if (changed.has(this.registry.traits.moveLineQuantity)) this.syncProductQuantity(ids);
  }

  // quantity_product_uom: the sandbox's move lines are always in the product's unit
  private syncProductQuantity(ids: number[]): void {
    for (const id of ids) this.table.update(id, 'quantity_product_uom', this.table.get(id)![this.registry.traits.moveLineQuantity] ?? 0);
  }

  protected override checkConstraints(env: Env, ids: number[], changed: Set<string>): void {
    const q = this.registry.traits.moveLineQuantity;
    if (changed.has(q) && ids.some((id) => ((this.table.get(id)![q] as number) ?? 0) < 0)) {
      throw validationError('You can not enter negative quantities.');
    }
    if (changed.has('lot_id') || changed.has('product_id')) checkLotProduct(env, ids);
  }

  override isSortable(fname: string): boolean {
    // state and reference are stored related fields in Odoo
    return ['state', 'reference'].includes(fname) || super.isSortable(fname);
  }

  override write(env: Env, ids: number[], vals: Vals): void {
    const done = ids.some((id) => this.value(env, this.table.get(id) ?? ({ id } as Row), 'state') === 'done');
    const touched = STOCK_FIELDS.filter((f) => f in vals);
    if (done && touched.length) {
      throw userError(`The sandbox does not support editing done move lines (${touched.join(', ')}); Odoo would update the quants.`);
    }
    super.write(env, ids, vals);
  }

  override unlink(env: Env, ids: number[]): void {
    if (!ids.length) return;
    if (!env.su) this.checkAccessRights(env, 'unlink');
    for (const id of ids) {
      const row = this.table.get(id);
      const state = row ? this.value(env, row, 'state') : null;
      if (state === 'done' || state === 'cancel') {
        throw userError('You can not delete product moves if the picking is done. You can only correct the done quantities.');
      }
    }
    super.unlink(env, ids);
  }
}
