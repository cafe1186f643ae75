// Product variants as Odoo 17's product module makes them (product_template.py
// _create_variant_ids, product_product.py _compute_display_name,
// product_template_attribute_line.py _update_product_template_attribute_values).
import { SandboxOdoo } from '../../../server/sandbox';
import { Rpc } from './helpers';

const STOCK = 8;
let rpc: Rpc;

beforeEach(() => {
  rpc = new Rpc(new SandboxOdoo({ seed: 'empty', now: () => new Date('2026-05-04T10:00:00Z') }));
});

function attribute(name: string, values: string[]): { id: number; values: number[] } {
  const id = rpc.call<number>('product.attribute', 'create', [{ name, value_ids: values.map((v) => [0, 0, { name: v }]) }]);
  const rows = rpc.searchRead<{ id: number }>('product.attribute.value', [['attribute_id', '=', id]], ['id']);
  return { id, values: rows.map((r) => r.id) };
}

type Variant = { id: number; display_name: string; default_code: string | false; product_template_attribute_value_ids: number[]; tracking: string };
const variantsOf = (tmpl: number) =>
  rpc.searchRead<Variant>(
    'product.product',
    [['product_tmpl_id', '=', tmpl]],
    ['display_name', 'default_code', 'product_template_attribute_value_ids', 'tracking'],
    {
      order: 'id',
    },
  );

