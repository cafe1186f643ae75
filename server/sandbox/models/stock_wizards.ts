// The inventory wizards (transient models) that action_apply_inventory returns or
// that the web client opens: the header "Apply" with a reason, the confirmation for
// tracked products counted without lot, and the conflict wizard for outdated counts.
import { Env } from '../orm/env';
import { Fields } from '../orm/fields';
import { BaseModel, Vals } from '../orm/model';
import { applyInventory } from './inventory';
import type { StockQuant } from './stock_quant';

function singleton(model: BaseModel, ids: number[]): Vals {
  return model.table.get(ids[0]) ?? {};
}

export class StockInventoryAdjustmentName extends BaseModel {
  readonly name = 'stock.inventory.adjustment.name';
  readonly description = 'Inventory Adjustment Reference / Reason';
  readonly className = 'StockInventoryAdjustmentName';
  override recName = null;

  protected defineFields(): Fields {
    return {
      quant_ids: { type: 'many2many', string: 'Quant', relation: 'stock.quant' },
      inventory_adjustment_name: { type: 'char', string: 'Inventory Reason', default: () => 'Quantity Updated' },
    };
  }

  override methods(env: Env) {
    return {
      ...super.methods(env),
      // applies the counted quants with the reason as the moves' name
      action_apply: {
        api: 'multi' as const,
        qualname: 'StockInventoryAdjustmentName.action_apply',
        params: [],
        run: (_a: Vals, ids: number[]): unknown => {
          const wizard = singleton(this, ids);
          const quants = env.model('stock.quant') as StockQuant;
          const set = ((wizard.quant_ids as number[]) ?? []).filter((id) => quants.table.get(id)?.inventory_quantity_set);
          return quants.actionApplyInventory(env.withContext({ inventory_name: wizard.inventory_adjustment_name ?? false }), set);
        },
      },
    };
  }
}

export class StockTrackConfirmation extends BaseModel {
  readonly name = 'stock.track.confirmation';
  readonly description = 'Stock Track Confirmation';
  readonly className = 'StockTrackConfirmation';
  override recName = null;

  protected defineFields(): Fields {
    return {
      quant_ids: { type: 'many2many', string: 'Quants', relation: 'stock.quant' },
      product_ids: { type: 'many2many', string: 'Products', relation: 'product.product' },
    };
  }

  override methods(env: Env) {
    return {
      ...super.methods(env),
      // "Apply" in the wizard: apply even though tracked products have no lot
      action_confirm: {
        api: 'multi' as const,
        qualname: 'StockTrackConfirmation.action_confirm',
        params: [],
        run: (_a: Vals, ids: number[]): unknown => {
          const quantIds = (singleton(this, ids).quant_ids as number[]) ?? [];
          applyInventory(env, quantIds);
          env.model('stock.quant').write(env, quantIds, { inventory_quantity_set: false });
          return null;
        },
      },
    };
  }
}

export class StockInventoryConflict extends BaseModel {
  readonly name = 'stock.inventory.conflict';
  readonly description = 'Conflict in Inventory';
  readonly className = 'StockInventoryConflict';
  override recName = null;

  protected defineFields(): Fields {
    return {
      quant_ids: { type: 'many2many', string: 'Quants', relation: 'stock.quant' },
      quant_to_fix_ids: { type: 'many2many', string: 'Conflicts', relation: 'stock.quant' },
    };
  }

  override methods(env: Env) {
    const quants = (): StockQuant => env.model('stock.quant') as StockQuant;
    const ids = (wizardIds: number[]): number[] => (singleton(this, wizardIds).quant_ids as number[]) ?? [];
    return {
      ...super.methods(env),
      action_keep_counted_quantity: {
        api: 'multi' as const,
        qualname: 'StockInventoryConflict.action_keep_counted_quantity',
        params: [],
        run: (_a: Vals, wizardIds: number[]): unknown => {
          for (const id of ids(wizardIds)) {
            const q = quants().table.get(id)!;
            quants().write(env, [id], { inventory_diff_quantity: ((q.inventory_quantity as number) ?? 0) - ((q.quantity as number) ?? 0) });
          }
          return quants().actionApplyInventory(env, ids(wizardIds));
        },
      },
      action_keep_difference: {
        api: 'multi' as const,
        qualname: 'StockInventoryConflict.action_keep_difference',
        params: [],
        run: (_a: Vals, wizardIds: number[]): unknown => {
          for (const id of ids(wizardIds)) {
            const q = quants().table.get(id)!;
            quants().write(env, [id], { inventory_quantity: ((q.quantity as number) ?? 0) + ((q.inventory_diff_quantity as number) ?? 0) });
          }
          return quants().actionApplyInventory(env, ids(wizardIds));
        },
      },
    };
  }
}
