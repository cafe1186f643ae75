// Product attributes and variants, as Odoo 17's product module has them:
// product.attribute / product.attribute.value (the catalogue of attributes),
// product.template.attribute.line (an attribute and some of its values on a
// template) and product.template.attribute.value (one per value of a line, what a
// variant's product_template_attribute_value_ids point to). Read in
// addons/product/models/product_attribute.py, product_attribute_value.py,
// product_template_attribute_line.py and product_template_attribute_value.py.
import { Env } from '../orm/env';
import { Fields } from '../orm/fields';
import { BaseModel, Vals } from '../orm/model';
import type { Row } from '../orm/store';

export class ProductAttribute extends BaseModel {
  readonly name = 'product.attribute';
  readonly description = 'Product Attribute';
  readonly className = 'ProductAttribute';
  override order = 'sequence, id';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Attribute', required: true },
      create_variant: {
        type: 'selection',
        string: 'Variant Creation',
        selection: [
          ['always', 'Instantly'],
          ['dynamic', 'Dynamically'],
          ['no_variant', 'Never (option)'],
        ],
        required: true,
        default: () => 'always',
      },
      display_type: {
        type: 'selection',
        string: 'Display Type',
        selection: [
          ['radio', 'Radio'],
          ['pills', 'Pills'],
          ['select', 'Select'],
          ['color', 'Color'],
          ['multi', 'Multi-checkbox (option)'],
        ],
        required: true,
        default: () => 'radio',
      },
      sequence: { type: 'integer', string: 'Sequence' },
      value_ids: { type: 'one2many', string: 'Values', relation: 'product.attribute.value', inverseName: 'attribute_id' },
      attribute_line_ids: { type: 'one2many', string: 'Lines', relation: 'product.template.attribute.line', inverseName: 'attribute_id' },
    };
  }
}

export class ProductAttributeValue extends BaseModel {
  readonly name = 'product.attribute.value';
  readonly description = 'Attribute Value';
  readonly className = 'ProductAttributeValue';
  override order = 'attribute_id, sequence, id';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Value', required: true },
      sequence: { type: 'integer', string: 'Sequence' },
      attribute_id: { type: 'many2one', string: 'Attribute', relation: 'product.attribute', required: true, ondelete: 'cascade' },
      default_extra_price: { type: 'float', string: 'Default Extra Price' },
      is_custom: { type: 'boolean', string: 'Is custom value', default: () => false },
      html_color: { type: 'char', string: 'Color' },
    };
  }

  /** product_attribute_value.py _compute_display_name: "Attribute: Value". */
  protected override computeDisplayName(env: Env, row: Row): string | false {
    const attribute = env.registry.store.table('product.attribute').get(row.attribute_id as number);
    return `${attribute?.name ?? ''}: ${row.name}`;
  }
}

export class ProductTemplateAttributeLine extends BaseModel {
  readonly name = 'product.template.attribute.line';
  readonly description = 'Product Template Attribute Line';
  readonly className = 'ProductTemplateAttributeLine';
  override order = 'sequence, attribute_id, id';
  override recName = 'attribute_id';

  protected defineFields(): Fields {
    return {
      active: { type: 'boolean', string: 'Active', default: () => true },
      product_tmpl_id: { type: 'many2one', string: 'Product Template', relation: 'product.template', required: true, ondelete: 'cascade' },
      sequence: { type: 'integer', string: 'Sequence', default: () => 10 },
      attribute_id: { type: 'many2one', string: 'Attribute', relation: 'product.attribute', required: true, ondelete: 'restrict' },
      value_ids: { type: 'many2many', string: 'Values', relation: 'product.attribute.value' },
      value_count: { type: 'integer', string: 'Value Count', store: false, compute: (_env, row) => ((row.value_ids as number[]) ?? []).length },
      product_template_value_ids: {
        type: 'one2many',
        string: 'Product Attribute Values',
        relation: 'product.template.attribute.value',
        inverseName: 'attribute_line_id',
      },
    };
  }

  protected override afterCreate(env: Env, ids: number[]): void {
    this.updateTemplateValues(env, ids);
  }

  override write(env: Env, ids: number[], vals: Vals): void {
    super.write(env, ids, vals);
    if ('value_ids' in vals || 'active' in vals) this.updateTemplateValues(env, ids);
  }

