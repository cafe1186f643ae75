// product.category, product.template and product.product (with stock installed).
// A variant inherits the template's fields (_inherits); a template has one variant
// per combination of its attribute values (product_attribute.ts), or one variant
// without attributes. "Storable" is detailed_type = 'product' in 16/17 (type follows it),
// and the is_storable boolean on type 'consu' ("Goods") from 18.
import { userError, validationError } from '../errors';
import { Env } from '../orm/env';
import { FieldDef, Fields } from '../orm/fields';
import { BaseModel, Vals } from '../orm/model';
import type { Registry } from '../orm/registry';
import type { Index, Row } from '../orm/store';
import { combinationName } from './product_attribute';
import { warehouseOf } from './stock_location';

const TYPES: [string, string][] = [
  ['consu', 'Consumable'],
  ['service', 'Service'],
  ['product', 'Storable Product'],
];
const TYPES_FROM_18: [string, string][] = [
  ['consu', 'Goods'],
  ['service', 'Service'],
  ['combo', 'Combo'],
];

/** Whether a template (or variant) row is storable, in the version the registry plays. */
export function isStorable(env: Env, model: BaseModel, row: Row): boolean {
  if (env.registry.traits.storable === 'is_storable') return model.value(env, row, 'is_storable') === true;
  return model.value(env, row, 'type') === 'product';
}

/** product_expiry's fields on the template (days before expiration for each alert). */
const EXPIRY_FIELDS: Fields = {
  use_expiration_date: { type: 'boolean', string: 'Use Expiration Date', default: () => false },
  expiration_time: { type: 'integer', string: 'Expiration Time', default: () => 0 },
  use_time: { type: 'integer', string: 'Best Before Time', default: () => 0 },
  removal_time: { type: 'integer', string: 'Removal Time', default: () => 0 },
  alert_time: { type: 'integer', string: 'Alert Time', default: () => 0 },
};

/** The fields saying "storable", per version. */
function typeFields(registry: Registry): Fields {
  if (registry.traits.storable === 'is_storable') {
    return {
      type: { type: 'selection', string: 'Product Type', selection: TYPES_FROM_18, required: true, default: () => 'consu' },
      is_storable: { type: 'boolean', string: 'Track Inventory', default: () => false },
    };
  }
  return {
    detailed_type: { type: 'selection', string: 'Product Type', selection: TYPES, required: true, default: () => 'consu' },
    type: { type: 'selection', string: 'Type', selection: TYPES, required: true, default: () => 'consu' },
  };
}
const TRACKING: [string, string][] = [
  ['serial', 'By Unique Serial Number'],
  ['lot', 'By Lots'],
  ['none', 'No Tracking'],
];

export class ProductCategory extends BaseModel {
  readonly name = 'product.category';
  readonly description = 'Product Category';
  readonly className = 'ProductCategory';
  override order = 'complete_name';
  override recName = 'complete_name';
  override parentName = 'parent_id';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Name', required: true },
      complete_name: { type: 'char', string: 'Complete Name' },
      parent_id: { type: 'many2one', string: 'Parent Category', relation: 'product.category', ondelete: 'cascade' },
    };
  }

  protected override afterCreate(_env: Env, ids: number[]): void {
    for (const id of ids) {
      const row = this.table.get(id)!;
      const parent = row.parent_id ? this.table.get(row.parent_id as number) : undefined;
      this.table.update(id, 'complete_name', parent ? `${parent.complete_name} / ${row.name}` : row.name);
    }
  }
}

/** Sum of the quantities of quants in warehouse locations (qty_available without context). */
export function onHand(env: Env, productIds: number[]): number {
  const quants = env.model('stock.quant');
  const inWarehouse = new Map<number, boolean>();
  let total = 0;
  for (const pid of productIds) {
    for (const qid of quantsOf(env, pid)) {
      const q = quants.table.get(qid)!;
      const loc = q.location_id as number;
      if (!inWarehouse.has(loc)) inWarehouse.set(loc, warehouseOf(env, loc) !== null);
      if (inWarehouse.get(loc)) total += (q.quantity as number) ?? 0;
    }
  }
  return Math.round(total * 1e6) / 1e6;
}