describe('variants', () => {
  it('creates one variant per combination, named "Template (Value1, Value2)", first line varying slowest', () => {
    const size = attribute('Size', ['S', 'M']);
    const color = attribute('Color', ['Red', 'Blue']);
    const tmpl = rpc.call<number>('product.template', 'create', [
      {
        name: 'T-shirt',
        detailed_type: 'product',
        attribute_line_ids: [
          [0, 0, { attribute_id: size.id, value_ids: [[6, 0, size.values]] }],
          [0, 0, { attribute_id: color.id, value_ids: [[6, 0, color.values]] }],
        ],
      },
    ]);
    const variants = variantsOf(tmpl);
    expect(variants.map((v) => v.display_name)).toEqual(['T-shirt (S, Red)', 'T-shirt (S, Blue)', 'T-shirt (M, Red)', 'T-shirt (M, Blue)']);
    expect(variants.every((v) => v.product_template_attribute_value_ids.length === 2)).toBe(true);
    const [t] = rpc.call<Record<string, unknown>[]>('product.template', 'read', [[tmpl], ['product_variant_count', 'product_variant_ids', 'default_code']]);
    expect(t.product_variant_count).toBe(4);
    expect(t.product_variant_ids).toHaveLength(4);
    const ptav = rpc.call<Record<string, unknown>[]>('product.template.attribute.value', 'read', [
      variants[0].product_template_attribute_value_ids,
      ['display_name'],
    ]);
    expect(ptav.map((p) => p.display_name)).toEqual(['Size: S', 'Color: Red']);
  });

  it('gives each variant its own default_code; the template has none with several variants', () => {
    const size = attribute('Size', ['S', 'M']);
    const tmpl = rpc.call<number>('product.template', 'create', [
      {
        name: 'Shirt',
        default_code: 'SH',
        detailed_type: 'product',
        attribute_line_ids: [[0, 0, { attribute_id: size.id, value_ids: [[6, 0, size.values]] }]],
      },
    ]);
    const [s, m] = variantsOf(tmpl);
    expect(s.default_code).toBe(false); // _set_product_variant_field: only a single variant gets it
    rpc.call('product.product', 'write', [[s.id], { default_code: 'SH-S' }]);
    rpc.call('product.product', 'write', [[m.id], { default_code: 'SH-M' }]);
    expect(variantsOf(tmpl).map((v) => v.display_name)).toEqual(['[SH-S] Shirt (S)', '[SH-M] Shirt (M)']);
    const [t] = rpc.call<Record<string, unknown>[]>('product.template', 'read', [[tmpl], ['default_code', 'display_name']]);
    expect(t.default_code).toBe(false);
    expect(t.display_name).toBe('Shirt');
    // search and read from the variant side
    const read = rpc.searchRead('product.product', [['default_code', '=', 'SH-M']], ['product_tmpl_id', 'product_variant_count', 'product_variant_ids']);
    expect(read).toEqual([{ id: m.id, product_tmpl_id: [tmpl, 'Shirt'], product_variant_count: 2, product_variant_ids: [m.id, s.id] }]); // in product.product's _order: default_code first
  });

  it('leaves a single-value line out of the name and keeps single-variant templates as before', () => {
    const size = attribute('Size', ['S', 'M']);
    const fit = attribute('Fit', ['Slim']);
    const tmpl = rpc.call<number>('product.template', 'create', [
      {
        name: 'Polo',
        attribute_line_ids: [
          [0, 0, { attribute_id: size.id, value_ids: [[6, 0, size.values]] }],
          [0, 0, { attribute_id: fit.id, value_ids: [[6, 0, fit.values]] }],
        ],
      },
    ]);
    expect(variantsOf(tmpl).map((v) => v.display_name)).toEqual(['Polo (S)', 'Polo (M)']);
    const [first] = rpc.searchRead<{ product_template_attribute_value_ids: number[]; product_template_variant_value_ids: number[] }>(
      'product.product',
      [['product_tmpl_id', '=', tmpl]],
      ['product_template_attribute_value_ids', 'product_template_variant_value_ids'],
      { order: 'id', limit: 1 },
    );
    expect(first.product_template_attribute_value_ids).toHaveLength(2); // Size and Fit
    expect(first.product_template_variant_value_ids).toHaveLength(1); // only Size has several values
    const plain = rpc.call<number>('product.template', 'create', [{ name: 'Mug', default_code: 'MUG', barcode: '123', standard_price: 4 }]);
    const [v] = rpc.searchRead('product.product', [['product_tmpl_id', '=', plain]], ['display_name', 'default_code', 'barcode', 'standard_price']);
    expect(v).toMatchObject({ display_name: '[MUG] Mug', default_code: 'MUG', barcode: '123', standard_price: 4 });
  });

  it('adding attributes to a template replaces its variant, archiving it when stock used it', () => {
    const tmpl = rpc.call<number>('product.template', 'create', [{ name: 'Cap', detailed_type: 'product' }]);
    const [old] = variantsOf(tmpl);
    rpc.call('stock.quant', 'create', [{ product_id: old.id, location_id: STOCK, inventory_quantity: 3 }], { context: { inventory_mode: true } });
    const size = attribute('Size', ['S', 'M']);
    rpc.call('product.template', 'write', [[tmpl], { attribute_line_ids: [[0, 0, { attribute_id: size.id, value_ids: [[6, 0, size.values]] }]] }]);
    expect(variantsOf(tmpl).map((v) => v.display_name)).toEqual(['Cap (S)', 'Cap (M)']);
    const archived = rpc.searchRead(
      'product.product',
      [
        ['id', '=', old.id],
        ['active', '=', false],
      ],
      ['active'],
    );
    expect(archived).toEqual([{ id: old.id, active: false }]);
    // a value added to the line adds its variant, a value removed archives/deletes its own
    const line = rpc.searchRead<{ id: number }>('product.template.attribute.line', [['product_tmpl_id', '=', tmpl]], ['id'])[0].id;
    const l = rpc.call<number>('product.attribute.value', 'create', [{ name: 'L', attribute_id: size.id }]);
    rpc.call('product.template.attribute.line', 'write', [[line], { value_ids: [[4, l]] }]);
    expect(variantsOf(tmpl).map((v) => v.display_name)).toEqual(['Cap (S)', 'Cap (M)', 'Cap (L)']);
    rpc.call('product.template.attribute.line', 'write', [[line], { value_ids: [[3, size.values[0]]] }]);
    expect(variantsOf(tmpl).map((v) => v.display_name)).toEqual(['Cap (M)', 'Cap (L)']);
  });

  it('tracking is the template’s: written on one variant it changes every variant, even with untracked stock', () => {
    const size = attribute('Size', ['S', 'M']);
    const tmpl = rpc.call<number>('product.template', 'create', [
      { name: 'Tee', detailed_type: 'product', attribute_line_ids: [[0, 0, { attribute_id: size.id, value_ids: [[6, 0, size.values]] }]] },
    ]);
    const [s, m] = variantsOf(tmpl);
    rpc.call('stock.quant', 'create', [{ product_id: m.id, location_id: STOCK, inventory_quantity: 5 }], { context: { inventory_mode: true } });
    const ids = rpc.call<number[]>('stock.quant', 'search', [[['product_id', '=', m.id]]]);
    rpc.call('stock.quant', 'action_apply_inventory', [ids], { context: { inventory_mode: true } });
    expect(rpc.call('product.product', 'write', [[s.id], { tracking: 'serial' }])).toBe(true);
    expect(variantsOf(tmpl).map((v) => v.tracking)).toEqual(['serial', 'serial']);
    expect(rpc.searchRead('product.template', [['id', '=', tmpl]], ['tracking'])).toEqual([{ id: tmpl, tracking: 'serial' }]);
  });
});
