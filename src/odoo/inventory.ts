// Writes of the workflow, in batches sized for thousands of lines: each call stays far
// below Odoo's 120 s request limit (about 4 ms a line to apply on a 2-core server).
import { ProgressListener, chunk, throwIfCancelled } from '../core/batches';
import { MoveLine, Tracking } from '../core/model';
import { OdooClient } from './client';
import { isUnknownModel } from './errors';
import { Domain } from './dialect';
import { OdooRecord, ref, refId } from './records';
import { NewLot, lotKey } from '../core/restore-plan';
import { _t } from '../core/words/translate';

export const WRITE_BATCH = 1_000;

interface BatchOptions {
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  batchSize?: number;
}

const INVENTORY_MODE = { inventory_mode: true };

/**
 * Count the given quants to 0 and apply, batch by batch, named after the run.
 * Only these quants are applied, so a pending count elsewhere is never swept in.
 */
export async function zeroQuants(client: OdooClient, quantIds: readonly number[], adjustmentName: string, options: BatchOptions = {}): Promise<void> {
  let done = 0;
  for (const batch of chunk(quantIds, options.batchSize ?? WRITE_BATCH)) {
    throwIfCancelled(options.signal);
    await client.execute(
      'stock.quant',
      'write',
      [batch, { inventory_quantity: 0, inventory_quantity_set: true }],
      { context: INVENTORY_MODE },
      { signal: options.signal },
    );
    await applyCounts(client, batch, adjustmentName, options.signal);
    done += batch.length;
    options.onProgress?.({ step: _t('Zeroing'), done, total: quantIds.length });
  }
}

export interface CountLine {
  productId: number;
  locationId: number;
  lotId: number | null;
  packageId: number | null;
  ownerId: number | null;
  quantity: number;
}

/**
 * Count each line at its quantity (absolute: Odoo reuses the quant of the same
 * product, location, lot, package and owner) and apply, batch by batch.
 */
export async function countAndApply(
  client: OdooClient,
  lines: readonly CountLine[],
  adjustmentName: string,
  options: BatchOptions & { step?: string } = {},
): Promise<void> {
  let done = 0;
  for (const batch of chunk(lines, options.batchSize ?? WRITE_BATCH)) {
    throwIfCancelled(options.signal);
    await applyCounts(client, await countQuants(client, batch, options.signal), adjustmentName, options.signal);
    done += batch.length;
    options.onProgress?.({ step: options.step ?? _t('Restoring'), done, total: lines.length });
  }
}

/** Count each line at its quantity (one call, nothing applied yet); the ids of the counted quants, each once. */
export async function countQuants(client: OdooClient, lines: readonly CountLine[], signal?: AbortSignal): Promise<number[]> {
  const values = lines.map((l) => ({
    product_id: l.productId,
    location_id: l.locationId,
    inventory_quantity: l.quantity,
    lot_id: l.lotId ?? false,
    package_id: l.packageId ?? false,
    owner_id: l.ownerId ?? false,
  }));
  const ids = await client.execute<number[]>('stock.quant', 'create', [values], { context: INVENTORY_MODE }, { signal });
  return [...new Set(ids)];
}

/** Apply the counts of these quants (only these), as one adjustment named after the run. */
export async function applyCounts(client: OdooClient, quantIds: readonly number[], adjustmentName: string, signal?: AbortSignal): Promise<void> {
  const result = await client.execute<unknown>(
    'stock.quant',
    'action_apply_inventory',
    [quantIds],
    { context: { ...INVENTORY_MODE, inventory_name: adjustmentName } },
    { signal },
  );
  // Odoo answers a wizard action instead of applying when it wants a human to confirm.
  if (result && typeof result === 'object' && 'res_model' in result) {
    const model = String((result as { res_model: string }).res_model);
    const why =
      model === 'stock.track.confirmation'
        ? _t('some tracked products would get stock without a lot/serial number')
        : model === 'stock.inventory.conflict'
          ? _t('the stock changed after it was counted (a conflict)')
          : _t('Odoo asked for confirmation ({model})', { model });
    throw new Error(_t('Odoo did not apply the adjustment: {why}. Nothing of this batch was applied; check the products in Odoo and resume.', { why }));
  }
}