let quantIndex: { registry: unknown; idx: Index } | null = null;
function quantsOf(env: Env, productId: number): number[] {
  const table = env.registry.store.table('stock.quant');
  if (!quantIndex || quantIndex.registry !== env.registry) quantIndex = { registry: env.registry, idx: table.addIndex(['product_id']) };
  return table.lookup(quantIndex.idx, [productId]);
}

const displayWithCode = (code: unknown, name: unknown) => (name ? `${code ? `[${code}] ` : ''}${name}` : false);

export class ProductTemplate extends BaseModel {
  readonly name = 'product.template';
  readonly description = 'Product';
  readonly className = 'ProductTemplate';
  override order = 'priority desc, name';
  override recNamesSearch = ['name', 'default_code'];

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Name', required: true },
      default_code: { type: 'char', string: 'Internal Reference' },
      barcode: {
        type: 'char',
        string: 'Barcode',
        store: false,
        searchable: true,
        compute: (env, row) => {
          const variants = this.variants(env, row.id);
          return variants.length === 1 ? (variants[0].barcode ?? null) : null;
        },
      },
      ...typeFields(this.registry),
      ...(this.registry.modules.has('product_expiry') ? EXPIRY_FIELDS : {}),
      tracking: { type: 'selection', string: 'Tracking', selection: TRACKING, required: true, default: () => 'none' },
      uom_id: { type: 'many2one', string: 'Unit of Measure', relation: 'uom.uom', required: true, default: () => 1 },
      // gone in 19
      ...(this.registry.traits.purchaseUom
        ? { uom_po_id: { type: 'many2one', string: 'Purchase Unit of Measure', relation: 'uom.uom', required: true, default: () => 1 } as FieldDef }
        : {}),
      categ_id: { type: 'many2one', string: 'Product Category', relation: 'product.category', required: true, default: () => 1 },
      list_price: { type: 'float', string: 'Sales Price', digits: 2, default: () => 1.0 },
      standard_price: {
        type: 'float',
        string: 'Cost',
        digits: 2,
        store: false,
        searchable: true,
        compute: (env, row) => {
          const variants = this.variants(env, row.id);
          return variants.length === 1 ? (variants[0].standard_price ?? 0) : 0;
        },
      },
      sale_ok: { type: 'boolean', string: 'Can be Sold', default: () => true },
      purchase_ok: { type: 'boolean', string: 'Can be Purchased', default: () => true },
      active: { type: 'boolean', string: 'Active', default: () => true },
      priority: {
        type: 'selection',
        string: 'Favorite',
        selection: [
          ['0', 'Normal'],
          ['1', 'Favorite'],
        ],
        default: () => '0',
      },
      description: { type: 'html', string: 'Description' },
      weight: { type: 'float', string: 'Weight', digits: 2 },
      volume: { type: 'float', string: 'Volume', digits: 4 },
      company_id: { type: 'many2one', string: 'Company', relation: 'res.company' },
      property_stock_inventory: { type: 'many2one', string: 'Inventory Location', relation: 'stock.location', companyDependent: true },
      attribute_line_ids: {
        type: 'one2many',
        string: 'Product Attributes',
        relation: 'product.template.attribute.line',
        inverseName: 'product_tmpl_id',
      },
      // a one2many read with active_test: archived variants are left out
      product_variant_ids: {
        type: 'one2many',
        string: 'Products',
        relation: 'product.product',
        inverseName: 'product_tmpl_id',
        compute: (env, row) =>
          env.model('product.product').sortIds(
            env,
            this.variants(env, row.id).map((v) => v.id),
          ),
      },
      product_variant_id: {
        type: 'many2one',
        string: 'Product',
        relation: 'product.product',
        store: false,
        compute: (env, row) => this.variants(env, row.id)[0]?.id ?? null,
      },
      product_variant_count: { type: 'integer', string: '# Product Variants', store: false, compute: (env, row) => this.variants(env, row.id).length },
      qty_available: {
        type: 'float',
        string: 'Quantity On Hand',
        digits: 2,
        store: false,
        searchable: true,
        compute: (env, row) =>
          onHand(
            env,
            this.variants(env, row.id, true).map((v) => v.id),
          ),
      },
      virtual_available: {
        type: 'float',
        string: 'Forecasted Quantity',
        digits: 2,
        store: false,
        searchable: true,
        compute: (env, row) =>
          onHand(
            env,
            this.variants(env, row.id, true).map((v) => v.id),
          ),
      },
      uom_name: {
        type: 'char',
        string: 'Unit of Measure Name',
        store: false,
        compute: (env, row) => env.registry.store.table('uom.uom').get(row.uom_id as number)?.name ?? null,
      },
    };
  }

  variants(env: Env, templateId: number, withArchived = false): Row[] {
    const products = env.model('product.product');
    const out: Row[] = [];
    for (const r of products.table.rows.values()) if (r.product_tmpl_id === templateId && (withArchived || r.active !== false)) out.push(r);
    return out.sort((a, b) => a.id - b.id);
  }

  protected override computeDisplayName(_env: Env, row: Row): string | false {
    return displayWithCode(row.default_code, row.name);
  }

  /** Fields of the variant a template shows and sets when it has a single variant (_get_related_fields_variant_template). */
  static readonly VARIANT_FIELDS = ['barcode', 'default_code', 'standard_price'];

  override create(env: Env, valsList: Vals[], withVariants = true): number[] {
    const prepared = valsList.map((v) => sanitizeTypes(this.registry, { ...v }));
    const variantVals = prepared.map((v) => {
      const out: Vals = {};
      for (const k of ['barcode', 'standard_price']) {
        if (!(k in v)) continue;
        out[k] = v[k];
        delete v[k];
      }
      if (v.default_code) out.default_code = v.default_code;
      return out;
    });
    const ids = super.create(env, prepared);
    if (env.registry.traits.storable === 'is_storable') {
      // compute_is_storable and _compute_tracking, as they run on create
      for (const id of ids) {
        const row = this.table.get(id)!;
        if (row.type !== 'consu' && row.is_storable) this.table.update(id, 'is_storable', false);
        if (!this.table.get(id)!.is_storable && row.tracking !== 'none') this.table.update(id, 'tracking', 'none');
      }
    }
    if (withVariants) {
      // product_template.py create: _create_variant_ids, then the variant fields given
      // to the template go to its variant when it has a single one (_set_product_variant_field)
      this.createVariantIds(env, ids);
      ids.forEach((id, i) => this.setSingleVariantFields(env, id, variantVals[i]));
    }
    return ids;
  }

  /**
   * product_template.py _create_variant_ids (17.0): one variant per combination of the
   * active values of the lines whose attribute creates variants (first line varying
   * slowest, as itertools.product), an existing variant with the same combination kept
   * (and reactivated); a line with a single value is added to every variant; variants
   * no longer possible are deleted, or archived when stock records use them
   * (_unlink_or_archive). A template without attribute lines has one variant.
   */
  createVariantIds(env: Env, ids: number[]): void {
    const products = env.model('product.product');
    const lines = env.model('product.template.attribute.line');
    const ptavs = env.model('product.template.attribute.value');
    const attributes = env.registry.store.table('product.attribute');
    const su = env.sudo();
    for (const tmplId of ids) {
      const tmpl = this.table.get(tmplId);
      if (!tmpl) continue;
      const lineIds = lines.sortIds(
        env,
        [...lines.table.rows.values()]
          .filter((l) => l.product_tmpl_id === tmplId && l.active !== false && ((l.value_ids as number[]) ?? []).length > 0)
          .filter((l) => attributes.get(l.attribute_id as number)?.create_variant !== 'no_variant')
          .map((l) => l.id),
      );
      const valuesOf = (lineId: number) =>
        ptavs.sortIds(
          env,
          [...ptavs.table.rows.values()].filter((p) => p.attribute_line_id === lineId && p.ptav_active !== false).map((p) => p.id),
        );
      const lineValues = lineIds.map(valuesOf);
      // sorted(lambda p: (p.active, -p.id)): the dict keeps the last, the active variant with the smallest id
      const all = this.variants(env, tmplId, true).sort((a, b) => Number(a.active !== false) - Number(b.active !== false) || b.id - a.id);
      const combo = (v: Row) => ((v.product_template_attribute_value_ids as number[]) ?? []).slice().sort((a, b) => a - b);
      const singles = lineValues.filter((vals) => vals.length === 1).flat();
      if (singles.length) {
        for (const v of all) {
          const merged = [...new Set([...combo(v), ...singles])];
          const mergedLines = new Set(merged.map((p) => ptavs.table.get(p)?.attribute_line_id));
          if (merged.length === lineIds.length && lineIds.every((l) => mergedLines.has(l)))
            products.table.update(v.id, 'product_template_attribute_value_ids', merged);
        }
      }
      const existing = new Map<string, number>();
      for (const v of all) existing.set(combo(v).join(','), v.id);
      const keep = new Set<number>();
      const toCreate: Vals[] = [];
      const dynamic = lineIds.some((l) => attributes.get(lines.table.get(l)!.attribute_id as number)?.create_variant === 'dynamic');
      if (!dynamic) {
        for (const combination of cartesian(lineValues)) {
          const key = combination
            .slice()
            .sort((a, b) => a - b)
            .join(',');
          const found = existing.get(key);
          if (found) keep.add(found);
          else toCreate.push({ product_tmpl_id: tmplId, product_template_attribute_value_ids: [[6, 0, combination]], active: tmpl.active !== false });
        }
      } else for (const id of existing.values()) keep.add(id);
      for (const id of keep) if (products.table.get(id)!.active === false) products.table.update(id, 'active', true);
      if (toCreate.length) products.create(su, toCreate);
      for (const v of all) if (!keep.has(v.id)) unlinkOrArchive(env, v.id);
      this.refreshVariantFields(env, tmplId);
    }
  }

  /** _set_product_variant_field: a value set on the template goes to its variant only when it has one. */
  private setSingleVariantFields(env: Env, tmplId: number, vals: Vals): void {
    if (!Object.keys(vals).length) return;
    let variants = this.variants(env, tmplId);
    if (!variants.length) variants = this.variants(env, tmplId, true);
    if (variants.length === 1) env.model('product.product').write(env.sudo(), [variants[0].id], vals);
  }

  /** Stored computes from the variants (_compute_template_field_from_variant_field): default_code. */
  refreshVariantFields(env: Env, tmplId: number): void {
    const variants = this.variants(env, tmplId);
    this.table.update(tmplId, 'default_code', variants.length === 1 ? (variants[0].default_code ?? null) : null);
  }

  override write(env: Env, ids: number[], input: Vals): void {
    const vals = sanitizeTypes(this.registry, { ...input });
    if (!env.su) this.checkAccessRights(env, 'write');
    this.checkStockRules(env, ids, vals);
    const variantVals: Vals = {};
    for (const k of ProductTemplate.VARIANT_FIELDS) {
      if (!(k in vals)) continue;
      variantVals[k] = vals[k];
      if (k !== 'default_code') delete vals[k];
    }
    if (env.registry.traits.storable === 'is_storable') {
      // compute_is_storable and _compute_tracking: only goods are storable, only storables are tracked
      if ('type' in vals && vals.type !== 'consu') vals.is_storable = false;
      if ('is_storable' in vals && !vals.is_storable && !('tracking' in vals)) vals.tracking = 'none';
    } else if ('type' in vals && !('tracking' in vals) && vals.type !== 'product') vals.tracking = 'none';
    super.write(env, ids, vals);
    const products = env.model('product.product');
    // archiving a template archives its variants; unarchiving leaves them (product_template.py write)
    if ('active' in vals && !vals.active) {
      const variantIds = ids.flatMap((id) => this.variants(env, id, true).map((v) => v.id));
      for (const vid of variantIds) products.table.update(vid, 'active', false);
    }
    if ('attribute_line_ids' in vals || (vals.active && ids.some((id) => !this.variants(env, id, true).length))) this.createVariantIds(env, ids);
    for (const id of ids) this.setSingleVariantFields(env, id, variantVals);
  }

  /** product.template.write checks of the stock module. */
  private checkStockRules(env: Env, ids: number[], vals: Vals): void {
    const variantIds = ids.flatMap((id) => this.variants(env, id, true).map((v) => v.id));
    const moveLines = env.registry.store.table('stock.move.line');
    const lines = [...moveLines.rows.values()].filter((l) => variantIds.includes(l.product_id as number));
    if ('uom_id' in vals && ids.some((id) => this.table.get(id)?.uom_id !== vals.uom_id)) {
      const moves = [...env.registry.store.table('stock.move').rows.values()].some((m) => variantIds.includes(m.product_id as number));
      if (moves) {
        throw userError(
          'You cannot change the unit of measure as there are already stock moves for this product. If you want to change the unit of measure, you should rather archive this product and create a new one.',
        );
      }
    }
    const fromStorable = env.registry.traits.storable === 'is_storable' ? 'is_storable' : 'type';
    if (fromStorable in vals && ids.some((id) => this.table.get(id)?.[fromStorable] !== vals[fromStorable])) {
      if (lines.some((l) => l.state === 'done'))
        throw userError(
          fromStorable === 'type'
            ? 'You can not change the type of a product that was already used.'
            : 'You can not change the inventory tracking of a product that was already used.',
        );
    }
    const leavesStorable = fromStorable === 'type' ? 'type' in vals && vals.type !== 'product' : 'is_storable' in vals && !vals.is_storable;
    if (leavesStorable) {
      for (const id of ids) {
        const row = this.table.get(id);
        if (
          row &&
          isStorable(env, this, row) &&
          Math.abs(
            onHand(
              env,
              this.variants(env, id, true).map((v) => v.id),
            ),
          ) >= 0.005
        ) {
          throw userError(
            fromStorable === 'type'
              ? 'Available quantity should be set to zero before changing type'
              : 'Available quantity should be set to zero before changing inventory tracking',
          );
        }
      }
    }
  }
}

