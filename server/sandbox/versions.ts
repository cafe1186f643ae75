// What the sandbox plays differently per Odoo version: the server side's own list,
// kept apart from the add-in's dialect (src/odoo/dialect.ts) on purpose, so that a
// mistake in the dialect shows up as a failing contract test instead of agreeing
// with itself. Each line was read in that version's source and seen on a real server.

import { pyRepr } from './pyrepr';

export type SandboxVersion = '16.0' | '17.0' | '18.0' | '19.0';

export interface VersionTraits {
  major: 16 | 17 | 18 | 19;
  /** common.version's server_version (the real servers' build dates). */
  serverVersion: string;
  /** "Storable" is detailed_type = 'product' until 17, then the is_storable boolean on type 'consu'. */
  storable: 'detailed_type' | 'is_storable';
  /** stock.move.line's done quantity: qty_done in 16, quantity from 17. */
  moveLineQuantity: 'qty_done' | 'quantity';
  /** res.users' groups: groups_id until 18, group_ids in 19. */
  userGroups: 'groups_id' | 'group_ids';
  /** The packages model: stock.quant.package until 18, stock.package in 19. */
  packageModel: 'stock.quant.package' | 'stock.package';
  /** product.template.uom_po_id exists until 18. */
  purchaseUom: boolean;
  /** stock.lot.company_id is required in 16 and 17. */
  lotCompanyRequired: boolean;
  /** has_group is @api.model in 16/17 (about the caller) and a record method from 18. */
  hasGroupOnRecords: boolean;
  /** 16/17 keep the apply for stock managers; 18 and 19 let a stock user apply. */
  onlyManagersApply: boolean;
  /** 16 has no action_clear_inventory_quantity (its "set to zero" clears the count). */
  clearCountMethod: boolean;
  /** 19 applies a count of a tracked product without a lot without the confirmation wizard. */
  trackedWithoutLotAsksConfirmation: boolean;
  /**
   * Where the counting user's name goes in an adjustment's reference:
   * 'always' (17, 18: the quant's user is appended to any name), 'never' (16),
   * 'default-name' (19: only to the default "Product Quantity Updated", from the move's creator).
   */
  userInReference: 'always' | 'never' | 'default-name';
  /** The error code of a JSON-RPC error envelope: 200 until 18, 0 in 19. */
  rpcErrorCode: number;
  /** 18 and later name the model in the private-method refusal. */
  privateMethodMessage(model: string, method: string): string;
  /** stock.lot's uniqueness refusal; the lines name lot and product. */
  lotDuplicateMessage(lines: string[]): string;
  /** The JSON-2 API (POST /json/2/<model>/<method>) exists from 19. */
  json2: boolean;
  /**
   * _check_company's UserError text: 16/17 odoo/models.py (%r reprs), 18.0 odoo/models.py
   * (curly quotes), 19.0 odoo/orm/models.py (new head, "while", a closing line). 18 and 19
   * read in public copies of those trees; not yet seen on a real 16, 18 or 19 server.
   */
  incompatibleCompaniesMessage(items: CompanyInconsistency[]): string;
  /** A new company gets its warehouse at once (stock res_company.py create: 16/17 always; 18/19 only under tests). */
  warehouseOnCompanyCreate: boolean;
}

/** One line of _check_company's message: a record, its company, the field and the linked records' names. */
export interface CompanyInconsistency {
  record: string;
  /** The record's company display name, or null for none. */
  company: string | null;
  field: string;
  fname: string;
  values: string[];
}

const pyStr = (s: string) => pyRepr(s);
const reprValues = (values: string[]) => values.map(pyStr).join(', ');
// 17.0 odoo/models.py: %r of the record, company and field names ('...' quotes; False for no company)
const UNTIL_17_COMPANIES = (items: CompanyInconsistency[]) =>
  [
    'Incompatible companies on records:',
    ...items.map(
      (i) =>
        `- ${pyStr(i.record)} belongs to company ${i.company === null ? 'False' : pyStr(i.company)} and ${pyStr(i.field)} (${i.fname}: ${reprValues(i.values)}) belongs to another company.`,
    ),
  ].join('\n');
// 18.0 odoo/models.py: the same sentence with curly quotes around %s
const V18_COMPANIES = (items: CompanyInconsistency[]) =>
  [
    'Incompatible companies on records:',
    ...items.map(
      (i) => `- “${i.record}” belongs to company “${i.company ?? 'False'}” and “${i.field}” (${i.fname}: ${reprValues(i.values)}) belongs to another company.`,
    ),
  ].join('\n');
