// Odoo records -> the core's shapes. Many2one fields arrive as [id, display_name] or false.
import { Location, LocationUsage, Product, Quant, Ref, Tracking, Uom } from '../core/model';
import { Dialect } from './dialect';

export type OdooRecord = Record<string, unknown>;

export function ref(value: unknown): Ref | null {
  if (Array.isArray(value) && typeof value[0] === 'number') return { id: value[0], name: String(value[1] ?? '') };
  return null;
}

export function refId(value: unknown): number | null {
  return ref(value)?.id ?? null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

export function toProduct(record: OdooRecord, dialect: Dialect, uoms: ReadonlyMap<number, Uom>, variantCounts?: ReadonlyMap<number, number>): Product {
  const uomRef = ref(record.uom_id);
  const uom = (uomRef && uoms.get(uomRef.id)) || { id: uomRef?.id ?? 0, name: uomRef?.name ?? '', rounding: 0.01 };
  const template = ref(record.product_tmpl_id);
  return {
    id: record.id as number,
    templateId: template?.id ?? 0,
    templateName: text(record.name),
    variantCount: (template && variantCounts?.get(template.id)) || 1,
    reference: text(record.default_code),
    name: variantName(record),
    barcode: text(record.barcode),
    tracking: (text(record.tracking) || 'none') as Tracking,
    storable: dialect.isStorable(record),
    active: record.active !== false,
    uom,
    cost: num(record.standard_price),
    company: ref(record.company_id),
  };
}

/**
 * A variant's name as Odoo shows it, "T-shirt (M)": its display name without the
 * "[reference] " prefix Odoo adds (the reference has its own column everywhere).
 */
function variantName(record: OdooRecord): string {
  const display = text(record.display_name);
  if (!display) return text(record.name);
  const code = text(record.default_code);
  return code && display.startsWith(`[${code}] `) ? display.slice(code.length + 3) : display;
}

export function toUom(record: OdooRecord): Uom {
  return { id: record.id as number, name: text(record.name), rounding: num(record.rounding) || 0.01 };
}

export function toLocation(record: OdooRecord): Location {
  return {
    id: record.id as number,
    name: text(record.complete_name) || text(record.name),
    usage: text(record.usage) as LocationUsage,
    parentId: refId(record.location_id),
  };
}

export const QUANT_FIELDS = [
  'product_id',
  'location_id',
  'company_id',
  'lot_id',
  'package_id',
  'owner_id',
  'quantity',
  'reserved_quantity',
  'inventory_quantity',
  'inventory_quantity_set',
  'product_uom_id',
];

export function toQuant(record: OdooRecord): Quant {
  return {
    id: record.id as number,
    product: ref(record.product_id) as Ref,
    location: ref(record.location_id) as Ref,
    company: ref(record.company_id),
    lot: ref(record.lot_id),
    package: ref(record.package_id),
    owner: ref(record.owner_id),
    quantity: num(record.quantity),
    reserved: num(record.reserved_quantity),
    pendingCount: record.inventory_quantity_set === true ? { quantity: num(record.inventory_quantity) } : null,
    uom: ref(record.product_uom_id) ?? { id: 0, name: '' },
  };
}