  /**
   * _update_product_template_attribute_values: one ptav per value of the line; the
   * ptav of a removed value is archived (ptav_active False) when a variant uses it,
   * else deleted; a value put back reactivates its ptav. Then the templates' variants
   * follow (_create_variant_ids), as after any change of lines in Odoo.
   */
  updateTemplateValues(env: Env, ids: number[]): void {
    const ptavs = env.model('product.template.attribute.value');
    const su = env.sudo();
    for (const id of ids) {
      const line = this.table.get(id)!;
      const wanted = line.active === false ? [] : ((line.value_ids as number[]) ?? []);
      const existing = [...ptavs.table.rows.values()].filter((p) => p.attribute_line_id === id);
      for (const p of existing) {
        const keep = wanted.includes(p.product_attribute_value_id as number);
        if (keep && !p.ptav_active) ptavs.table.update(p.id, 'ptav_active', true);
        if (!keep) {
          const used = [...env.registry.store.table('product.product').rows.values()].some((v) =>
            ((v.product_template_attribute_value_ids as number[]) ?? []).includes(p.id),
          );
          if (used) ptavs.table.update(p.id, 'ptav_active', false);
          else ptavs.unlink(su, [p.id]);
        }
      }
      const have = new Set(existing.map((p) => p.product_attribute_value_id));
      const missing = wanted.filter((v) => !have.has(v));
      if (missing.length) {
        ptavs.create(
          su,
          missing.map((v) => ({ attribute_line_id: id, product_attribute_value_id: v })),
        );
      }
    }
    const templates = [...new Set(ids.map((id) => this.table.get(id)!.product_tmpl_id as number))];
    (env.model('product.template') as unknown as { createVariantIds(env: Env, ids: number[]): void }).createVariantIds(env, templates);
  }
}

export class ProductTemplateAttributeValue extends BaseModel {
  readonly name = 'product.template.attribute.value';
  readonly description = 'Product Template Attribute Value';
  readonly className = 'ProductTemplateAttributeValue';
  override order = 'attribute_line_id, product_attribute_value_id, id';

  protected defineFields(): Fields {
    return {
      ptav_active: { type: 'boolean', string: 'Active', default: () => true },
      name: {
        type: 'char',
        string: 'Value',
        store: false,
        searchable: true,
        compute: (env, row) => env.registry.store.table('product.attribute.value').get(row.product_attribute_value_id as number)?.name ?? null,
      },
      product_attribute_value_id: { type: 'many2one', string: 'Attribute Value', relation: 'product.attribute.value', required: true, ondelete: 'cascade' },
      attribute_line_id: { type: 'many2one', string: 'Attribute Line', relation: 'product.template.attribute.line', required: true, ondelete: 'cascade' },
      price_extra: { type: 'float', string: 'Value Price Extra', digits: 2, default: () => 0 },
      // related fields, stored in Odoo
      product_tmpl_id: { type: 'many2one', string: 'Product Template', relation: 'product.template' },
      attribute_id: { type: 'many2one', string: 'Attribute', relation: 'product.attribute' },
    };
  }

  protected override afterCreate(env: Env, ids: number[]): void {
    const lines = env.registry.store.table('product.template.attribute.line');
    for (const id of ids) {
      const line = lines.get(this.table.get(id)!.attribute_line_id as number)!;
      this.table.update(id, 'product_tmpl_id', line.product_tmpl_id);
      this.table.update(id, 'attribute_id', line.attribute_id);
    }
  }

  /** product_template_attribute_value.py _compute_display_name: "Attribute: Value". */
  protected override computeDisplayName(env: Env, row: Row): string | false {
    const attribute = env.registry.store.table('product.attribute').get(row.attribute_id as number);
    return `${attribute?.name ?? ''}: ${this.value(env, row, 'name')}`;
  }
}

/**
 * _get_combination_name: the values of a variant, without no_variant attributes and
 * without lines that have a single value (active values only, unless one of the
 * variant's own values is archived), in the ptav order, joined with ", ".
 */
export function combinationName(env: Env, ptavIds: number[]): string {
  const ptavs = env.model('product.template.attribute.value');
  const attributes = env.registry.store.table('product.attribute');
  const rows = ptavs
    .sortIds(env, ptavIds)
    .map((id) => ptavs.table.get(id))
    .filter((r): r is Row => Boolean(r))
    .filter((r) => attributes.get(r.attribute_id as number)?.create_variant !== 'no_variant');
  const onlyActive = rows.every((r) => r.ptav_active !== false);
  const all = [...ptavs.table.rows.values()];
  const multi = rows.filter((r) => all.filter((p) => p.attribute_line_id === r.attribute_line_id && (!onlyActive || p.ptav_active !== false)).length > 1);
  return multi.map((r) => ptavs.value(env, r, 'name') as string).join(', ');
}