// 19.0 odoo/orm/models.py: new head, "while", and a closing line
const V19_COMPANIES = (items: CompanyInconsistency[]) =>
  [
    'Uh-oh! You’ve got some company inconsistencies here:',
    ...items.map(
      (i) => `- “${i.record}” belongs to company “${i.company ?? ''}” while “${i.field}” (${i.fname}: ${reprValues(i.values)}) belongs to another company.`,
    ),
    'To avoid a mess, no company crossover is allowed!',
  ].join('\n');

const UNTIL_17_LOT_DUPLICATE = (lines: string[]) =>
  `The combination of serial number and product must be unique across a company.\nFollowing combination contains duplicates:\n${lines.join('\n')}`;
const FROM_18_LOT_DUPLICATE = (lines: string[]) =>
  `The combination of lot/serial number and product must be unique within a company including when no company is defined.\nThe following combinations contain duplicates:\n${lines.join('\n')}`;

const V17: VersionTraits = {
  major: 17,
  serverVersion: '17.0-20240709',
  storable: 'detailed_type',
  moveLineQuantity: 'quantity',
  userGroups: 'groups_id',
  packageModel: 'stock.quant.package',
  purchaseUom: true,
  lotCompanyRequired: true,
  hasGroupOnRecords: false,
  onlyManagersApply: true,
  clearCountMethod: true,
  trackedWithoutLotAsksConfirmation: true,
  userInReference: 'always',
  rpcErrorCode: 200,
  privateMethodMessage: (_model, method) => `Private methods (such as ${method}) cannot be called remotely.`,
  lotDuplicateMessage: UNTIL_17_LOT_DUPLICATE,
  json2: false,
  incompatibleCompaniesMessage: UNTIL_17_COMPANIES,
  warehouseOnCompanyCreate: true,
};

export const VERSIONS: Record<SandboxVersion, VersionTraits> = {
  '16.0': { ...V17, major: 16, serverVersion: '16.0', moveLineQuantity: 'qty_done', clearCountMethod: false, userInReference: 'never' },
  '17.0': V17,
  '18.0': {
    ...V17,
    major: 18,
    serverVersion: '18.0-20250925',
    storable: 'is_storable',
    lotCompanyRequired: false,
    warehouseOnCompanyCreate: false,
    hasGroupOnRecords: true,
    onlyManagersApply: false,
    privateMethodMessage: (model, method) => `Private methods (such as '${model}.${method}') cannot be called remotely.`,
    lotDuplicateMessage: FROM_18_LOT_DUPLICATE,
    incompatibleCompaniesMessage: V18_COMPANIES,
  },
  '19.0': {
    ...V17,
    major: 19,
    serverVersion: '19.0-20260402',
    storable: 'is_storable',
    userGroups: 'group_ids',
    packageModel: 'stock.package',
    purchaseUom: false,
    lotCompanyRequired: false,
    warehouseOnCompanyCreate: false,
    hasGroupOnRecords: true,
    onlyManagersApply: false,
    trackedWithoutLotAsksConfirmation: false,
    userInReference: 'default-name',
    rpcErrorCode: 0,
    privateMethodMessage: (model, method) => `Private methods (such as '${model}.${method}') cannot be called remotely.`,
    lotDuplicateMessage: FROM_18_LOT_DUPLICATE,
    json2: true,
    incompatibleCompaniesMessage: V19_COMPANIES,
  },
};

export const SANDBOX_VERSIONS = Object.keys(VERSIONS) as SandboxVersion[];

/** "16", "16.0" or undefined (17.0, the version the add-in was first built for). */
export function parseSandboxVersion(value: string | undefined): SandboxVersion {
  if (!value) return '17.0';
  const normalised = /^\d+$/.test(value.trim()) ? `${value.trim()}.0` : value.trim();
  if (!(normalised in VERSIONS)) throw new RangeError(`The sandbox plays Odoo ${SANDBOX_VERSIONS.join(', ')}, not "${value}".`);
  return normalised as SandboxVersion;
}

/** ODOO_SANDBOX_MODULES: a comma-separated list; product_expiry is the one the sandbox knows. */
export function parseSandboxModules(value: string | undefined): 'product_expiry'[] {
  const names = (value ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => n !== 'product_expiry');
  if (unknown.length) throw new RangeError(`The sandbox knows the product_expiry module only, not ${unknown.join(', ')}.`);
  return names as 'product_expiry'[];
}

export function versionInfo(traits: VersionTraits) {
  return {
    server_version: traits.serverVersion,
    server_version_info: [traits.major, 0, 0, 'final', 0, ''],
    server_serie: `${traits.major}.0`,
    protocol_version: 1,
  };
}
