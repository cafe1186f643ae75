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

/** Every step from the zeroing on works on the products the Products sheet names for the run. */
export const NEEDS_CHOICE = 'Choose the products and their target tracking in the Products sheet first.';

export const BUSY_REASON = 'Another task is running; wait for it or cancel it.';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

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
export function stepper(input: StepperInput): StepView[] {
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
    counts: wb.quants ? `${plural(wb.quants.rows, 'quant')} of ${plural(wb.quants.products, 'product')} in Quants` : '',
    next: 'Choose which products to pull, then pull their quants.',
    rerun: true,
  };

  const severalRuns = wb.products && wb.products.runs.length > 1 ? `The Products sheet names several runs (${wb.products.runs.join(', ')}); keep one.` : '';
  const choose: Gate = {
    done: !!wb.products && wb.products.chosen > 0 && wb.products.errors === 0 && !severalRuns,
    blockedBy: pull.done ? '' : 'Pull quants first.',
    counts: wb.products ? `${wb.products.chosen.toLocaleString('en-US')} of ${plural(wb.products.listed, 'product')} chosen` : '',
    next: severalRuns
      ? severalRuns
      : wb.products?.errors
        ? `Fix ${plural(wb.products.errors, 'row')} of the Products sheet.`
        : wb.products
          ? 'Type lot or serial in Target tracking for each product to reassign.'
          : 'List the pulled products, then choose lot or serial for each.',
    rerun: true,
  };

  const allZeroed = !!s && products > 0 && s['to zero'] === 0;
  const zero: Gate = {
    done: allZeroed,
    blockedBy: !choose.done ? NEEDS_CHOICE : retracked > 0 ? 'Tracking is already changed: the zeroing is behind this run.' : '',
    counts: s && zeroed ? `Zeroed ${plural(odoo!.zeroedLines, 'quant')} of ${plural(zeroed, 'product')}` : '',
    next: s && zeroed ? `${plural(s['to zero'], 'product')} still hold untracked stock: zero them.` : 'Review the Zeroing sheet, then post the zeroing.',
    rerun: true,
  };

  const retrack: Gate = {
    done: !!s && products > 0 && retracked === products,
    blockedBy: !choose.done
      ? NEEDS_CHOICE
      : allZeroed
        ? ''
        : s && zeroed
          ? `Zero first: ${plural(s['to zero'], 'product')} still hold untracked stock.`
          : 'Zero the stock first.',
    counts: s && retracked ? `Tracking changed for ${retracked.toLocaleString('en-US')} of ${plural(products, 'product')}` : '',
    next: 'Set each product to its target tracking in Odoo.',
    rerun: true,
  };

  const filledAll = !!r && r.rows > 0 && r.filled === r.rows;
  const fill: Gate = {
    done: filledAll,
    blockedBy: !choose.done ? NEEDS_CHOICE : retrack.done ? '' : 'Change tracking first.',
    counts: r ? `${r.filled.toLocaleString('en-US')} of ${plural(r.rows, 'row')} have a lot/serial` : '',
    next: r ? 'Fill Lot/Serial in the Restore sheet: paste whole columns, generate or import them.' : 'Make the Restore sheet from Odoo’s history.',
    // Making the Restore sheet again would drop what was typed: the pane asks first.
    rerun: true,
  };

  const validated = !!r && filledAll && r.errors === 0 && r.unchecked === 0;
  const validate: Gate = {
    done: validated,
    blockedBy: !choose.done ? NEEDS_CHOICE : !retrack.done ? 'Change tracking first.' : !r ? 'Make the Restore sheet first.' : '',
    counts:
      r && r.rows - r.unchecked > 0 ? (r.errors ? `${plural(r.errors, 'row')} with errors` : `${plural(r.rows - r.unchecked, 'row')} checked, no error`) : '',
    next: r && r.errors ? `Fix ${plural(r.errors, 'row')} marked Error, then validate again.` : 'Check every row against Odoo.',
    rerun: true,
  };

  const allRestored = !!s && products > 0 && restored === products;
  const restore: Gate = {
    done: allRestored,
    blockedBy: !choose.done
      ? NEEDS_CHOICE
      : !retrack.done
        ? 'Change tracking first.'
        : validated
          ? ''
          : 'Validate the Restore sheet first: every row needs a lot/serial and no error.',
    counts:
      s && restoredAny
        ? `Restored ${restored.toLocaleString('en-US')} of ${plural(products, 'product')}${s['partly restored'] ? `, ${s['partly restored']} in part` : ''}`
        : '',
    next: 'Post the restore: lots are created and each line is counted back.',
    rerun: true,
  };

  const report: Gate = {
    done: !!wb.report && allRestored,
    blockedBy: !choose.done ? NEEDS_CHOICE : restoredAny ? '' : 'Post the restore first.',
    counts: wb.report ? (wb.report.balanced ? 'Balanced: every difference is 0' : 'Not balanced: see the Difference column') : '',
    next: 'Compare what Odoo holds now with the originals.',
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
      reason: input.busy && can ? BUSY_REASON : g.blockedBy || (status === 'current' ? g.next : ''),
      counts: g.counts,
      primary: status === 'current' && enabled && !(input.resumable && !wb.products?.runs.length),
    };
  });
}
