// Every user string of the stepper, in one place (translations and wording changes start here).
import { StepId, StepStatus } from '../core/stepper';
import type { FoundRun } from '../core/run-list';
import type { QuantsSummary } from '../core/quants-sheet';

export const STEP_TITLE: Record<StepId, string> = {
  pull: 'Pull',
  choose: 'Choose products',
  zero: 'Zero',
  retrack: 'Change tracking',
  fill: 'Fill lots and serials',
  validate: 'Validate',
  restore: 'Post restore',
  report: 'Report',
};

export const STATUS_LABEL: Record<StepStatus, string> = { done: 'Done', current: 'Next', todo: 'Can run', blocked: 'Waiting' };

/** The step's main button (its accessible name). */
export const ACTION: Record<StepId, string> = {
  pull: 'Pull quants',
  choose: 'Products sheet',
  zero: 'Zero…',
  retrack: 'Change tracking',
  fill: 'Restore sheet',
  validate: 'Validate',
  restore: 'Post restore…',
  report: 'Report',
};

const n = (x: number) => x.toLocaleString('en-US');
const units = (q: Record<string, number>) =>
  Object.entries(q)
    .map(([uom, x]) => `${n(x)} ${uom}`)
    .join(', ');

export const M = {
  stepsLabel: 'Reassign steps',
  fillNext: 'Next blank lot',
  fillAgain: 'Make the Restore sheet again…',
  fillTools: 'Show the fill tools',
  stillAtZero: 'Still at zero?',
  listAtZero: 'List them in Products',
  undo: 'Undo zeroing…',
  whereTheyStand: 'Where they stand',
  checkAgain: 'Check again',
  enableLots: 'Turn on Lots & Serial Numbers in Odoo',
  pullOptions: 'Choose what to pull',
  hidePullOptions: 'Hide pull options',
  runsTitle: 'Runs',
  noRuns: 'No run yet: the first zeroing starts one.',
  reading: 'Reading the workbook and Odoo…',
  resume: (run: string) => `Resume ${run}`,
  resumeHint: (run: string) => `Run ${run} is half done in Odoo: its stock waits at zero. Resume it here, or pull to start another run.`,
  runLine: (r: FoundRun) =>
    `${r.run}: ${r.phases.length ? r.phases.join(', ') : 'nothing posted yet'}${r.productIds.length ? ` · ${r.productIds.length} products` : ''}${r.lastMove ? ` · ${r.lastMove.slice(0, 16)}` : ''}${r.inWorkbook ? ' · in this workbook' : ''}${r.halfDone ? ' · half done' : ''}`,
  activeRun: (run: string | null) => (run ? `Run ${run}` : 'New run'),
  pulled: (s: QuantsSummary) => `Pulled ${s.rows.toLocaleString('en-US')} quants of ${s.products} products in ${s.locations} locations into the Quants sheet.`,
  notFound: (refs: string[]) => `Not found in Odoo as storable products: ${refs.join(', ')}`,
  listed: (n: number) => `${n} products listed. Choose lot or serial in "Target tracking".`,
  listedAtZero: (n: number) => `${n} products listed; those at zero restore from Odoo's history.`,
  retracked: (changed: number, already: number) =>
    `Tracking changed for ${changed} products.${already ? ` ${already} already had their target tracking and were left alone.` : ''}`,
  restoreSheet: (rows: number, lines: number) => `${rows} rows for ${lines} original lines. Fill Lot/Serial (paste whole columns), then validate.`,
  resumed: (run: string, n: number, toChoose: number) =>
    `Run ${run} resumed: ${n} products in the Products sheet${toChoose ? `; choose the target tracking of ${toChoose} again` : ''}.`,
  statusRead: (run: string) => `Run ${run}, read from Odoo just now.`,
  lotsOn: 'Lots & Serial Numbers is now on in Odoo.',
  confirmNewRun: {
    title: 'Start a new run?',
    confirm: 'Start a new run',
    body: (runs: string[]) =>
      `Run ${runs.join(', ')} is half done: its stock was zeroed and is not restored yet. Resume it from the list of runs instead, unless these products are another reassign.`,
  },
  confirmZero: {
    title: 'Post the zeroing adjustment?',
    confirm: 'Post zeroing',
    body: (run: string, quants: number, products: number, quantities: Record<string, number>, value?: number | null) =>
      `Odoo will count ${quants} quants of ${products} products to zero (${units(quantities)}${value ? `, value ${n(value)} at cost` : ''}) as the adjustment "Lot reassign ${run}: zero". The original quantities are kept in Odoo's history and restored from it.`,
  },
  prepared: (run: string, quants: number, products: number, quantities: Record<string, number>) =>
    `Run ${run}: ${quants} quants of ${products} products (${units(quantities)}) in the Zeroing sheet. Review it, then post.`,
  preparedBlocked: (run: string, errors: number) =>
    `Nothing can be posted yet: the checks found ${errors} problem${errors === 1 ? '' : 's'} (listed below). The Zeroing sheet shows what run ${run} would zero once they are fixed.`,
  zeroed: (quants: number, run: string) => `Zeroed ${quants} quants (run ${run}). Next: change tracking.`,
  undone: (restored: number) => `Tracking set back to none and ${restored} original quantities put back without lots.`,
  atZero: (list: { label: string; places: { quantity: number; location: { name: string }; zeroedAt: string }[] }[]) =>
    `Zeroed and never restored: ${list.map((p) => `${p.label} (${p.places.map((z) => `${z.quantity} at ${z.location.name} on ${z.zeroedAt.slice(0, 10)}`).join(', ')})`).join('; ')}.`,
  noneAtZero: 'No product is left at zero by an inventory adjustment.',
  valid: (rows: number, warnings: number) => `All ${rows} rows are valid${warnings ? ` (${warnings} warnings)` : ''}.`,
  live: (s: { rows: number; errors: number; warnings: number }) =>
    s.errors ? '' : `Live check: all ${s.rows} rows valid${s.warnings ? ` (${s.warnings} warnings)` : ''}.`,
  restored: (posted: number, lotsCreated: number, skipped: number) =>
    `Restored ${posted} lines (${lotsCreated} new lots${skipped ? `, ${skipped} already in Odoo` : ''}). Next: Report.`,
  balanced: (products: number, lots: number, value: { removed: number; added: number } | null | undefined) =>
    `Balanced: ${products} products back with ${lots} lots; every difference is 0.${value ? ` Value removed ${n(value.removed)}, added back ${n(value.added)} (Odoo restores at the product's current cost).` : ''}`,
  notBalanced: 'Not balanced: see the Difference column of the Report sheet.',
  confirmRestore: {
    title: 'Post the restore adjustment?',
    confirm: 'Post restore',
    body: 'The Restore sheet is validated again, then the lots are created and each line is counted and applied in Odoo. Lines already restored are skipped.',
  },
  confirmUndo: {
    title: 'Undo the zeroing?',
    confirm: 'Undo zeroing',
    body: "The run's products get their tracking set back to none, and each location gets its original quantity back, without lots, from Odoo's history. Running it again changes nothing.",
  },
  confirmRecreate: {
    title: 'Make the Restore sheet again?',
    confirm: 'Make it again',
    body: 'The Restore sheet is written again from Odoo’s history: the lots and serials typed in it are lost.',
  },
  confirmResume: {
    title: 'Resume this run here?',
    confirm: 'Resume',
    body: (run: string) => `The Products sheet is written again with the products of run ${run}; the products it lists now are replaced.`,
  },
};
