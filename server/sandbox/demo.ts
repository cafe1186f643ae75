// The 'demo' seed: a small furniture warehouse whose stock comes from done moves
// (an opening inventory adjustment, a receipt, a delivery and a recount), so the
// move-line history adds up to the quants like on a real database. Everything is
// built through the models' own code with the clock set back to early 2026.
import { Env } from './orm/env';
import type { Vals } from './orm/model';
import type { Registry } from './orm/registry';
import { actionDone } from './models/inventory';
import { StockQuant } from './models/stock_quant';
import { closeGroups } from './models/res_users';

const WH_STOCK = 8;
const VENDORS = 4;
const CUSTOMERS = 5;

interface DemoProduct {
  code: string;
  name: string;
  barcode?: string;
  cost: number;
  price: number;
  type?: 'product' | 'consu' | 'service';
  uom?: number;
  tracking?: 'none' | 'lot' | 'serial';
  active?: boolean;
}

// 20 storable untracked products, a kg product, a lot-tracked one, a consumable, a service, an archived one
export const DEMO_PRODUCTS: DemoProduct[] = [
  { code: 'FURN_0001', name: 'Office Chair Black', barcode: '3760123450011', cost: 120.5, price: 189 },
  { code: 'FURN_0002', name: 'Office Desk 160x80', barcode: '3760123450028', cost: 210, price: 349 },
  { code: 'FURN_0003', name: 'Conference Table 8 Seats', barcode: '3760123450035', cost: 540, price: 890 },
  { code: 'FURN_0004', name: 'Drawer Unit 3 Drawers', barcode: '3760123450042', cost: 85, price: 139 },
  { code: 'FURN_0005', name: 'Bookshelf Oak', barcode: '3760123450059', cost: 96.4, price: 159 },
  { code: 'FURN_0006', name: 'Filing Cabinet Grey', barcode: '3760123450066', cost: 132, price: 219 },
  { code: 'FURN_0007', name: 'Corner Desk Left', barcode: '3760123450073', cost: 255, price: 415 },
  { code: 'FURN_0008', name: 'Visitor Chair Blue', barcode: '3760123450080', cost: 48.9, price: 79 },
  { code: 'FURN_0009', name: 'Standing Desk Frame', barcode: '3760123450097', cost: 310, price: 499 },
  { code: 'FURN_0010', name: 'Acoustic Panel 120x60', barcode: '3760123450103', cost: 64, price: 109 },
  { code: 'ACC-0001', name: 'Desk Lamp LED', barcode: '3760123451018', cost: 18.75, price: 34.9 },
  { code: 'ACC-0002', name: 'Cable Tray', barcode: '3760123451025', cost: 9.2, price: 16.5 },
  { code: 'ACC-0003', name: 'Monitor Arm Dual', barcode: '3760123451032', cost: 44, price: 79 },
  { code: 'ACC-0004', name: 'Whiteboard 90x60', barcode: '3760123451049', cost: 27.3, price: 49 },
  { code: 'ACC-0005', name: 'Desk Organizer Bamboo', barcode: '3760123451056', cost: 7.8, price: 14.9 },
  { code: 'ACC-0006', name: 'Ergonomic Footrest', barcode: '3760123451063', cost: 21, price: 39 },
  { code: 'ACC-0007', name: 'Coat Stand', barcode: '3760123451070', cost: 31.5, price: 55 },
  { code: 'ACC-0008', name: 'Chair Casters (set of 5)', barcode: '3760123451087', cost: 6.4, price: 12 },
  { code: 'ACC-0009', name: 'Wood Screws 4x40 (box of 200)', barcode: '3760123451094', cost: 3.1, price: 6.5 },
  { code: 'ACC-0010', name: 'Felt Pads (pack of 40)', barcode: '3760123451100', cost: 1.9, price: 4.2 },
  { code: 'BULK-0001', name: 'Wood Glue', barcode: '3760123452015', cost: 6.8, price: 11.5, uom: 12 },
  { code: 'LOT-0001', name: 'Varnish Clear 1L', barcode: '3760123453012', cost: 12.4, price: 21.9, tracking: 'lot' },
  { code: 'CONS-0001', name: 'Packing Tape', cost: 1.2, price: 2.5, type: 'consu' },
  { code: 'SERV-0001', name: 'Furniture Assembly', cost: 0, price: 45, type: 'service' },
  { code: 'FURN_0099', name: 'Office Chair Red (discontinued)', barcode: '3760123450998', cost: 118, price: 179, active: false },
];

