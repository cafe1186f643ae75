// Field definitions and Odoo 17's value conversions (convert_to_cache on write,
// convert_to_read on read). Rows hold "column" values: null is SQL NULL, a
// many2one is an id, a many2many is a list of ids; one2many are not stored.
import { valueError } from '../errors';
import { pyRepr } from '../pyrepr';
import type { Env } from './env';
import type { Row } from './store';

export type FieldType = 'char' | 'text' | 'html' | 'integer' | 'float' | 'boolean' | 'selection' | 'date' | 'datetime' | 'many2one' | 'one2many' | 'many2many';

export interface FieldDef {
  type: FieldType;
  string: string;
  relation?: string;
  /** one2many: the many2one on the comodel pointing back. */
  inverseName?: string;
  selection?: [string, string][];
  required?: boolean;
  readonly?: boolean;
  /** false for computed fields that are not columns. */
  store?: boolean;
  /** Decimal digits Odoo rounds a float to (2 for "Product Unit of Measure" and "Product Price"). */
  digits?: number;
  /** Comma-separated group xml ids restricting access, like field.groups. */
  groups?: string;
  /** Default column value for create. */
  default?: (env: Env) => unknown;
  /** Value of a non-stored field (computed or related), as a column value. */
  compute?: (env: Env, row: Row) => unknown;
  /** Non-stored fields only: Odoo can search it (related, or a search method). Others are ignored in domains. */
  searchable?: boolean;
  /** A search method: the domain that replaces a leaf on this field (like `search=` in Odoo). */
  searchDomain?: (env: Env, op: string, right: unknown) => unknown[];
  /** _inherits: the value lives on the record this many2one of ours points to. */
  inherited?: string;
  /** many2one: ON DELETE behaviour of the foreign key (Odoo's default: restrict if required, else set null). */
  ondelete?: 'restrict' | 'cascade' | 'set null';
  help?: string;
  companyDependent?: boolean;
}

export type Fields = Record<string, FieldDef>;

export const isRelational = (f: FieldDef) => f.type === 'many2one' || f.type === 'one2many' || f.type === 'many2many';
export const isX2many = (f: FieldDef) => f.type === 'one2many' || f.type === 'many2many';
export const isStored = (f: FieldDef) => f.store !== false && f.type !== 'one2many';

/** Python's float rounding as odoo.tools.float_round(HALF-UP) does it. */
export function roundDigits(value: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = value * factor;
  // epsilon as in float_round: avoid 2.675 -> 2.67 from binary representation
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled) + 1e-9);
  return rounded / factor + 0; // + 0 turns -0 into 0
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME_RE = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?$/;

/** Converts a value sent by a client into a column value, raising Odoo's errors for bad values. */
export function toColumn(model: string, name: string, field: FieldDef, value: unknown): unknown {
  const label = `${model}.${name}`;
  switch (field.type) {
    case 'char':
    case 'text':
    case 'html':
      if (value === false || value === null || value === undefined) return null;
      if (typeof value === 'boolean') return value ? 'True' : 'False';
      if (typeof value === 'object') return pyRepr(value);
      return String(value);
    case 'integer': {
      if (value === false || value === null || value === undefined || value === '') return 0;
      const n = typeof value === 'boolean' ? Number(value) : Number(value);
      if (!Number.isFinite(n)) throw valueError(`invalid literal for int() with base 10: ${pyRepr(value)}`);
      return Math.trunc(n);
    }
    case 'float': {
      if (value === false || value === null || value === undefined) return 0;
      const n = typeof value === 'boolean' ? Number(value) : Number(value);
      if (typeof value === 'object' || !Number.isFinite(n)) throw valueError(`could not convert string to float: ${pyRepr(value)}`);
      return field.digits !== undefined ? roundDigits(n, field.digits) : n;
    }
    case 'boolean':
      return Boolean(value) && !(Array.isArray(value) && value.length === 0);
    case 'selection':
      if (value === false || value === null || value === undefined) return null;
      if (!field.selection?.some(([k]) => k === value)) throw valueError(`Wrong value for ${label}: ${pyRepr(value)}`);
      return value;
    case 'date':
      if (!value) return null;
      if (typeof value === 'string' && DATE_RE.test(value)) return value;
      if (typeof value === 'string' && DATETIME_RE.test(value)) return value.slice(0, 10);
      throw valueError(`time data ${pyRepr(value)} does not match format '%Y-%m-%d'`);
    case 'datetime': {
      if (!value) return null;
      if (typeof value === 'string') {
        const m = DATETIME_RE.exec(value);
        if (m) return `${m[1]} ${m[2]}`;
        if (DATE_RE.test(value)) return `${value} 00:00:00`;
      }
      throw valueError(`time data ${pyRepr(value)} does not match format '%Y-%m-%d %H:%M:%S'`);
    }
    case 'many2one':
      if (value === false || value === null || value === undefined || value === 0) return null;
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      throw valueError(`Wrong value for ${label}: ${pyRepr(value)}`);
    default:
      return value;
  }
}

/** The value read() returns for a column value (m2o display names are filled in by the caller). */
export function toRead(field: FieldDef, value: unknown): unknown {
  switch (field.type) {
    case 'integer':
    case 'float':
      return typeof value === 'number' ? value : 0;
    case 'boolean':
      return value === true;
    case 'one2many':
    case 'many2many':
      return Array.isArray(value) ? value : [];
    default:
      return value === null || value === undefined ? false : value;
  }
}

/** The attributes fields_get reports (a subset of Odoo's, enough for clients to introspect). */
export function describe(name: string, field: FieldDef): Record<string, unknown> {
  const d: Record<string, unknown> = {
    type: field.type,
    string: field.string,
    required: Boolean(field.required),
    readonly: Boolean(field.readonly),
    store: isStored(field),
    sortable: isStored(field),
    searchable: isStored(field) || Boolean(field.searchable),
    name,
  };
  if (field.relation) d.relation = field.relation;
  if (field.inverseName) d.relation_field = field.inverseName;
  if (field.selection) d.selection = field.selection.map(([k, v]) => [k, v]);
  if (field.help) d.help = field.help;
  if (field.companyDependent) d.company_dependent = true;
  if (field.type === 'float' && field.digits !== undefined) d.digits = [16, field.digits];
  return d;
}