/** Set each product's tracking on its template, grouped by target so it costs one write per value. */
export async function setTracking(client: OdooClient, templates: readonly { templateId: number; tracking: Tracking }[], signal?: AbortSignal): Promise<void> {
  const byTracking = new Map<Tracking, number[]>();
  for (const t of templates) {
    const ids = byTracking.get(t.tracking) ?? byTracking.set(t.tracking, []).get(t.tracking)!;
    if (!ids.includes(t.templateId)) ids.push(t.templateId);
  }
  for (const [tracking, ids] of byTracking) {
    for (const batch of chunk(ids, WRITE_BATCH)) await client.execute('product.template', 'write', [batch, { tracking }], {}, { signal });
  }
}

/** Open transfers that reserve these products' stock, by reference. */
export async function reservations(
  client: OdooClient,
  productIds: readonly number[],
  signal?: AbortSignal,
): Promise<{ productId: number; reference: string }[]> {
  if (!productIds.length) return [];
  const rows = await client.searchRead<OdooRecord>(
    'stock.move.line',
    [
      ['product_id', 'in', productIds],
      ['state', 'not in', ['done', 'cancel', 'draft']],
      ['location_id.usage', '=', 'internal'],
    ],
    ['product_id', 'reference'],
    {},
    { signal },
  );
  return rows.map((r) => ({ productId: ref(r.product_id)!.id, reference: String(r.reference || '') }));
}

export const HISTORY_PAGE = 10_000;

/**
 * Done move lines of these products, oldest first, in id-keyed pages: the inventory
 * adjustments only (the quant's History button in Odoo), or every move (receipts and
 * deliveries too) when the history must be replayed.
 */
export async function inventoryHistory(
  client: OdooClient,
  productIds: readonly number[],
  options: { referenceLike?: string; signal?: AbortSignal; allMoves?: boolean } = {},
): Promise<MoveLine[]> {
  const domain: Domain = [
    ['product_id', 'in', productIds],
    ['state', '=', 'done'],
  ];
  if (!options.allMoves) domain.push(['is_inventory', '=', true]);
  if (options.referenceLike) domain.push(['reference', 'like', options.referenceLike]);
  const qty = client.dialect.moveLineQuantity;
  const fields = [
    'product_id',
    'location_id',
    'location_dest_id',
    'location_usage',
    'location_dest_usage',
    qty,
    'lot_id',
    'package_id',
    'result_package_id',
    'owner_id',
    'company_id',
    'reference',
    'date',
    'create_uid',
    'is_inventory',
  ];
  const lines: MoveLine[] = [];
  let lastId = 0;
  for (;;) {
    throwIfCancelled(options.signal);
    const page = await client.searchRead<OdooRecord>(
      'stock.move.line',
      [...domain, ['id', '>', lastId]],
      fields,
      { order: 'id', limit: HISTORY_PAGE },
      { signal: options.signal },
    );
    for (const r of page) {
      lines.push({
        id: r.id as number,
        product: ref(r.product_id)!,
        from: { ...ref(r.location_id)!, usage: r.location_usage as MoveLine['from']['usage'] },
        to: { ...ref(r.location_dest_id)!, usage: r.location_dest_usage as MoveLine['to']['usage'] },
        quantity: Number(r[qty] ?? 0),
        lot: ref(r.lot_id),
        package: ref(r.package_id),
        resultPackage: ref(r.result_package_id),
        owner: ref(r.owner_id),
        company: ref(r.company_id),
        reference: String(r.reference || ''),
        date: String(r.date || ''),
        isInventory: options.allMoves ? r.is_inventory === true : true,
        user: ref(r.create_uid)?.name ?? '',
      });
    }
    if (page.length < HISTORY_PAGE) break;
    lastId = page[page.length - 1].id as number;
  }
  return lines;
}