/** itertools.product: the first list varies slowest; no lists gives one empty combination. */
function cartesian(lists: number[][]): number[][] {
  return lists.reduce<number[][]>((acc, list) => acc.flatMap((head) => list.map((x) => [...head, x])), [[]]);
}

/** Models whose records keep a variant alive: its deletion would be refused (ondelete restrict), so it is archived. */
const VARIANT_USERS = ['stock.quant', 'stock.move', 'stock.move.line', 'stock.lot'];

/** product_product.py _unlink_or_archive: delete the variant, or archive it when it cannot be deleted. */
function unlinkOrArchive(env: Env, id: number): void {
  const used = VARIANT_USERS.some((m) => [...env.registry.store.table(m).rows.values()].some((r) => r.product_id === id));
  const products = env.model('product.product');
  if (used) products.table.update(id, 'active', false);
  else products.unlink(env.sudo(), [id]);
}

/** _sanitize_vals: type and detailed_type follow each other. */
function sanitizeTypes(registry: Registry, vals: Vals): Vals {
  if (registry.traits.storable === 'is_storable') return vals;
  if ('type' in vals && !('detailed_type' in vals)) vals.detailed_type = vals.type;
  if ('detailed_type' in vals && !('type' in vals)) vals.type = vals.detailed_type;
  return vals;
}

