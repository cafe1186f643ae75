// Step 3: the zeroing adjustment. Prepare writes the Zeroing sheet for review;
// post re-reads Odoo, re-checks everything, and only then applies, in batches.
import { ProgressListener } from '../core/batches';
import { Issue, hasErrors } from '../core/issues';
import { OdooUser, Product } from '../core/model';
import { originalsOfRun } from '../core/originals';
import { preflight } from '../core/preflight';
import { PRODUCTS_LAYOUT, TargetTracking } from '../core/products-sheet';
import { adjustmentName, newRunReference } from '../core/run';
import { findColumns, toGrid } from '../core/sheet-layout';
import { ZEROING_LAYOUT, ZeroLine, ZeroingSummary, changesSincePlan, planZeroing, readZeroingSheet, summarizeZeroing } from '../core/zeroing';
import { writeColumns } from '../excel/annotate';
import { ExcelRunner } from '../excel/host';
import { readTable } from '../excel/read-table';
import { writeTable } from '../excel/write-table';
import { OdooClient } from '../odoo/client';
import { inventoryHistory, reservations, zeroQuants } from '../odoo/inventory';
import { readQuants, variantsOfTemplates } from '../odoo/reads';
import { readSelection } from './products-step';
import { _t, quantity } from '../core/words/translate';

export class StepRefused extends Error {
  constructor(
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
    this.name = 'StepRefused';
  }
}

export interface ZeroingPrepared {
  run: string;
  issues: Issue[];
  summary: ZeroingSummary;
  products: { product: Product; target: TargetTracking }[];
}

export async function prepareZeroing(client: OdooClient, run: ExcelRunner, user: OdooUser, signal?: AbortSignal): Promise<ZeroingPrepared> {
  const selection = await readSelection(client, run, signal);
  if (hasErrors(selection.issues)) throw new StepRefused(_t('Fix the Products sheet first.'), selection.issues);
  if (!selection.choices.length) throw new StepRefused(_t('Choose a target tracking (lot or serial) for at least one product in the Products sheet.'));
  const runs = [...new Set(selection.choices.map((c) => c.run).filter(Boolean))];
  if (runs.length > 1)
    throw new StepRefused(
      _t("The chosen products belong to several runs ({runs}). Finish one run, or clear the other products' target tracking.", { runs: runs.join(', ') }),
    );
  const runRef = runs[0] ?? newRunReference(new Date());
  // A product chosen after the run began joins it: every product this zeroing takes must be
  // found again by the later steps, or its stock would stay at zero.
  if (selection.choices.some((c) => !c.run)) await writeRunColumn(run, selection, runRef);

  const chosen = selection.choices.map((c) => ({ product: selection.products.get(c.productId)!, target: c.target })).filter((c) => c.product);
  const { lines, issues } = await checkAndPlan(client, user, runRef, chosen, signal);
  await writeTable(run, ZEROING_LAYOUT, toGrid(ZEROING_LAYOUT, lines), { signal });
  return { run: runRef, issues, summary: summarizeZeroing(lines), products: chosen };
}

/** Read Odoo fresh (every variant of the chosen products' templates), run the pre-flight checks, plan the zeroing. */
async function checkAndPlan(client: OdooClient, user: OdooUser, runRef: string, chosen: { product: Product; target: TargetTracking }[], signal?: AbortSignal) {
  const productIds = chosen.map((c) => c.product.id);
  const family = await variantsOfTemplates(
    client,
    chosen.map((c) => c.product.templateId),
    signal,
  );
  const familyIds = [...new Set([...productIds, ...family.map((p) => p.id)])];
  const [internal, transit, reserved, history] = await Promise.all([
    readQuants(client, { productIds: familyIds }, { signal, withoutCount: true }),
    readQuants(client, { productIds: familyIds, usages: ['transit'] }, { signal, withoutCount: true }),
    reservations(client, productIds, signal),
    inventoryHistory(client, productIds, { referenceLike: adjustmentName(runRef, 'zero'), signal }),
  ]);
  const zeroedByRun = new Set(originalsOfRun(history, runRef).map((o) => o.key));
  const issues = preflight({
    user,
    products: chosen,
    quants: [...internal.map((q) => ({ ...q, locationUsage: 'internal' })), ...transit.map((q) => ({ ...q, locationUsage: 'transit' }))],
    reservations: reserved,
    siblings: family.filter((p) => !productIds.includes(p.id)),
    resuming: zeroedByRun.size > 0,
  });
  const products = new Map(chosen.map((c) => [c.product.id, c.product]));
  return { lines: planZeroing(internal, products), issues, zeroedByRun };
}

async function writeRunColumn(run: ExcelRunner, selection: Awaited<ReturnType<typeof readSelection>>, runRef: string): Promise<void> {
  // columns by id, so a Products sheet in any language (or with its columns moved) is written right
  const found = findColumns(PRODUCTS_LAYOUT, selection.values[0], ['run', 'target']);
  if (typeof found === 'string') throw new StepRefused(found);
  const { run: runCol, target: targetCol } = found;
  const values = selection.values.slice(1).map((row) => (String(row[targetCol] ?? '').trim() ? runRef : String(row[runCol] ?? '')));
  await writeColumns(run, PRODUCTS_LAYOUT.sheet, selection.top, selection.left, [{ column: runCol, values }]);
}

export interface ZeroingPosted {
  run: string;
  zeroed: number;
}

/**
 * Post the zeroing the user confirmed. Everything is checked again against Odoo right
 * before applying; counts are absolute (0), so a post interrupted and run again
 * applies only what is left and nothing twice.
 */
export async function postZeroing(
  client: OdooClient,
  run: ExcelRunner,
  user: OdooUser,
  prepared: ZeroingPrepared,
  options: { signal?: AbortSignal; onProgress?: ProgressListener } = {},
): Promise<ZeroingPosted> {
  const planned = readZeroingSheet((await readTable(run, ZEROING_LAYOUT.table, false)).values);
  const { lines, issues, zeroedByRun } = await checkAndPlan(client, user, prepared.run, prepared.products, options.signal);
  if (hasErrors(issues)) throw new StepRefused(_t('Nothing was posted: a pre-flight check fails now.'), issues);
  const changes = changesSincePlan(planned, lines, zeroedByRun);
  if (changes.length) {
    throw new StepRefused(
      changes.length > 5
        ? _t('Nothing was posted: stock changed in Odoo since the Zeroing sheet was made. Prepare it again and review. {changes} and {more} more.', {
            changes: changes.slice(0, 5).join('; '),
            more: changes.length - 5,
          })
        : _t('Nothing was posted: stock changed in Odoo since the Zeroing sheet was made. Prepare it again and review. {changes}.', {
            changes: changes.join('; '),
          }),
    );
  }
  await zeroQuants(
    client,
    lines.map((l: ZeroLine) => l.quant.id),
    adjustmentName(prepared.run, 'zero'),
    options,
  );
  const after = await readQuants(
    client,
    { productIds: prepared.products.map((p) => p.product.id), withLot: false },
    { signal: options.signal, withoutCount: true },
  );
  const left = after.filter((q) => q.quantity !== 0);
  if (left.length)
    throw new StepRefused(
      _t('Zeroing posted, but Odoo still shows untracked stock: {left}.', {
        left: left
          .map((q) => _t('{product} {qty} at {location}', { product: q.product.name, qty: quantity(q.quantity), location: q.location.name }))
          .join('; '),
      }),
    );
  return { run: prepared.run, zeroed: lines.length };
}