/**
 * Existing lots of these products with these names, keyed by `lotKey` (product, company,
 * name): the same name may be two lots in two companies. A lot without a company (18 and
 * later allow it) is keyed with company 0 and serves every company.
 */
export async function findLots(
  client: OdooClient,
  productIds: readonly number[],
  names: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  if (!names.length) return map;
  for (const batch of chunk([...new Set(names)], HISTORY_PAGE)) {
    const rows = await client.searchRead<OdooRecord>(
      'stock.lot',
      [
        ['product_id', 'in', productIds],
        ['name', 'in', batch],
      ],
      ['name', 'product_id', 'company_id'],
      {},
      { signal },
    );
    for (const r of rows) map.set(lotKey(ref(r.product_id)!.id, refId(r.company_id), String(r.name)), r.id as number);
  }
  return map;
}

/**
 * Create the lots, each in its own company (the company of the stock it will hold): Odoo
 * refuses a count that puts another company's lot in a location. Each company's lots go
 * in calls that run in that company first, so Odoo's defaults (sequence, company) agree.
 */
export async function createLots(client: OdooClient, lots: readonly NewLot[], options: BatchOptions = {}): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  let done = 0;
  const byCompany = new Map<number, NewLot[]>();
  for (const lot of lots) (byCompany.get(lot.companyId) ?? byCompany.set(lot.companyId, []).get(lot.companyId)!).push(lot);
  for (const [companyId, ofCompany] of byCompany) {
    for (const batch of chunk(ofCompany, options.batchSize ?? WRITE_BATCH)) {
      throwIfCancelled(options.signal);
      const values = batch.map((l) => ({
        name: l.name,
        product_id: l.productId,
        company_id: companyId,
        ...(l.expiration ? { expiration_date: odooDatetimeOfLocalDate(l.expiration) } : {}),
      }));
      const ids = await client.execute<number[]>(
        'stock.lot',
        'create',
        [values],
        { context: { allowed_company_ids: client.companiesFirst(companyId) } },
        { signal: options.signal },
      );
      batch.forEach((l, i) => map.set(lotKey(l.productId, l.companyId, l.name), ids[i]));
      done += batch.length;
      options.onProgress?.({ step: _t('Creating lots'), done, total: lots.length });
    }
  }
  return map;
}

/**
 * A calendar date typed where the user is, as Odoo stores datetimes (UTC, to the second):
 * the start of that day in the browser's time zone, so Odoo shows the same date to a user
 * whose time zone matches.
 */
export function odooDatetimeOfLocalDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d).toISOString().slice(0, 19).replace('T', ' ');
}

