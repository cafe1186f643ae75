// Steps 5-7: the Restore sheet from Odoo's history, its validation, and the restore post.
import { throwIfCancelled } from '../core/batches';
import { Issue } from '../core/issues';
import { Product, Quant } from '../core/model';
import { OriginalLine } from '../core/originals';
import { TargetTracking } from '../core/products-sheet';
import { RESTORE_LAYOUT, planRestoreRows, readRestoreRows, restoreColumns, statusText } from '../core/restore-sheet';
import { currentLotQuantities, lotFor, lotKey, lotsToCreate, pendingTargets, restoredByRun, targetKey } from '../core/restore-plan';
import { adjustmentName } from '../core/run';
import { columnAt, columnIndex, toGrid } from '../core/sheet-layout';
import { RestoreContext, RestoreValidation } from '../core/validate-restore';
import { Checked, Revalidation, revalidateRestore } from '../core/revalidate-restore';
import { addStatusFormats, writeColumns } from '../excel/annotate';
import { ExcelRunner } from '../excel/host';
import { readTable } from '../excel/read-table';
import { writeTable } from '../excel/write-table';
import { OdooClient } from '../odoo/client';
import { createLots, existingPlaces, expiryInfo, findLots, inventoryHistory } from '../odoo/inventory';
import { PipelineOptions, postPipelined } from '../odoo/restore-pipeline';
import { productsByIds, readQuants } from '../odoo/reads';
import { lineKey } from '../core/originals';
import { StepRefused } from './zero-step';
import { originalsFor } from './originals-source';
import { _t, _tn, quantity } from '../core/words/translate';

export type Chosen = { product: Product; target: TargetTracking };

export async function createRestoreSheet(
  client: OdooClient,
  run: ExcelRunner,
  runRef: string,
  chosen: readonly Chosen[],
  signal?: AbortSignal,
): Promise<{ rows: number; lines: number }> {
  const originals = await originalsFor(
    client,
    runRef,
    chosen.map((c) => c.product.id),
    signal,
  );
  if (!originals.length) throw new StepRefused(_t("Odoo's history has no zeroing of these products (run {run} or by hand); zero them first.", { run: runRef }));
  const rows = planRestoreRows(originals, new Map(chosen.map((c) => [c.product.id, c])));
  await writeTable(run, RESTORE_LAYOUT, toGrid(RESTORE_LAYOUT, rows), { signal });
  await addStatusFormats(run, RESTORE_LAYOUT.sheet, columnAt(RESTORE_LAYOUT, 'status'));
  return { rows: rows.length, lines: originals.length };
}

export interface ValidatedRestore {
  validation: RestoreValidation;
  originals: OriginalLine[];
  /** The lot quants of these products read for the check, reused by the post. */
  lotQuants: Quant[];
  /** What the sheet was checked against (Odoo as it was at validation). */
  context: RestoreContext;
}

/** Read the sheet, check it against Odoo as it is now, and mark every row. Posts nothing. */
export async function validateRestoreSheet(
  client: OdooClient,
  run: ExcelRunner,
  runRef: string,
  chosen: readonly Chosen[],
  signal?: AbortSignal,
  defaultCompanyId = client.currentCompanyId ?? 0,
): Promise<ValidatedRestore> {
  const { context, originals, lotQuants } = await restoreContext(client, runRef, chosen, signal, defaultCompanyId);
  return { ...(await checkRestoreSheet(run, context)), originals, context, lotQuants };
}

/** What the Restore sheet is checked against: the originals, the products and lots as Odoo has them now. */
export async function restoreContext(
  client: OdooClient,
  runRef: string,
  chosen: readonly Chosen[],
  signal?: AbortSignal,
  defaultCompanyId = client.currentCompanyId ?? 0,
): Promise<{ context: RestoreContext; originals: OriginalLine[]; lotQuants: Quant[] }> {
  const productIds = chosen.map((c) => c.product.id);
  const [originals, current, lotQuants, expiry, restoreMoves] = await Promise.all([
    originalsFor(client, runRef, productIds, signal),
    productsByIds(client, productIds, signal),
    readQuants(client, { productIds, withLot: true }, { signal, withoutCount: true }),
    expiryInfo(client, productIds, signal),
    inventoryHistory(client, productIds, { referenceLike: adjustmentName(runRef, 'restore'), signal }),
  ]);
  const valid = await validIds(client, originals, signal);
  // Lots of already-tracked products may hold stock of their own: what this run did not bring.
  const ownRestore = restoredByRun(restoreMoves, runRef);
  const lotStock = new Map<string, { lineKey: string; quantity: number }[]>();
  for (const q of lotQuants) {
    const key = lotKey(q.product.id, q.company?.id ?? null, q.lot!.name);
    const line = lineKey(q.product.id, q.location.id, q.package?.id ?? null, q.owner?.id ?? null);
    const list = lotStock.get(key) ?? [];
    list.push({ lineKey: line, quantity: q.quantity - (ownRestore.get(targetKey({ lineKey: line, lot: q.lot!.name })) ?? 0) });
    lotStock.set(key, list);
  }
  const context: RestoreContext = {
    originals: new Map(originals.map((o) => [o.key, o])),
    products: new Map(current.map((p) => [p.id, { product: p, target: chosen.find((c) => c.product.id === p.id)!.target }])),
    lotStock,
    defaultCompanyId,
    valid,
    expiry: { ...expiry, today: localToday() },
  };
  return { context, originals, lotQuants };
}

/** Today's date where the user is, "YYYY-MM-DD". */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The sheet side of validation, no Odoo call: one sync to read the table, the core's
 * check, one sync to write statuses and messages. Live validation runs this on every edit.
 *
 * Read the Restore table, validate it and write each row's verdict. With `since` (the last
 * check and the sheet rows changed after it), only the products those rows touch are
 * checked again (see core/revalidate-restore.ts).
 */
