// Reads the pull step needs: who is signed in, products, locations and quants.
import { Location, OdooUser, Product, Quant, Uom } from '../core/model';
import { ProgressListener, throwIfCancelled } from '../core/batches';
import { OdooClient } from './client';
import { Domain, GROUPS } from './dialect';
import { OdooRecord, QUANT_FIELDS, ref, toLocation, toProduct, toQuant, toUom } from './records';
import { _t } from '../core/words/translate';

export async function currentUser(client: OdooClient, signal?: AbortSignal): Promise<OdooUser> {
  const [user] = await client.execute<OdooRecord[]>('res.users', 'read', [[client.uid], ['name', 'login', 'company_id', 'company_ids']], {}, { signal });
  const companyIds = Array.isArray(user.company_ids) ? (user.company_ids as number[]) : [];
  const companies = companyIds.length
    ? (await client.execute<OdooRecord[]>('res.company', 'read', [companyIds, ['name']], {}, { signal })).map((c) => ({
        id: c.id as number,
        name: String(c.name),
      }))
    : [];
  // A stock user may not read ir.model.data or res.groups, but may ask has_group about itself.
  const has = (xmlId: readonly [string, string]) =>
    client.execute<boolean>('res.users', 'has_group', client.dialect.hasGroupArgs(client.uid, `${xmlId[0]}.${xmlId[1]}`), {}, { signal });
  const [stockUser, stockManager, admin, lots] = await Promise.all([has(GROUPS.stockUser), has(GROUPS.stockManager), has(GROUPS.admin), has(GROUPS.lots)]);
  return {
    id: client.uid,
    name: String(user.name),
    login: String(user.login),
    companyId: ref(user.company_id)?.id ?? 1,
    companies,
    isStockUser: stockUser || stockManager,
    isStockManager: stockManager,
    isAdmin: admin,
    hasLotsFeature: lots,
  };
}

export interface ProductQuery {
  /** Matches reference, name or barcode (Odoo's ilike). */
  text?: string;
  /** Exact internal references, e.g. pasted from a sheet. */
  references?: string[];
  ids?: number[];
  /** Only storable products without tracking. */
  untrackedOnly?: boolean;
  /** Any product, storable or not, whose reference or barcode is one of `codes` or whose id is in `ids`. */
  anyOf?: { codes: string[]; ids: number[] };
  /** Skip reading units of measure (their rounding defaults to 0.01): the custom functions need none. */
  withoutUoms?: boolean;
  limit?: number;
}

export async function searchProducts(client: OdooClient, query: ProductQuery, signal?: AbortSignal): Promise<Product[]> {
  const domain: Domain = query.anyOf ? anyOfDomain(query.anyOf) : [...client.dialect.storableDomain];
  if (query.untrackedOnly) domain.push(['tracking', '=', 'none']);
  if (query.ids) domain.push(['id', 'in', query.ids]);
  if (query.references) domain.push(['default_code', 'in', query.references]);
  if (query.text) domain.push('|', '|', ['default_code', 'ilike', query.text], ['name', 'ilike', query.text], ['barcode', 'ilike', query.text]);
  const records = await client.searchRead<OdooRecord>(
    'product.product',
    domain,
    client.dialect.productFields,
    { limit: query.limit, order: 'default_code, id' },
    { signal },
  );
  return query.withoutUoms ? records.map((r) => toProduct(r, client.dialect, new Map())) : withUoms(client, records, signal);
}

/**
 * Every variant of these templates, archived ones included: tracking is the template's,
 * so a change reaches them all, and a run must account for each one's stock.
 */
export async function variantsOfTemplates(client: OdooClient, templateIds: readonly number[], signal?: AbortSignal): Promise<Product[]> {
  if (!templateIds.length) return [];
  const records = await client.searchRead<OdooRecord>(
    'product.product',
    [['product_tmpl_id', 'in', [...new Set(templateIds)]]],
    client.dialect.productFields,
    { order: 'default_code, id', context: { active_test: false } },
    { signal },
  );
  return withUoms(client, records, signal);
}

/** Products by id, archived ones included: quants may still reference them. */
export async function productsByIds(client: OdooClient, ids: number[], signal?: AbortSignal): Promise<Product[]> {
  if (ids.length === 0) return [];
  const records = await client.execute<OdooRecord[]>(
    'product.product',
    'read',
    [ids, client.dialect.productFields],
    { context: { active_test: false } },
    { signal },
  );
  return withUoms(client, records, signal);
}