/** Template fields a variant reads and writes through product_tmpl_id. */
const INHERITED = [
  'name',
  'detailed_type',
  'type',
  'is_storable',
  'use_expiration_date',
  'expiration_time',
  'use_time',
  'removal_time',
  'alert_time',
  'tracking',
  'uom_id',
  'uom_po_id',
  'categ_id',
  'list_price',
  'sale_ok',
  'purchase_ok',
  'priority',
  'description',
  'weight',
  'volume',
  'company_id',
  'property_stock_inventory',
  'uom_name',
  'attribute_line_ids',
  'product_variant_ids',
  'product_variant_count',
];

export class ProductProduct extends BaseModel {
  readonly name = 'product.product';
  readonly description = 'Product Variant';
  readonly className = 'ProductProduct';
  override order = 'priority desc, default_code, name, id';
  override recNamesSearch = ['default_code', 'name'];

  protected defineFields(): Fields {
    const template = new ProductTemplate(this.registry);
    const tfields = (template as unknown as { defineFields(): Fields }).defineFields();
    const inherited: Fields = {};
    for (const n of INHERITED.filter((f) => f in tfields))
      inherited[n] = { ...tfields[n], inherited: 'product_tmpl_id', store: false, searchable: true, compute: undefined } as FieldDef;
    return {
      product_tmpl_id: { type: 'many2one', string: 'Product Template', relation: 'product.template', required: true, ondelete: 'cascade' },
      ...inherited,
      default_code: { type: 'char', string: 'Internal Reference' },
      barcode: { type: 'char', string: 'Barcode' },
      standard_price: { type: 'float', string: 'Cost', digits: 2, companyDependent: true },
      product_template_attribute_value_ids: { type: 'many2many', string: 'Attribute Values', relation: 'product.template.attribute.value' },
      // the values of lines with more than one value (domain attribute_line_id.value_count > 1)
      product_template_variant_value_ids: {
        type: 'many2many',
        string: 'Variant Values',
        relation: 'product.template.attribute.value',
        store: false,
        compute: (env, row) => {
          const lines = env.registry.store.table('product.template.attribute.line');
          const ptavs = env.registry.store.table('product.template.attribute.value');
          const ids = ((row.product_template_attribute_value_ids as number[]) ?? []).filter(
            (p) => ((lines.get(ptavs.get(p)?.attribute_line_id as number)?.value_ids as number[]) ?? []).length > 1,
          );
          return env.model('product.template.attribute.value').sortIds(env, ids);
        },
      },
      // _compute_combination_indices: the sorted ptav ids, stored
      combination_indices: {
        type: 'char',
        string: 'Combination Indices',
        store: false,
        searchable: false,
        compute: (_env, row) =>
          ((row.product_template_attribute_value_ids as number[]) ?? [])
            .slice()
            .sort((a, b) => a - b)
            .join(','),
      },
      active: { type: 'boolean', string: 'Active', default: () => true },
      qty_available: {
        type: 'float',
        string: 'Quantity On Hand',
        digits: 2,
        store: false,
        searchable: true,
        compute: (env, row) => onHand(env, [row.id]),
      },
      virtual_available: {
        type: 'float',
        string: 'Forecasted Quantity',
        digits: 2,
        store: false,
        searchable: true,
        compute: (env, row) => onHand(env, [row.id]),
      },
      free_qty: { type: 'float', string: 'Free To Use Quantity', digits: 2, store: false, compute: (env, row) => onHand(env, [row.id]) },
      incoming_qty: { type: 'float', string: 'Incoming', digits: 2, store: false, compute: () => 0 },
      outgoing_qty: { type: 'float', string: 'Outgoing', digits: 2, store: false, compute: () => 0 },
      stock_quant_ids: { type: 'one2many', string: 'Stock Quants', relation: 'stock.quant', inverseName: 'product_id' },
    };
  }

