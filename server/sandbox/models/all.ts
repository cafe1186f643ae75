// Every model of the sandbox database, registered like Odoo's registry loads modules.
import type { BaseModel } from '../orm/model';
import type { Registry } from '../orm/registry';
import { IrModelData } from './ir_model_data';
import { ProductCategory, ProductProduct, ProductTemplate } from './product';
import { ProductAttribute, ProductAttributeValue, ProductTemplateAttributeLine, ProductTemplateAttributeValue } from './product_attribute';
import { ResConfigSettings } from './res_config';
import { ResCompany, ResPartner } from './res_partner';
import { IrModuleCategory, ResGroups, ResUsers } from './res_users';
import { StockLocation, StockWarehouse } from './stock_location';
import { StockLot, StockQuantPackage } from './stock_lot';
import { StockMove, StockMoveLine, StockPicking } from './stock_move';
import { StockQuant } from './stock_quant';
import { StockInventoryAdjustmentName, StockInventoryConflict, StockTrackConfirmation } from './stock_wizards';
import { UomCategory, UomUom } from './uom';

const MODELS: (new (r: Registry) => BaseModel)[] = [
  IrModuleCategory,
  ResGroups,
  ResPartner,
  ResCompany,
  ResUsers,
  IrModelData,
  ResConfigSettings,
  UomCategory,
  UomUom,
  ProductCategory,
  ProductAttribute,
  ProductAttributeValue,
  ProductTemplate,
  ProductTemplateAttributeLine,
  ProductTemplateAttributeValue,
  ProductProduct,
  StockLocation,
  StockWarehouse,
  StockQuantPackage,
  StockLot,
  StockPicking,
  StockMove,
  StockMoveLine,
  StockQuant,
  StockInventoryAdjustmentName,
  StockTrackConfirmation,
  StockInventoryConflict,
];

export function registerModels(registry: Registry): void {
  for (const cls of MODELS) {
    const model = new cls(registry);
    model.init();
    registry.register(model);
  }
}