function anyOfDomain({ codes, ids }: { codes: string[]; ids: number[] }): Domain {
  return ['|', '|', ['default_code', 'in', codes], ['barcode', 'in', codes], ['id', 'in', ids]];
}

async function withUoms(client: OdooClient, records: OdooRecord[], signal?: AbortSignal): Promise<Product[]> {
  const uomIds = [...new Set(records.map((r) => ref(r.uom_id)?.id).filter((id): id is number => !!id))];
  const templateIds = [...new Set(records.map((r) => ref(r.product_tmpl_id)?.id).filter((id): id is number => !!id))];
  const uoms = new Map<number, Uom>();
  const [uomRows, variants] = await Promise.all([
    uomIds.length ? client.execute<OdooRecord[]>('uom.uom', 'read', [uomIds, ['name', 'rounding']], {}, { signal }) : Promise.resolve([]),
    templateIds.length
      ? client.searchRead<OdooRecord>(
          'product.product',
          [['product_tmpl_id', 'in', templateIds]],
          ['product_tmpl_id'],
          { context: { active_test: false } },
          { signal },
        )
      : Promise.resolve([]),
  ]);
  for (const row of uomRows) uoms.set(row.id as number, toUom(row));
  const variantCounts = new Map<number, number>();
  for (const v of variants) {
    const id = ref(v.product_tmpl_id)!.id;
    variantCounts.set(id, (variantCounts.get(id) ?? 0) + 1);
  }
  return records.map((r) => toProduct(r, client.dialect, uoms, variantCounts));
}

export async function internalLocations(client: OdooClient, signal?: AbortSignal): Promise<Location[]> {
  const records = await client.searchRead<OdooRecord>(
    'stock.location',
    [['usage', '=', 'internal']],
    ['complete_name', 'name', 'usage', 'location_id'],
    { order: 'complete_name' },
    { signal },
  );
  return records.map(toLocation);
}

export interface QuantQuery {
  productIds?: number[];
  /** Locations and their children (Odoo's child_of); default all internal locations. */
  locationIds?: number[];
  /** Location usages to read; default internal only (transit, for one, is reported apart). */
  usages?: string[];
  /** Only quants with a lot (restored stock) or only without. */
  withLot?: boolean;
}

/**
 * Page size for large reads: big enough to keep calls few, small enough to stay far below
 * Odoo's time limit (52,000 quants read in about 3 s on a 2-core server).
 */
export const QUANT_PAGE = 25_000;

/**
 * Internal quants, read in pages keyed on id (not offset), so quants created or
 * removed while reading cannot shift a page and be skipped or read twice.
 */
export async function readQuants(
  client: OdooClient,
  query: QuantQuery,
  options: { signal?: AbortSignal; onProgress?: ProgressListener; pageSize?: number; withoutCount?: boolean } = {},
): Promise<Quant[]> {
  const domain: Domain = [['location_id.usage', 'in', query.usages ?? ['internal']]];
  if (query.withLot !== undefined) domain.push(['lot_id', query.withLot ? '!=' : '=', false]);
  if (query.productIds) domain.push(['product_id', 'in', query.productIds]);
  if (query.locationIds) domain.push(['location_id', 'child_of', query.locationIds]);
  const pageSize = options.pageSize ?? QUANT_PAGE;
  // The count only feeds the progress bar, so it runs beside the first page, not before it.
  const counting = options.withoutCount ? Promise.resolve(0) : client.execute<number>('stock.quant', 'search_count', [domain], {}, { signal: options.signal });
  const quants: Quant[] = [];
  let lastId = 0;
  let total = 0;
  options.onProgress?.({ step: _t('Reading quants'), done: 0, total });
  for (;;) {
    throwIfCancelled(options.signal);
    const reading = client.searchRead<OdooRecord>(
      'stock.quant',
      [...domain, ['id', '>', lastId]],
      QUANT_FIELDS,
      { order: 'id', limit: pageSize },
      { signal: options.signal },
    );
    const [page, count] = await Promise.all([reading, lastId === 0 ? counting : Promise.resolve(total)]);
    total = count;
    for (const record of page) quants.push(toQuant(record));
    options.onProgress?.({ step: _t('Reading quants'), done: quants.length, total: Math.max(total, quants.length) });
    if (page.length < pageSize) break;
    lastId = page[page.length - 1].id as number;
  }
  return quants;
}