  /** product_product.py _compute_display_name: "[code] Template (Value1, Value2)". */
  protected override computeDisplayName(env: Env, row: Row): string | false {
    const variant = combinationName(env, (row.product_template_attribute_value_ids as number[]) ?? []);
    const name = this.value(env, row, 'name');
    return displayWithCode(row.default_code, variant && name ? `${name} (${variant})` : name);
  }

  /** _name_search of product.product: exact reference, then barcode, then ilike on reference and name. */
  override nameSearchIds(env: Env, name: unknown, operator = 'ilike', domain: unknown[] = [], limit: number | null = null): number[] {
    if (!name || typeof name !== 'string') return super.nameSearchIds(env, name, operator, domain, limit);
    const opts = { limit, order: this.order };
    if (['=', 'ilike', '=ilike', 'like', '=like'].includes(operator)) {
      let ids = this.search(env, [['default_code', '=', name], ...domain], opts);
      if (!ids.length) ids = this.search(env, [['barcode', '=', name], ...domain], opts);
      if (ids.length) return ids;
    }
    if (['!=', 'not like', 'not ilike', 'not in'].includes(operator)) {
      return this.search(
        env,
        [...domain, '|', '&', ['default_code', operator, name], ['name', operator, name], '&', ['default_code', '=', false], ['name', operator, name]],
        opts,
      );
    }
    const ids = this.search(env, [...domain, ['default_code', operator, name]], opts);
    if (!limit || ids.length < limit) {
      const more = this.search(env, [...domain, ['name', operator, name], ['id', 'not in', ids]], {
        limit: limit ? limit - ids.length : null,
        order: this.order,
      });
      ids.push(...more);
    }
    return ids;
  }