export async function checkRestoreSheet(
  run: ExcelRunner,
  context: RestoreContext,
  since?: { previous: Checked | null; changedSheetRows: ReadonlySet<number> | null },
): Promise<{ validation: RestoreValidation; checked: Revalidation }> {
  // number formats tell a serial Excel turned into a date or a number: only the Lot/Serial and
  // Expiration date cells need them, and reading no others keeps 10,000 rows to fewer syncs
  const table = await readTable(run, RESTORE_LAYOUT.table, true, { formatsOf: (header) => restoreFormatColumns(header) });
  const columns = restoreColumns(table.values[0]);
  if (typeof columns === 'string') throw new StepRefused(columns);
  const rows = readRestoreRows(table.values, table.numberFormats, table.top, columns);
  const checked = revalidateRestore(since?.previous ?? null, rows, since?.changedSheetRows ?? null, columns, context);
  const validation = checked.validation;
  // Nothing is written when no verdict changed (most keystrokes); otherwise both columns, in one sync.
  // The verdicts are written in the user's language; the colours and the counts read either.
  const body = table.values.slice(1);
  const written = validation.statuses.map(statusText);
  const changed = written.some((s, i) => body[i][columns.status] !== s || body[i][columns.message] !== validation.messages[i]);
  if (changed) {
    await writeColumns(run, RESTORE_LAYOUT.sheet, table.top, table.left, [
      { column: columns.status, values: written },
      { column: columns.message, values: validation.messages },
    ]);
  }
  return { validation, checked };
}

/** Which of the originals' locations, packages and owners still exist in Odoo. */
function validIds(client: OdooClient, originals: readonly OriginalLine[], signal?: AbortSignal): Promise<RestoreContext['valid']> {
  return existingPlaces(
    client,
    { locations: originals.map((o) => o.location.id), packages: originals.map((o) => o.package?.id), owners: originals.map((o) => o.owner?.id) },
    signal,
  );
}

export interface RestorePosted {
  posted: number;
  skipped: number;
  lotsCreated: number;
  issues: Issue[];
}

/**
 * `companyId` is where lots go whose location has no company (Odoo's current company).
 * Validate again, then: find or create the lots, count each (line, lot) at its planned
 * quantity and apply in batches, the next batch's lots and counts made while Odoo applies
 * the current one (odoo/restore-pipeline.ts). Targets already met are skipped, so posting
 * twice, or resuming after a dropped connection, changes nothing that landed.
 */
export async function postRestore(
  client: OdooClient,
  run: ExcelRunner,
  runRef: string,
  chosen: readonly Chosen[],
  companyId: number,
  options: PipelineOptions = {},
): Promise<RestorePosted> {
  const { validation, lotQuants } = await validateRestoreSheet(client, run, runRef, chosen, options.signal, companyId);
  if (validation.summary.errors)
    throw new StepRefused(
      _tn('Nothing was posted: the Restore sheet has {count} row with errors.', 'Nothing was posted: the Restore sheet has {count} rows with errors.', {
        count: validation.summary.errors,
      }),
      validation.issues,
    );
  throwIfCancelled(options.signal);
  const productIds = chosen.map((c) => c.product.id);
  const targets = validation.targets;
  const current = currentLotQuantities(lotQuants);
  const pending = pendingTargets(targets, current);
  const existing = await findLots(
    client,
    productIds,
    pending.map((t) => t.lot),
    options.signal,
  );
  const missing = lotsToCreate(pending, existing);
  await postPipelined(
    client,
    {
      targets: pending,
      newLots: missing,
      found: existing,
      // a line's new lot is created in its company; an existing lot may also be one shared by every company
      keys: { ofLine: (t) => lotKey(t.productId, t.companyId, t.lot), ofLot: (l) => lotKey(l.productId, l.companyId, l.name) },
      countLine: (t, lotIds) => ({
        productId: t.productId,
        locationId: t.locationId,
        packageId: t.packageId,
        ownerId: t.ownerId,
        lotId: lotFor(lotIds, t.productId, t.companyId, t.lot)!,
        quantity: t.quantity,
      }),
      createLots: (lots, signal) => createLots(client, lots, { signal }),
      findLots: (lots, signal) =>
        findLots(
          client,
          productIds,
          lots.map((l) => l.name),
          signal,
        ),
    },
    adjustmentName(runRef, 'restore'),
    options,
  );
  // Read back: every target must now hold exactly its quantity.
  const after = currentLotQuantities(await readQuants(client, { productIds, withLot: true }, { signal: options.signal, withoutCount: true }));
  const notLanded = pendingTargets(targets, after);
  if (notLanded.length) {
    throw new StepRefused(
      _tn(
        'Posted, but {count} line does not show the planned quantity in Odoo: {lots}. Post again to finish.',
        'Posted, but {count} lines do not show the planned quantity in Odoo: {lots}. Post again to finish.',
        {
          count: notLanded.length,
          lots: notLanded
            .slice(0, 5)
            .map((t) => `${t.lot} (${quantity(t.quantity)})`)
            .join(', '),
        },
      ),
    );
  }
  return { posted: pending.length, skipped: targets.length - pending.length, lotsCreated: missing.length, issues: validation.issues };
}

/** Where the Restore table's Lot/Serial and Expiration date columns are (the cells whose formats matter). */
function restoreFormatColumns(header: readonly unknown[]): number[] {
  const index = columnIndex(RESTORE_LAYOUT.columns, header);
  return ['lot', 'expiration'].flatMap((id) => (index.has(id) ? [index.get(id)!] : []));
}