/** "Storable product" in the version played: detailed_type until 17, is_storable on goods from 18. */
function typeVals(registry: Registry, type: 'product' | 'consu' | 'service'): Vals {
  if (registry.traits.storable === 'detailed_type') return { detailed_type: type };
  return type === 'product' ? { type: 'consu', is_storable: true } : { type };
}

export function seedDemo(registry: Registry): void {
  const realClock = registry.now;
  const at = (iso: string) => (registry.now = () => new Date(`${iso}Z`));
  const admin = new Env(registry, 2, {}, true);
  try {
    at('2026-01-12T09:00:00');
    enableFeatures(registry);
    const partners = admin.model('res.partner');
    const [woodCorner, azure, deco] = partners.create(admin, [
      { name: 'Wood Corner', is_company: true, email: 'wood.corner26@example.com' },
      { name: 'Azure Interior', is_company: true, email: 'azure.Interior24@example.com' },
      { name: 'Deco Addict', is_company: true, email: 'deco_addict@example.com' },
    ]);
    const users = admin.model('res.users');
    const gid = (x: string) => registry.xmlidToResId(x);
    const G = registry.traits.userGroups;
    users.create(admin, [
      {
        name: 'Marc Demo (stock manager)',
        login: 'manager',
        password: 'manager',
        [G]: [[6, 0, [gid('base.group_user'), gid('stock.group_stock_manager')]]],
      },
      { name: 'Joel Willis (stock clerk)', login: 'clerk', password: 'clerk', [G]: [[6, 0, [gid('base.group_user'), gid('stock.group_stock_user')]]] },
    ]);
    const locations = admin.model('stock.location');
    const [shelf1, shelf2] = locations.create(admin, [
      { name: 'Shelf 1', location_id: WH_STOCK, usage: 'internal' },
      { name: 'Shelf 2', location_id: WH_STOCK, usage: 'internal' },
    ]);

    const products = admin.model('product.product');
    const id: Record<string, number> = {};
    for (const p of DEMO_PRODUCTS) {
      [id[p.code]] = products.create(admin, [
        {
          name: p.name,
          default_code: p.code,
          barcode: p.barcode ?? false,
          ...typeVals(registry, p.type ?? 'product'),
          tracking: p.tracking ?? 'none',
          uom_id: p.uom ?? 1,
          ...(registry.traits.purchaseUom ? { uom_po_id: p.uom ?? 1 } : {}),
          standard_price: p.cost,
          list_price: p.price,
          categ_id: p.type === 'service' ? 3 : 2,
          active: p.active ?? true,
        },
      ]);
    }
    // With Expiration Dates installed, the glue expires 30 days after a lot is made.
    if (registry.modules.has('product_expiry')) products.write(admin, [id['BULK-0001']], { use_expiration_date: true, expiration_time: 30 });
    const lots = admin.model('stock.lot');
    const [lotA, lotB] = lots.create(admin, [
      { name: 'VAR-2026-001', product_id: id['LOT-0001'], company_id: 1 },
      { name: 'VAR-2026-002', product_id: id['LOT-0001'], company_id: 1 },
    ]);
    const [pack] = admin.model(registry.traits.packageModel).create(admin, [{}]);

    // 1. opening stock counted in the UI and applied with the default reason
    at('2026-01-15T16:30:00');
    const opening: [string, number, number][] = [
      ['FURN_0001', WH_STOCK, 24],
      ['FURN_0002', WH_STOCK, 10],
      ['FURN_0003', WH_STOCK, 2],
      ['FURN_0004', shelf1, 15],
      ['FURN_0006', WH_STOCK, 7],
      ['FURN_0008', shelf1, 30],
      ['ACC-0001', shelf2, 40],
      ['ACC-0002', shelf2, 55],
      ['ACC-0005', shelf1, 60],
      ['ACC-0009', shelf2, 120],
      ['BULK-0001', shelf1, 3.75],
    ];
    count(
      admin,
      opening.map(([code, location, qty]) => ({ product_id: id[code], location_id: location, inventory_quantity: qty })),
      'Quantity Updated',
    );

    // 2. receipt from the vendor, with a package, a consignment (owned) line and lots
    at('2026-02-10T10:15:00');
    const received: Vals[] = [
      line(id['FURN_0001'], 12),
      line(id['FURN_0005'], 9),
      line(id['FURN_0005'], 4, { owner_id: azure }),
      line(id['FURN_0007'], 3),
      line(id['FURN_0009'], 5),
      line(id['FURN_0010'], 16),
      line(id['ACC-0003'], 6, { location_dest_id: shelf2, result_package_id: pack }),
      line(id['ACC-0004'], 8),
      line(id['ACC-0006'], 14),
      line(id['ACC-0007'], 6),
      line(id['ACC-0008'], 25),
      line(id['ACC-0010'], 50),
      line(id['BULK-0001'], 12.35),
      line(id['LOT-0001'], 8, { lot_id: lotA }),
      line(id['LOT-0001'], 5, { location_dest_id: shelf1, lot_id: lotB }),
    ];
    transfer(admin, 'WH/IN/00001', 'incoming', woodCorner, VENDORS, WH_STOCK, received);

    // 3. a delivery to a customer
    at('2026-03-03T14:05:00');
    transfer(admin, 'WH/OUT/00001', 'outgoing', deco, WH_STOCK, CUSTOMERS, [
      line(id['FURN_0001'], 6, { location_id: WH_STOCK, location_dest_id: CUSTOMERS }),
      line(id['FURN_0002'], 2, { location_id: WH_STOCK, location_dest_id: CUSTOMERS }),
      line(id['ACC-0001'], 5, { location_id: shelf2, location_dest_id: CUSTOMERS }),
    ]);

    // 4. a recount through the API (no user on the count): "Product Quantity Updated"
    at('2026-03-20T11:40:00');
    const quants = admin.model('stock.quant') as StockQuant;
    const recount = quants.search(admin, [
      ['product_id', '=', id['ACC-0002']],
      ['location_id', '=', shelf2],
    ]);
    const inv = admin.withContext({ inventory_mode: true });
    quants.write(inv, recount, { inventory_quantity: 52 });
    quants.actionApplyInventory(inv, recount);

    seedRealDatabaseCases(admin, woodCorner, shelf1, shelf2, id);
  } finally {
    registry.now = realClock;
  }
}