  override create(env: Env, valsList: Vals[]): number[] {
    if (!valsList.length) return [];
    if (!env.su) this.checkAccessRights(env, 'create');
    const ids: number[] = [];
    const templates = env.model('product.template') as ProductTemplate;
    for (const input of valsList) {
      const vals = sanitizeTypes(this.registry, { ...input });
      let tmplId = vals.product_tmpl_id as number | undefined;
      if (!tmplId) {
        const tvals: Vals = {};
        for (const k of [...INHERITED, 'default_code']) if (k in vals && k !== 'uom_name') tvals[k] = vals[k];
        if ('active' in vals) tvals.active = vals.active;
        [tmplId] = templates.create(env, [tvals], false);
      }
      const own: Vals = { product_tmpl_id: tmplId };
      for (const k of Object.keys(vals)) if (!INHERITED.includes(k) && k !== 'product_tmpl_id') own[k] = vals[k];
      ids.push(...this.createForTemplate(env, tmplId, own));
    }
    return ids;
  }

  createForTemplate(env: Env, tmplId: number, vals: Vals): number[] {
    const ids = super.create(env.sudo(), [{ ...vals, product_tmpl_id: tmplId }]);
    (env.model('product.template') as ProductTemplate).refreshVariantFields(env, tmplId);
    return ids;
  }

