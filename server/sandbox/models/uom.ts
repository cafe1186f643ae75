// uom.category and uom.uom. Odoo 17's default rounding is 0.01 for every unit
// (kg included); quantities are rounded to 2 decimals ("Product Unit of Measure").
import { Fields } from '../orm/fields';
import { BaseModel } from '../orm/model';

export class UomCategory extends BaseModel {
  readonly name = 'uom.category';
  readonly description = 'Product UoM Categories';
  readonly className = 'UoMCategory';

  protected defineFields(): Fields {
    return { name: { type: 'char', string: 'Unit of Measure Category', required: true } };
  }
}

export class UomUom extends BaseModel {
  readonly name = 'uom.uom';
  readonly description = 'Product Unit of Measure';
  readonly className = 'UoM';
  override order = 'factor DESC, id';

  protected defineFields(): Fields {
    return {
      name: { type: 'char', string: 'Unit of Measure', required: true },
      category_id: { type: 'many2one', string: 'Category', relation: 'uom.category', required: true, ondelete: 'restrict' },
      factor: { type: 'float', string: 'Ratio', required: true, default: () => 1.0 },
      factor_inv: { type: 'float', string: 'Bigger Ratio', store: false, compute: (_e, r) => (r.factor ? 1 / (r.factor as number) : 0) },
      rounding: { type: 'float', string: 'Rounding Precision', required: true, default: () => 0.01 },
      active: { type: 'boolean', string: 'Active', default: () => true },
      uom_type: {
        type: 'selection',
        string: 'Type',
        required: true,
        selection: [
          ['bigger', 'Bigger than the reference Unit of Measure'],
          ['reference', 'Reference Unit of Measure for this category'],
          ['smaller', 'Smaller than the reference Unit of Measure'],
        ],
        default: () => 'reference',
      },
    };
  }
}