/**
 * What real databases hold besides the furniture: a template with two variants (stock in
 * two places each), a product switched to serial numbers after 5 units were stored
 * without (then 2 received with serials), and a second company "North" with its own
 * warehouse holding a product shared by both companies.
 */
function seedRealDatabaseCases(admin: Env, vendor: number, shelf1: number, shelf2: number, id: Record<string, number>): void {
  const registry = admin.registry;
  const at = (iso: string) => (registry.now = () => new Date(`${iso}Z`));
  at('2026-03-24T09:00:00');
  const [size] = admin.model('product.attribute').create(admin, [
    {
      name: 'Size',
      value_ids: [
        [0, 0, { name: 'S' }],
        [0, 0, { name: 'M' }],
      ],
    },
  ]);
  const values = admin.model('product.attribute.value').search(admin, [['attribute_id', '=', size]]);
  const [tshirt] = admin.model('product.template').create(admin, [
    {
      name: 'Staff T-shirt',
      ...typeVals(registry, 'product'),
      list_price: 19,
      categ_id: 2,
      attribute_line_ids: [[0, 0, { attribute_id: size, value_ids: [[6, 0, values]] }]],
    },
  ]);
  const products = admin.model('product.product');
  const [small, medium] = products.search(admin, [['product_tmpl_id', '=', tshirt]], { order: 'id' });
  products.write(admin, [small], { default_code: 'TSHIRT-S', barcode: '3760123454019', standard_price: 6.5 });
  products.write(admin, [medium], { default_code: 'TSHIRT-M', barcode: '3760123454026', standard_price: 6.5 });
  [id['TSHIRT-S'], id['TSHIRT-M']] = [small, medium];
  const [printer] = products.create(admin, [
    {
      name: 'Label Printer',
      default_code: 'SER-0001',
      barcode: '3760123455016',
      ...typeVals(registry, 'product'),
      standard_price: 89,
      list_price: 149,
      categ_id: 2,
    },
  ]);
  id['SER-0001'] = printer;
  count(
    admin,
    [
      { product_id: small, location_id: WH_STOCK, inventory_quantity: 10 },
      { product_id: small, location_id: shelf1, inventory_quantity: 4 },
      { product_id: medium, location_id: WH_STOCK, inventory_quantity: 6 },
      { product_id: medium, location_id: shelf2, inventory_quantity: 3 },
      { product_id: printer, location_id: WH_STOCK, inventory_quantity: 5 },
    ],
    'Quantity Updated',
  );

  // the printer switched to serial numbers with its 5 units on hand (Odoo only warns), then 2 received with serials
  at('2026-03-25T10:00:00');
  admin.model('product.template').write(admin, [products.table.get(printer)!.product_tmpl_id as number], { tracking: 'serial' });
  const [sn1, sn2] = admin.model('stock.lot').create(admin, [
    { name: 'LP-2026-0001', product_id: printer, company_id: 1 },
    { name: 'LP-2026-0002', product_id: printer, company_id: 1 },
  ]);
  transfer(admin, 'WH/IN/00002', 'incoming', vendor, VENDORS, WH_STOCK, [line(printer, 1, { lot_id: sn1 }), line(printer, 1, { lot_id: sn2 })]);

  // a second company with Inventory: its locations come with it, its warehouse too on 16/17 (made by hand on 18/19); the admin may use both
  at('2026-03-26T08:00:00');
  const [north] = admin.model('res.company').create(admin, [{ name: 'North' }]);
  const warehouse = () => [...registry.store.table('stock.warehouse').rows.values()].find((w) => w.company_id === north);
  if (!warehouse())
    admin.model('stock.warehouse').create(admin.withContext({ allowed_company_ids: [north, 1] }), [{ name: 'North', code: 'North', company_id: north }]);
  const northStock = warehouse()!.lot_stock_id as number;
  count(admin, [{ product_id: id['FURN_0001'], location_id: northStock, inventory_quantity: 8 }], 'Quantity Updated');
}