/** The local calendar date of an Odoo datetime (UTC), "YYYY-MM-DD"; null for none. */
export function localDateOfOdooDatetime(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null;
  const at = new Date(`${value.replace(' ', 'T')}Z`);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * Odoo's expiration dates for these products: whether the feature (product_expiry) is
 * installed, which products use it and their expiration time, and the dates of existing
 * lots. A stock user may ask fields_get, so this works without administrator rights.
 */
export async function expiryInfo(
  client: OdooClient,
  productIds: readonly number[],
  signal?: AbortSignal,
): Promise<{ installed: boolean; products: Map<number, { uses: boolean; days: number }>; lots: Map<string, string | null> }> {
  const products = new Map<number, { uses: boolean; days: number }>();
  const lots = new Map<string, string | null>();
  const fields = await client.execute<Record<string, unknown>>('stock.lot', 'fields_get', [], { attributes: ['type'] }, { signal });
  if (!('expiration_date' in fields)) return { installed: false, products, lots };
  for (const batch of chunk([...new Set(productIds)], HISTORY_PAGE)) {
    const rows = await client.execute<OdooRecord[]>('product.product', 'read', [batch, ['use_expiration_date', 'expiration_time']], {}, { signal });
    for (const r of rows) products.set(r.id as number, { uses: r.use_expiration_date === true, days: Number(r.expiration_time) || 0 });
  }
  // every lot these products already have (a few thousand at most for a run)
  const rows = await client.searchRead<OdooRecord>(
    'stock.lot',
    [['product_id', 'in', [...new Set(productIds)]]],
    ['name', 'product_id', 'company_id', 'expiration_date'],
    {},
    { signal },
  );
  for (const r of rows) lots.set(lotKey(ref(r.product_id)!.id, refId(r.company_id), String(r.name)), localDateOfOdooDatetime(r.expiration_date));
  return { installed: true, products, lots };
}

/** Turn on Inventory's "Lots & Serial Numbers" setting, as the settings page does (administrators only). */
export async function enableLotsSetting(client: OdooClient, signal?: AbortSignal): Promise<void> {
  const id = await client.execute<number>('res.config.settings', 'create', [{ group_stock_production_lot: true }], {}, { signal });
  await client.execute('res.config.settings', 'execute', [[id]], {}, { signal });
}

/** Products with at least one untracked inventory move out of an internal location (a zeroing candidate), company-wide. */
export async function productsWithUntrackedAdjustments(client: OdooClient, signal?: AbortSignal): Promise<number[]> {
  const groups = await client.execute<{ product_id: [number, string] }[]>(
    'stock.move.line',
    'read_group',
    [
      [
        ['is_inventory', '=', true],
        ['state', '=', 'done'],
        ['lot_id', '=', false],
        ['location_id.usage', '=', 'internal'],
        ['location_dest_id.usage', '=', 'inventory'],
      ],
      ['product_id'],
      ['product_id'],
    ],
    { lazy: false },
    { signal },
  );
  return groups.map((g) => g.product_id[0]);
}

/** Which of these locations (internal ones), packages and owners still exist in Odoo; only these ids are asked for. */
export async function existingPlaces(
  client: OdooClient,
  wanted: { locations: (number | undefined)[]; packages: (number | undefined)[]; owners: (number | undefined)[] },
  signal?: AbortSignal,
): Promise<{ locations: Set<number>; packages: Set<number>; owners: Set<number> }> {
  const ids = async (model: string, list: (number | undefined)[], domain: Domain = []) => {
    const unique = [...new Set(list.filter((id): id is number => !!id))];
    if (!unique.length) return new Set<number>();
    return new Set((await client.searchRead<{ id: number }>(model, [['id', 'in', unique], ...domain], ['id'], {}, { signal })).map((r) => r.id));
  };
  const [locations, packages, owners] = await Promise.all([
    ids('stock.location', wanted.locations, [['usage', '=', 'internal']]),
    ids(client.dialect.packageModel, wanted.packages),
    ids('res.partner', wanted.owners),
  ]);
  return { locations, packages, owners };
}

/**
 * The value Odoo booked (stock.valuation.layer: negative out, positive in) per product for
 * the moves of the given move lines, or of the adjustment named `referenceLike`; null when
 * Odoo has no inventory valuation (the stock_account module is not installed).
 */
export async function bookedValues(
  client: OdooClient,
  productIds: readonly number[],
  moves: { moveLineIds?: readonly number[]; referenceLike?: string },
  signal?: AbortSignal,
): Promise<Map<number, number> | null> {
  const domain: Domain = [['product_id', 'in', productIds]];
  if (moves.moveLineIds) domain.push(['stock_move_id.move_line_ids', 'in', moves.moveLineIds]);
  if (moves.referenceLike) domain.push(['stock_move_id.reference', 'like', moves.referenceLike]);
  let layers: { product_id: [number, string]; value: number }[];
  try {
    layers = await client.searchRead('stock.valuation.layer', domain, ['product_id', 'value'], {}, { signal });
  } catch (error) {
    // Without stock_account (and on 19, which books values without layers) the model does not exist.
    if (isUnknownModel(error, 'stock.valuation.layer')) return null;
    throw error;
  }
  const byProduct = new Map<number, number>();
  for (const layer of layers) byProduct.set(layer.product_id[0], (byProduct.get(layer.product_id[0]) ?? 0) + layer.value);
  return byProduct;
}
