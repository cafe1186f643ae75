// The domain's own vocabulary. Nothing here knows Odoo's model or field names:
// the gateway (src/odoo) maps Odoo records onto these shapes, per Odoo version.

export type Id = number;
export type Tracking = 'none' | 'lot' | 'serial';

/** A reference to a record: its id and the name a user recognises. */
export interface Ref {
  id: Id;
  name: string;
}

export interface Uom {
  id: Id;
  name: string;
  /** Odoo's rounding, e.g. 0.01 for Units, 0.001 for kg. */
  rounding: number;
}

export interface Product {
  id: Id;
  /** Tracking belongs to the template: every variant of it changes together. */
  templateId: Id;
  /** The template's name; `name` is the variant's own display name ("T-shirt (M)"). */
  templateName: string;
  /** How many variants the template has, archived ones included (1 for a product without variants). */
  variantCount: number;
  /** Internal reference (default_code); may be empty in Odoo. */
  reference: string;
  name: string;
  barcode: string;
  tracking: Tracking;
  /** Storable: has quants and an on-hand quantity. */
  storable: boolean;
  active: boolean;
  uom: Uom;
  cost: number;
  /** The company the product belongs to; null when shared by every company (Odoo's usual case). */
  company: Ref | null;
}

export type LocationUsage = 'internal' | 'view' | 'inventory' | 'supplier' | 'customer' | 'transit' | 'production';

export interface Location {
  id: Id;
  /** Full name, e.g. "WH/Stock/Shelf 1". */
  name: string;
  usage: LocationUsage;
  parentId: Id | null;
}

export interface Quant {
  id: Id;
  product: Ref;
  location: Ref;
  /** The company of the quant's location: a lot put there must belong to it. */
  company: Ref | null;
  lot: Ref | null;
  package: Ref | null;
  owner: Ref | null;
  quantity: number;
  reserved: number;
  /** A count entered in inventory mode but not yet applied. */
  pendingCount: { quantity: number } | null;
  uom: Ref;
}

export interface OdooUser {
  id: Id;
  name: string;
  login: string;
  /** The user's default company (where Odoo puts new records without a company). */
  companyId: Id;
  /** Every company the user may access; the add-in works across all of them. */
  companies: Ref[];
  isStockUser: boolean;
  isStockManager: boolean;
  isAdmin: boolean;
  /** The "Lots & Serial Numbers" setting is on for this user. */
  hasLotsFeature: boolean;
}

export interface ServerInfo {
  /** e.g. "17.0-20240709" */
  version: string;
  /** e.g. 17 */
  major: number;
}

/** A done stock.move.line, as the history steps read it. */
export interface MoveLine {
  id: Id;
  product: Ref;
  from: Ref & { usage?: LocationUsage };
  to: Ref & { usage?: LocationUsage };
  quantity: number;
  lot: Ref | null;
  /** Package the goods left (package_id). */
  package: Ref | null;
  /** Package the goods went into (result_package_id). */
  resultPackage: Ref | null;
  owner: Ref | null;
  /** The move's company (the company of its internal location). */
  company: Ref | null;
  reference: string;
  /** UTC, "YYYY-MM-DD HH:MM:SS" as Odoo sends it. */
  date: string;
  isInventory: boolean;
  user: string;
}
