// What a fresh Odoo 17 database has after installing stock without demo data:
// the company, admin, groups, units, categories and the WH warehouse with its
// locations, with the ids a real fresh database gives them where we know them
// (WH/Stock 8, Virtual Locations/Inventory adjustment 14, base.group_user 1,
// stock.group_stock_user 22, first new product/quant/lot 1, first new user 6).
import type { Registry } from './orm/registry';
import type { Row } from './orm/store';

const T0 = '2026-01-05 08:00:00';

function put(registry: Registry, model: string, rows: Row[], nextId?: number): void {
  const table = registry.store.table(model);
  for (const row of rows) {
    table.insert({ create_uid: 1, write_uid: 1, create_date: T0, write_date: T0, ...row });
  }
  if (nextId) table.setNextId(nextId);
}

/** xml ids: [id, module, name, model, res_id] */
function xmlids(registry: Registry, rows: [number, string, string, string, number][]): void {
  put(
    registry,
    'ir.model.data',
    rows.map(([id, module, name, model, res_id]) => ({ id, module, name, model, res_id, noupdate: true })),
  );
}

export function seedFreshDatabase(registry: Registry): void {
  // module categories (ids invented), groups (ids of a real 17.0 install where known)
  put(registry, 'ir.module.category', [
    { id: 1, name: 'User types', sequence: 9 },
    { id: 2, name: 'Administration', sequence: 100 },
    { id: 3, name: 'Technical', sequence: 60 },
    { id: 4, name: 'Extra Rights', sequence: 101 },
    { id: 5, name: 'Inventory', sequence: 25 },
  ]);
  const g = (id: number, name: string, category: number | null, implied: number[] = [], share = false): Row => ({
    id,
    name,
    category_id: category,
    implied_ids: implied,
    share,
    comment: null,
  });
  put(
    registry,
    'res.groups',
    [
      g(1, 'Internal User', 1, [7]),
      g(2, 'Access Rights', 2, [1]),
      g(3, 'Bypass HTML Field Sanitize', 3),
      g(4, 'Settings', 2, [2, 3]),
      g(5, 'Multi Companies', 3),
      g(6, 'Multi Currencies', 3),
      g(7, 'Technical Features', 4),
      g(8, 'Access to export feature', 3),
      g(9, 'Contact Creation', 4, [1]),
      g(10, 'Portal', 1, [], true),
      g(11, 'Public', 1, [], true),
      g(12, 'Manage Multiple Units of Measure', 3),
      g(20, 'Manage Multiple Stock Locations', 3),
      g(21, 'Manage Multiple Warehouses', 3),
      g(22, 'User', 5, [1]),
      g(23, 'Administrator', 5, [22]),
      g(24, 'Manage Lots / Serial Numbers', 3),
      g(25, 'Print GS1 Barcodes for Lot & Serial Numbers', 3),
      g(26, 'Display Serial & Lot Number in Delivery Slips', 3),
      g(27, 'Manage Packages', 3),
      g(28, 'Manage Push and Pull inventory flows', 3),
      g(29, 'Manage Different Stock Owners', 3),
    ],
    30,
  );

  put(
    registry,
    'res.partner',
    [
      partner(1, 'My Company', true),
      partner(2, 'OdooBot', false, false),
      partner(3, 'Administrator'),
      partner(4, 'Public user', false, false),
      partner(5, 'Default User Template', false, false),
      partner(6, 'Portal User Template', false, false),
    ],
    7,
  );
  put(
    registry,
    'res.company',
    [
      {
        id: 1,
        name: 'My Company',
        partner_id: 1,
        sequence: 10,
        active: true,
        annual_inventory_month: '12',
        annual_inventory_day: 31,
        __property_stock_inventory: 14,
        parent_id: null,
        internal_transit_location_id: 13,
      },
    ],
    2,
  );

  const adminGroups = [1, 2, 3, 4, 7, 8, 9, 12, 22, 23];
  const user = (id: number, login: string, partner_id: number, active: boolean, groups: number[], password: string | null = null): Row => ({
    id,
    login,
    partner_id,
    active,
    company_id: 1,
    company_ids: [1],
    [registry.traits.userGroups]: groups,
    tz: null,
    lang: 'en_US',
    __password: password,
  });
  put(
    registry,
    'res.users',
    [
      user(1, '__system__', 2, false, adminGroups),
      { ...user(2, 'admin', 3, true, adminGroups, 'admin'), __apikeys: ['sandbox-admin-api-key'] },
      user(3, 'default', 5, false, [1, 8, 9, 22, 23, 7]),
      user(4, 'public', 4, false, [11]),
      user(5, 'portaltemplate', 6, false, [10]),
    ],
    6,
  );

  put(
    registry,
    'uom.category',
    [
      { id: 1, name: 'Unit' },
      { id: 2, name: 'Weight' },
      { id: 3, name: 'Working Time' },
      { id: 4, name: 'Length / Distance' },
      { id: 5, name: 'Surface' },
      { id: 6, name: 'Volume' },
    ],
    7,
  );
  const uom = (id: number, name: string, category_id: number, factor: number, uom_type: string): Row => ({
    id,
    name,
    category_id,
    factor,
    uom_type,
    rounding: 0.01,
    active: true,
  });
  put(
    registry,
    'uom.uom',
    [
      uom(1, 'Units', 1, 1, 'reference'),
      uom(2, 'Dozens', 1, 1 / 12, 'bigger'),
      uom(3, 'Days', 3, 1, 'reference'),
      uom(4, 'Hours', 3, 8, 'smaller'),
      uom(5, 'm', 4, 1, 'reference'),
      uom(6, 'mm', 4, 1000, 'smaller'),
      uom(7, 'km', 4, 0.001, 'bigger'),
      uom(8, 'cm', 4, 100, 'smaller'),
      uom(9, 'm²', 5, 1, 'reference'),
      uom(10, 'L', 6, 1, 'reference'),
      uom(11, 'm³', 6, 0.001, 'bigger'),
      uom(12, 'kg', 2, 1, 'reference'),
      uom(13, 'g', 2, 1000, 'smaller'),
      uom(14, 't', 2, 0.001, 'bigger'),
      uom(15, 'lb', 2, 2.20462, 'smaller'),
      uom(16, 'oz', 2, 35.274, 'smaller'),
    ],
    27,
  );
  put(
    registry,
    'product.category',
    [
      { id: 1, name: 'All', complete_name: 'All', parent_id: null },
      { id: 2, name: 'Saleable', complete_name: 'All / Saleable', parent_id: 1 },
      { id: 3, name: 'Expenses', complete_name: 'All / Expenses', parent_id: 1 },
    ],
    4,
  );

  // stock_data.xml locations, then warehouse0 (WH, ids 7-12), then the company's own (13-16)
  const loc = (
    id: number,
    name: string,
    complete_name: string,
    usage: string,
    parent: number | null,
    path: string,
    company: number | null,
    active = true,
    extra: Row = { id },
  ): Row => ({
    name,
    complete_name,
    usage,
    location_id: parent,
    parent_path: path,
    company_id: company,
    active,
    barcode: null,
    scrap_location: false,
    return_location: false,
    replenish_location: false,
    last_inventory_date: null,
    cyclic_inventory_frequency: 0,
    comment: null,
    ...extra,
    id,
  });
  put(
    registry,
    'stock.location',
    [
      loc(1, 'Physical Locations', 'Physical Locations', 'view', null, '1/', null),
      loc(2, 'Partners', 'Partners', 'view', null, '2/', null),
      loc(3, 'Virtual Locations', 'Virtual Locations', 'view', null, '3/', null),
      loc(4, 'Vendors', 'Partners/Vendors', 'supplier', 2, '2/4/', null, true, { id: 4, return_location: true }),
      loc(5, 'Customers', 'Partners/Customers', 'customer', 2, '2/5/', null),
      loc(6, 'Inter-company transit', 'Virtual Locations/Inter-company transit', 'transit', 3, '3/6/', null, false),
      loc(7, 'WH', 'WH', 'view', 1, '1/7/', 1),
      loc(8, 'Stock', 'WH/Stock', 'internal', 7, '1/7/8/', 1, true, { id: 8, barcode: 'WH-STOCK', replenish_location: true }),
      loc(9, 'Input', 'WH/Input', 'internal', 7, '1/7/9/', 1, false, { id: 9, barcode: 'WH-INPUT' }),
      loc(10, 'Quality Control', 'WH/Quality Control', 'internal', 7, '1/7/10/', 1, false, { id: 10, barcode: 'WH-QUALITY' }),
      loc(11, 'Output', 'WH/Output', 'internal', 7, '1/7/11/', 1, false, { id: 11, barcode: 'WH-OUTPUT' }),
      loc(12, 'Packing Zone', 'WH/Packing Zone', 'internal', 7, '1/7/12/', 1, false, { id: 12, barcode: 'WH-PACKING' }),
      loc(13, 'Inter-warehouse transit', 'Physical Locations/Inter-warehouse transit', 'transit', 1, '1/13/', 1, false),
      loc(14, 'Inventory adjustment', 'Virtual Locations/Inventory adjustment', 'inventory', 3, '3/14/', 1),
      loc(15, 'Production', 'Virtual Locations/Production', 'production', 3, '3/15/', 1),
      loc(16, 'Scrap', 'Virtual Locations/Scrap', 'inventory', 3, '3/16/', 1, true, { id: 16, scrap_location: true }),
    ],
    17,
  );
  put(
    registry,
    'stock.warehouse',
    [
      {
        id: 1,
        name: 'My Company',
        code: 'WH',
        active: true,
        company_id: 1,
        partner_id: 1,
        view_location_id: 7,
        lot_stock_id: 8,
        sequence: 10,
        wh_input_stock_loc_id: 9,
        wh_qc_stock_loc_id: 10,
        wh_output_stock_loc_id: 11,
        wh_pack_stock_loc_id: 12,
      },
    ],
    2,
  );

  xmlids(registry, [
    [1, 'base', 'USD', 'res.currency', 1],
    [2, 'base', 'main_company', 'res.company', 1],
    [3, 'base', 'main_partner', 'res.partner', 1],
    [4, 'base', 'user_root', 'res.users', 1],
    [5, 'base', 'group_user', 'res.groups', 1],
    [10, 'base', 'partner_root', 'res.partner', 2],
    [11, 'base', 'partner_admin', 'res.partner', 3],
    [12, 'base', 'public_partner', 'res.partner', 4],
    [13, 'base', 'user_admin', 'res.users', 2],
    [14, 'base', 'default_user', 'res.users', 3],
    [15, 'base', 'public_user', 'res.users', 4],
    [40, 'base', 'module_category_user_type', 'ir.module.category', 1],
    [41, 'base', 'module_category_administration_administration', 'ir.module.category', 2],
    [42, 'base', 'module_category_hidden', 'ir.module.category', 3],
    [43, 'base', 'module_category_usability', 'ir.module.category', 4],
    [44, 'base', 'module_category_inventory_inventory', 'ir.module.category', 5],
    [60, 'base', 'group_erp_manager', 'res.groups', 2],
    [61, 'base', 'group_sanitize_override', 'res.groups', 3],
    [62, 'base', 'group_system', 'res.groups', 4],
    [63, 'base', 'group_multi_company', 'res.groups', 5],
    [64, 'base', 'group_multi_currency', 'res.groups', 6],
    [65, 'base', 'group_no_one', 'res.groups', 7],
    [66, 'base', 'group_allow_export', 'res.groups', 8],
    [67, 'base', 'group_partner_manager', 'res.groups', 9],
    [68, 'base', 'group_portal', 'res.groups', 10],
    [69, 'base', 'group_public', 'res.groups', 11],
    [5301, 'uom', 'product_uom_categ_unit', 'uom.category', 1],
    [5302, 'uom', 'product_uom_categ_kgm', 'uom.category', 2],
    [5310, 'uom', 'group_uom', 'res.groups', 12],
    [5320, 'uom', 'product_uom_unit', 'uom.uom', 1],
    [5321, 'uom', 'product_uom_dozen', 'uom.uom', 2],
    [5331, 'uom', 'product_uom_kgm', 'uom.uom', 12],
    [5332, 'uom', 'product_uom_gram', 'uom.uom', 13],
    [6101, 'product', 'product_category_all', 'product.category', 1],
    [6102, 'product', 'product_category_1', 'product.category', 2],
    [6103, 'product', 'cat_expense', 'product.category', 3],
    [13250, 'stock', 'group_stock_multi_locations', 'res.groups', 20],
    [13251, 'stock', 'group_stock_multi_warehouses', 'res.groups', 21],
    [13252, 'stock', 'group_stock_user', 'res.groups', 22],
    [13253, 'stock', 'group_stock_manager', 'res.groups', 23],
    [13254, 'stock', 'group_production_lot', 'res.groups', 24],
    [13255, 'stock', 'group_stock_lot_print_gs1', 'res.groups', 25],
    [13256, 'stock', 'group_lot_on_delivery_slip', 'res.groups', 26],
    [13257, 'stock', 'group_tracking_lot', 'res.groups', 27],
    [13258, 'stock', 'group_adv_location', 'res.groups', 28],
    [13259, 'stock', 'group_tracking_owner', 'res.groups', 29],
    [13300, 'stock', 'stock_location_locations', 'stock.location', 1],
    [13301, 'stock', 'stock_location_locations_partner', 'stock.location', 2],
    [13302, 'stock', 'stock_location_locations_virtual', 'stock.location', 3],
    [13303, 'stock', 'stock_location_suppliers', 'stock.location', 4],
    [13304, 'stock', 'stock_location_customers', 'stock.location', 5],
    [13305, 'stock', 'stock_location_inter_wh', 'stock.location', 6],
    [13320, 'stock', 'warehouse0', 'stock.warehouse', 1],
    [13321, 'stock', 'stock_location_stock', 'stock.location', 8],
    [13322, 'stock', 'stock_location_company', 'stock.location', 9],
    [13323, 'stock', 'stock_location_output', 'stock.location', 11],
    [13324, 'stock', 'location_pack_zone', 'stock.location', 12],
  ]);
  registry.store.table('ir.model.data').setNextId(20000);
}

function partner(id: number, name: string, isCompany = false, active = true): Row {
  return {
    id,
    name,
    complete_name: name,
    is_company: isCompany,
    active,
    parent_id: null,
    company_id: null,
    email: null,
    phone: null,
    ref: null,
    street: null,
    city: null,
    type: 'contact',
  };
}