/** The settings a warehouse with shelves, lots, packages and consignment would have on. */
function enableFeatures(registry: Registry): void {
  const groups = registry.store.table('res.groups');
  const users = registry.store.table('res.users');
  const base = registry.xmlidToResId('base.group_user');
  const extra = ['stock.group_production_lot', 'stock.group_tracking_lot', 'stock.group_tracking_owner', 'stock.group_stock_multi_locations'].map((x) =>
    registry.xmlidToResId(x),
  );
  groups.update(base, 'implied_ids', [...(groups.get(base)!.implied_ids as number[]), ...extra]);
  for (const u of [...users.rows.values()]) {
    const G = registry.traits.userGroups;
    if ((u[G] as number[]).includes(base)) users.update(u.id, G, closeGroups(registry, u[G] as number[]));
  }
}

function line(product: number, quantity: number, extra: Vals = {}): Vals {
  return { product_id: product, quantity, location_id: VENDORS, location_dest_id: WH_STOCK, ...extra };
}

/** Counts in inventory mode as the admin (so the reason gets " (Administrator)"), then applies. */
function count(env: Env, lines: Vals[], reason: string): void {
  const quants = env.model('stock.quant') as StockQuant;
  const inv = env.withContext({ inventory_mode: true });
  const ids = quants.create(inv, lines);
  quants.actionApplyInventory(inv.withContext({ inventory_name: reason }), ids);
}

/** A move line's values: the done quantity is qty_done in 16, quantity from 17. */
function moveLine(registry: Registry, l: Vals, extra: Vals): Vals {
  const { quantity, ...rest } = l;
  return { ...rest, [registry.traits.moveLineQuantity]: quantity, ...extra };
}

/** A done transfer: one move per line, named like the picking. */
function transfer(env: Env, name: string, code: string, partner: number, from: number, to: number, lines: Vals[]): void {
  const [picking] = env
    .model('stock.picking')
    .create(env, [
      { name, picking_type_code: code, partner_id: partner, location_id: from, location_dest_id: to, state: 'assigned', scheduled_date: env.now() },
    ]);
  const products = env.model('product.product');
  const moveIds = env.model('stock.move').create(
    env,
    lines.map((l) => {
      const product = env.registry.store.table('product.product').get(l.product_id as number)!;
      const uom = products.value(env, product, 'uom_id');
      return {
        name: products.displayName(env, product.id),
        product_id: l.product_id,
        product_uom: uom,
        product_uom_qty: l.quantity,
        location_id: l.location_id ?? from,
        location_dest_id: l.location_dest_id ?? to,
        picking_id: picking,
        partner_id: partner,
        restrict_partner_id: l.owner_id ?? false,
        state: 'assigned',
        picked: true,
        move_line_ids: [[0, 0, moveLine(env.registry, l, { product_uom_id: uom, picking_id: picking, company_id: 1 })]],
      };
    }),
  );
  actionDone(env, moveIds);
  env.model('stock.picking').write(env, [picking], { state: 'done', date_done: env.now() });
}