  override write(env: Env, ids: number[], vals: Vals): void {
    super.write(env, ids, sanitizeTypes(this.registry, { ...vals }));
    if ('default_code' in vals || 'active' in vals) {
      // the template's stored default_code follows its single variant
      const templates = env.model('product.template') as ProductTemplate;
      for (const t of new Set(ids.map((id) => this.table.get(id)!.product_tmpl_id as number))) templates.refreshVariantFields(env, t);
    }
  }

  protected override checkConstraints(env: Env, ids: number[], changed: Set<string>): void {
    if (!changed.has('barcode')) return;
    const barcodes = new Set(ids.map((id) => this.table.get(id)?.barcode).filter((b): b is string => typeof b === 'string' && b !== ''));
    const lines: string[] = [];
    for (const barcode of barcodes) {
      const same = [...this.table.rows.values()].filter((r) => r.barcode === barcode).sort((a, b) => a.id - b.id);
      if (same.length > 1) lines.push(`- Barcode "${barcode}" already assigned to product(s): ${same.map((r) => this.displayName(env, r.id)).join(', ')}`);
    }
    if (lines.length) {
      throw validationError(`Barcode(s) already assigned:\n\n${lines.join('\n')}\n\nNote: products that you don't have access to will not be shown above.`);
    }
  }
}
