// The one place that knows how Odoo's model and field names differ between versions.
// Everything else asks the dialect; the core never sees an Odoo field name.
import { _t } from '../core/words/translate';

export type Domain = unknown[];

export interface Dialect {
  major: number;
  /** Domain selecting storable products. */
  storableDomain: Domain;
  /** Product fields to read; includes whatever says "storable" in this version. */
  productFields: string[];
  isStorable(record: Record<string, unknown>): boolean;
  /** Field of stock.move.line holding the done quantity. */
  moveLineQuantity: 'qty_done' | 'quantity';
  /** res.users field listing the user's groups. */
  userGroups: 'groups_id' | 'group_ids';
  /** stock.lot.company_id is required on create. */
  lotRequiresCompany: boolean;
  /** Arguments of res.users.has_group for the signed-in user (16/17: called on the model; 18+: on the record). */
  hasGroupArgs(uid: number, xmlId: string): unknown[];
  /** The packages model: stock.quant.package until 18, stock.package from 19. */
  packageModel: 'stock.quant.package' | 'stock.package';
  /** The server offers JSON-2 (POST /json/2/<model>/<method>, API keys): 19 and later. */
  json2: boolean;
}

const COMMON_PRODUCT_FIELDS = [
  'id',
  'product_tmpl_id',
  'default_code',
  'name',
  'display_name',
  'barcode',
  'tracking',
  'active',
  'uom_id',
  'standard_price',
  'company_id',
];

const V16_17: Omit<Dialect, 'major' | 'moveLineQuantity'> = {
  storableDomain: [['detailed_type', '=', 'product']],
  productFields: [...COMMON_PRODUCT_FIELDS, 'detailed_type'],
  isStorable: (r) => r.detailed_type === 'product',
  userGroups: 'groups_id',
  lotRequiresCompany: true,
  hasGroupArgs: (_uid, xmlId) => [xmlId],
  packageModel: 'stock.quant.package',
  json2: false,
};

const V18_PLUS: Omit<Dialect, 'major' | 'userGroups' | 'packageModel' | 'json2'> = {
  storableDomain: [['is_storable', '=', true]],
  productFields: [...COMMON_PRODUCT_FIELDS, 'is_storable'],
  isStorable: (r) => r.is_storable === true,
  moveLineQuantity: 'quantity',
  lotRequiresCompany: false,
  // Checked on real 18.0 and 19.0 servers: the model-level call of 17 is a TypeError there.
  hasGroupArgs: (uid, xmlId) => [[uid], xmlId],
};

export const SUPPORTED_MAJORS = [16, 17, 18, 19] as const;

export function dialectFor(major: number): Dialect {
  switch (major) {
    case 16:
      return { ...V16_17, major, moveLineQuantity: 'qty_done' };
    case 17:
      return { ...V16_17, major, moveLineQuantity: 'quantity' };
    case 18:
      return { ...V18_PLUS, major, userGroups: 'groups_id', packageModel: 'stock.quant.package', json2: false };
    case 19:
      return { ...V18_PLUS, major, userGroups: 'group_ids', packageModel: 'stock.package', json2: true };
    default:
      throw new RangeError(_t('Odoo {version} is not supported; this add-in works with Odoo 16, 17, 18 and 19.', { version: major }));
  }
}

/** Parse "17.0-20240709", "saas~17.2" or server_version_info into a major version. */
export function majorOf(version: string, info?: unknown[]): number {
  if (Array.isArray(info) && typeof info[0] === 'number') return info[0];
  const match = /(\d+)\.\d+/.exec(version);
  if (!match) throw new RangeError(_t('Unrecognised Odoo version "{version}".', { version }));
  return Number(match[1]);
}

/** XML ids of the groups the workflow needs to know about. */
export const GROUPS = {
  stockUser: ['stock', 'group_stock_user'],
  stockManager: ['stock', 'group_stock_manager'],
  lots: ['stock', 'group_production_lot'],
  admin: ['base', 'group_system'],
} as const;
