// The add-in's first steps as the task pane runs them, on the strict in-memory Excel: pull,
// choose, zero, change tracking, the Restore sheet from history, then serials pasted as a
// column. Shared by the bench and the restore pipeline's fault test.
import { createProductsSheet } from '../src/app/products-step';
import { pullQuants } from '../src/app/pull-quants';
import { changeTracking } from '../src/app/retrack-step';
import { Chosen, createRestoreSheet } from '../src/app/restore-step';
import { currentRun } from '../src/app/run-context';
import { postZeroing, prepareZeroing } from '../src/app/zero-step';
import { OdooUser } from '../src/core/model';
import { PRODUCTS_LAYOUT } from '../src/core/products-sheet';
import { RESTORE_LAYOUT } from '../src/core/restore-sheet';
import { ExcelRunner } from '../src/excel/host';
import { readTable } from '../src/excel/read-table';
import { OdooClient } from '../src/odoo/client';
import { ExcelSim, simRunner } from '../src/workbench/excel-sim';

export interface ReadyRestore {
  sim: ExcelSim;
  run: ExcelRunner;
  runRef: string;
  chosen: Chosen[];
}

/** Pull, choose `tracking`, post the zeroing and change tracking for these products; the Restore sheet made, not filled. */
export async function upToRestoreSheet(client: OdooClient, user: OdooUser, productIds: number[], tracking: 'lot' | 'serial' = 'serial'): Promise<ReadyRestore> {
  const sim = new ExcelSim();
  const run = simRunner(sim);
  await pullQuants(client, run, { productIds });
  await createProductsSheet(client, run);
  await chooseAll(sim, tracking);
  await postZeroing(client, run, user, await prepareZeroing(client, run, user));
  const ctx = await currentRun(client, run);
  await changeTracking(client, ctx.chosen);
  await createRestoreSheet(client, run, ctx.runRef, ctx.chosen);
  return { sim, run, runRef: ctx.runRef, chosen: ctx.chosen };
}

/** Set every Products row's target tracking, as the user does with the dropdown. */
export async function chooseAll(sim: ExcelSim, tracking: 'lot' | 'serial'): Promise<void> {
  const run = simRunner(sim);
  const table = await readTable(run, PRODUCTS_LAYOUT.table, false);
  const col = (table.values[0] as string[]).indexOf('Target tracking');
  await run(async (context) => {
    const range = context.workbook.worksheets.getItem(PRODUCTS_LAYOUT.sheet).getRangeByIndexes(table.top + 1, col, table.values.length - 1, 1);
    range.values = table.values.slice(1).map(() => [tracking]);
    await context.sync();
  });
}

/** Paste a column of serials over the Restore sheet's Lot/Serial column. */
export async function fillLots(sim: ExcelSim, serials: string[]): Promise<void> {
  const run = simRunner(sim);
  const table = await readTable(run, RESTORE_LAYOUT.table, false);
  const col = (table.values[0] as string[]).indexOf('Lot/Serial');
  await run(async (context) => {
    context.workbook.worksheets.getItem(RESTORE_LAYOUT.sheet).getRangeByIndexes(table.top + 1, col, serials.length, 1).values = serials.map((s) => [s]);
    await context.sync();
  });
}
