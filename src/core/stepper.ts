// The reassign as a stepper: given what the workbook and Odoo hold now, which step is
// done, which one comes next, which can run, and why the others cannot. Pure: the pane
// reads the state, this decides, so the gating is tested without a browser.
import { Stage } from './stage';

export const STEP_IDS = ['pull', 'choose', 'zero', 'retrack', 'fill', 'validate', 'restore', 'report'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** done; current: the next one to do; todo: can run but is not next; blocked: cannot run yet (see reason). */
export type StepStatus = 'done' | 'current' | 'todo' | 'blocked';

/** What the workbook holds, read from its tables (null: no such table). */
export interface WorkbookState {
  quants: { rows: number; products: number } | null;
  products: {
    listed: number;
    /** Rows with a target tracking. */
    chosen: number;
    /** Rows the core refuses (a target that is not lot or serial, a row without Product ID). */
    errors: number;
    /** The distinct run references of the chosen rows. */
    runs: string[];
  } | null;
  restore: {
    rows: number;
    /** Rows with a Lot/Serial. */
    filled: number;
    /** Rows whose Status says Error. */
    errors: number;
    /** Rows with no Status yet (never validated). */
    unchecked: number;
  } | null;
  report: { rows: number; balanced: boolean } | null;
}

/** Where the run's products stand in Odoo (core/stage.ts), and the size of its zeroing. */
export interface OdooRunState {
  run: string;
  stages: Record<Stage, number>;
  /** Original lines found in Odoo's history for the run's products (the quants zeroed). */
  zeroedLines: number;
}

export interface StepperInput {
  workbook: WorkbookState;
  /** Null before the run's first zeroing, or when no run is chosen. */
  odoo: OdooRunState | null;
  /** A task is running somewhere in the pane: nothing else may start. */
  busy: boolean;
  /**
   * Odoo holds a half-done run this workbook does not name: resuming it is the next thing to
   * do (the pane offers it as the primary), not starting another one.
   */
  resumable?: boolean;
}

export interface StepView {
  id: StepId;
  status: StepStatus;
  /** Can be clicked now. A done step stays enabled where running it again is safe. */
  enabled: boolean;
  /** Why it cannot run (blocked), or what the user does next (current). */
  reason: string;
  /** What is done so far, e.g. "Zeroed 17 quants of 9 products". */
  counts: string;
  /** The one step the pane shows as the primary button. */
  primary: boolean;
}

/**
 * The stepper's sentences in one language. The core stays pure: the pane passes the words of
 * its language (src/taskpane/stepper-messages-fr.ts for French); English is the default.
 */
export interface StepperWords {
  /** Every step from the zeroing on works on the products the Products sheet names for the run. */
  needsChoice: string;
  busy: string;
  pulledCounts(rows: number, products: number): string;
  pullNext: string;
  severalRuns(runs: string[]): string;
  pullFirst: string;
  chosenCounts(chosen: number, listed: number): string;
  fixProducts(rows: number): string;
  typeTarget: string;
  listProducts: string;
  retrackedAlready: string;
  zeroedCounts(quants: number, products: number): string;
  stillUntracked(products: number): string;
  reviewZeroing: string;
  zeroFirstSome(products: number): string;
  zeroFirst: string;
  retrackedCounts(retracked: number, products: number): string;
  retrackNext: string;
  retrackFirst: string;
  filledCounts(filled: number, rows: number): string;
  fillNext: string;
  makeRestoreNext: string;
  makeRestoreFirst: string;
  errorRows(rows: number): string;
  checkedRows(rows: number): string;
  fixErrors(rows: number): string;
  validateNext: string;
  validateFirst: string;
  restoredCounts(restored: number, products: number, partly: number): string;
  restoreNext: string;
  restoreFirst: string;
  balanced: string;
  notBalanced: string;
  reportNext: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const en = (n: number) => n.toLocaleString('en-US');

export const STEPPER_WORDS_EN: StepperWords = {
  needsChoice: 'Choose the products and their target tracking in the Products sheet first.',
  busy: 'Another task is running; wait for it or cancel it.',
  pulledCounts: (rows, products) => `${plural(rows, 'quant')} of ${plural(products, 'product')} in Quants`,
  pullNext: 'Choose which products to pull, then pull their quants.',
  severalRuns: (runs) => `The Products sheet names several runs (${runs.join(', ')}); keep one.`,
  pullFirst: 'Pull quants first.',
  chosenCounts: (chosen, listed) => `${en(chosen)} of ${plural(listed, 'product')} chosen`,
  fixProducts: (rows) => `Fix ${plural(rows, 'row')} of the Products sheet.`,
  typeTarget: 'Type lot or serial in Target tracking for each product to reassign.',
  listProducts: 'List the pulled products, then choose lot or serial for each.',
  retrackedAlready: 'Tracking is already changed: the zeroing is behind this run.',
  zeroedCounts: (quants, products) => `Zeroed ${plural(quants, 'quant')} of ${plural(products, 'product')}`,
  stillUntracked: (products) => `${plural(products, 'product')} still hold untracked stock: zero them.`,
  reviewZeroing: 'Review the Zeroing sheet, then post the zeroing.',
  zeroFirstSome: (products) => `Zero first: ${plural(products, 'product')} still hold untracked stock.`,
  zeroFirst: 'Zero the stock first.',
  retrackedCounts: (retracked, products) => `Tracking changed for ${en(retracked)} of ${plural(products, 'product')}`,
  retrackNext: 'Set each product to its target tracking in Odoo.',
  retrackFirst: 'Change tracking first.',
  filledCounts: (filled, rows) => `${en(filled)} of ${plural(rows, 'row')} have a lot/serial`,
  fillNext: 'Fill Lot/Serial in the Restore sheet: paste whole columns, generate or import them.',
  makeRestoreNext: 'Make the Restore sheet from Odoo’s history.',
  makeRestoreFirst: 'Make the Restore sheet first.',
  errorRows: (rows) => `${plural(rows, 'row')} with errors`,
  checkedRows: (rows) => `${plural(rows, 'row')} checked, no error`,
  fixErrors: (rows) => `Fix ${plural(rows, 'row')} marked Error, then validate again.`,
  validateNext: 'Check every row against Odoo.',
  validateFirst: 'Validate the Restore sheet first: every row needs a lot/serial and no error.',
  restoredCounts: (restored, products, partly) => `Restored ${en(restored)} of ${plural(products, 'product')}${partly ? `, ${partly} in part` : ''}`,
  restoreNext: 'Post the restore: lots are created and each line is counted back.',
  restoreFirst: 'Post the restore first.',
  balanced: 'Balanced: every difference is 0',
  notBalanced: 'Not balanced: see the Difference column',
  reportNext: 'Compare what Odoo holds now with the originals.',
};

/** Every step from the zeroing on works on the products the Products sheet names for the run. */
export const NEEDS_CHOICE = STEPPER_WORDS_EN.needsChoice;

export const BUSY_REASON = STEPPER_WORDS_EN.busy;

function total(stages: Record<Stage, number>): number {
  return Object.values(stages).reduce((s, n) => s + n, 0);
}

interface Gate {
  done: boolean;
  /** Empty when the step can run; otherwise why not. */
  blockedBy: string;
  counts: string;
  /** Hint when the step is the current one. */
  next: string;
  /** Running it again once done is safe (it reads Odoo or the sheet first). */
  rerun: boolean;
}

/** Each step's status, in order. Exactly one step is primary when one can run and is not done. */
export function stepper(input: StepperInput, w: StepperWords = STEPPER_WORDS_EN): StepView[] {
  const { workbook: wb, odoo } = input;
  const s = odoo?.stages;
  const products = s ? total(s) : 0;
  const zeroed = s ? products - s['to zero'] : 0;
  const retracked = s ? s.retracked + s.restored + s['partly restored'] : 0;
  const restored = s ? s.restored : 0;
  const restoredAny = s ? s.restored + s['partly restored'] : 0;
  const r = wb.restore;

  const pull: Gate = {
    done: !!wb.quants || !!wb.products || !!odoo,
    blockedBy: '',
    counts: wb.quants ? w.pulledCounts(wb.quants.rows, wb.quants.products) : '',
    next: w.pullNext,
    rerun: true,
  };

  const severalRuns = wb.products && wb.products.runs.length > 1 ? w.severalRuns(wb.products.runs) : '';
  const choose: Gate = {
    done: !!wb.products && wb.products.chosen > 0 && wb.products.errors === 0 && !severalRuns,
    blockedBy: pull.done ? '' : w.pullFirst,
    counts: wb.products ? w.chosenCounts(wb.products.chosen, wb.products.listed) : '',
    next: severalRuns ? severalRuns : wb.products?.errors ? w.fixProducts(wb.products.errors) : wb.products ? w.typeTarget : w.listProducts,
    rerun: true,
  };

  const allZeroed = !!s && products > 0 && s['to zero'] === 0;
  const zero: Gate = {
    done: allZeroed,
    blockedBy: !choose.done ? w.needsChoice : retracked > 0 ? w.retrackedAlready : '',
    counts: s && zeroed ? w.zeroedCounts(odoo!.zeroedLines, zeroed) : '',
    next: s && zeroed ? w.stillUntracked(s['to zero']) : w.reviewZeroing,
    rerun: true,
  };

  const retrack: Gate = {
    done: !!s && products > 0 && retracked === products,
    blockedBy: !choose.done ? w.needsChoice : allZeroed ? '' : s && zeroed ? w.zeroFirstSome(s['to zero']) : w.zeroFirst,
    counts: s && retracked ? w.retrackedCounts(retracked, products) : '',
    next: w.retrackNext,
    rerun: true,
  };

  const filledAll = !!r && r.rows > 0 && r.filled === r.rows;
  const fill: Gate = {
    done: filledAll,
    blockedBy: !choose.done ? w.needsChoice : retrack.done ? '' : w.retrackFirst,
    counts: r ? w.filledCounts(r.filled, r.rows) : '',
    next: r ? w.fillNext : w.makeRestoreNext,
    // Making the Restore sheet again would drop what was typed: the pane asks first.
    rerun: true,
  };

  const validated = !!r && filledAll && r.errors === 0 && r.unchecked === 0;
  const validate: Gate = {
    done: validated,
    blockedBy: !choose.done ? w.needsChoice : !retrack.done ? w.retrackFirst : !r ? w.makeRestoreFirst : '',
    counts: r && r.rows - r.unchecked > 0 ? (r.errors ? w.errorRows(r.errors) : w.checkedRows(r.rows - r.unchecked)) : '',
    next: r && r.errors ? w.fixErrors(r.errors) : w.validateNext,
    rerun: true,
  };

  const allRestored = !!s && products > 0 && restored === products;
  const restore: Gate = {
    done: allRestored,
    blockedBy: !choose.done ? w.needsChoice : !retrack.done ? w.retrackFirst : validated ? '' : w.validateFirst,
    counts: s && restoredAny ? w.restoredCounts(restored, products, s['partly restored']) : '',
    next: w.restoreNext,
    rerun: true,
  };

  const report: Gate = {
    done: !!wb.report && allRestored,
    blockedBy: !choose.done ? w.needsChoice : restoredAny ? '' : w.restoreFirst,
    counts: wb.report ? (wb.report.balanced ? w.balanced : w.notBalanced) : '',
    next: w.reportNext,
    rerun: true,
  };

  const gates: Record<StepId, Gate> = { pull, choose, zero, retrack, fill, validate, restore, report };
  const lastDone = STEP_IDS.reduce((last, id, i) => (gates[id].done ? i : last), -1);
  // The next step is the first one not done after the last done one (a run resumed on
  // another computer has steps done in Odoo whose sheets this workbook never had).
  let currentIndex = STEP_IDS.findIndex((id, i) => i > lastDone && !gates[id].done);
  if (currentIndex >= 0 && gates[STEP_IDS[currentIndex]].blockedBy) {
    // e.g. the Restore sheet was filled but tracking was changed back: go to the first step that can run.
    const runnable = STEP_IDS.findIndex((id) => !gates[id].done && !gates[id].blockedBy);
    currentIndex = runnable >= 0 ? runnable : currentIndex;
  }

  return STEP_IDS.map((id, i) => {
    const g = gates[id];
    const status: StepStatus = g.done ? 'done' : i === currentIndex ? 'current' : g.blockedBy ? 'blocked' : 'todo';
    const can = g.done ? g.rerun && !g.blockedBy : !g.blockedBy;
    const enabled = can && !input.busy;
    return {
      id,
      status,
      enabled,
      reason: input.busy && can ? w.busy : g.blockedBy || (status === 'current' ? g.next : ''),
      counts: g.counts,
      primary: status === 'current' && enabled && !(input.resumable && !wb.products?.runs.length),
    };
  });
}
