// The stepper's gating, exhaustively: every combination of what the workbook and Odoo
// can hold, checked against the preconditions written out once more here.
import { BUSY_REASON, OdooRunState, STEP_IDS, StepId, StepperInput, WorkbookState, stepper } from '../../../src/core/stepper';
import { Stage } from '../../../src/core/stage';

const stages = (s: Partial<Record<Stage, number>>): Record<Stage, number> => ({
  'to zero': 0,
  zeroed: 0,
  retracked: 0,
  restored: 0,
  'partly restored': 0,
  ...s,
});

const EMPTY: WorkbookState = { quants: null, products: null, restore: null, report: null };
type Given = Partial<Omit<StepperInput, 'workbook'>> & { workbook?: Partial<WorkbookState> };
const view = (input: Given) =>
  Object.fromEntries(stepper({ busy: false, odoo: null, ...input, workbook: { ...EMPTY, ...input.workbook } }).map((v) => [v.id, v]));
const statuses = (input: Given) => STEP_IDS.map((id) => `${id}:${view(input)[id].status}`).join(' ');

const QUANTS = { rows: 40, products: 12 };
const CHOSEN = { listed: 12, chosen: 9, errors: 0, runs: ['RA-20261201-ab12'] };
const run = (s: Partial<Record<Stage, number>>, zeroedLines = 17): OdooRunState => ({ run: 'RA-20261201-ab12', stages: stages(s), zeroedLines });

describe('a newcomer walks the steps in order', () => {
  test('a fresh workbook: Pull is the primary, everything after it waits', () => {
    const v = view({});
    expect(statuses({})).toBe('pull:current choose:blocked zero:blocked retrack:blocked fill:blocked validate:blocked restore:blocked report:blocked');
    expect(v.pull.primary).toBe(true);
    expect(v.choose.reason).toBe('Pull quants first.');
  });

  test('pulled: choose is next; once a target is typed, Zero', () => {
    expect(view({ workbook: { quants: QUANTS } }).choose.primary).toBe(true);
    const listed = view({ workbook: { quants: QUANTS, products: { ...CHOSEN, chosen: 0, runs: [] } } });
    expect(listed.choose.status).toBe('current');
    expect(listed.choose.reason).toMatch(/Type lot or serial in Target tracking/);
    const chosen = view({ workbook: { quants: QUANTS, products: { ...CHOSEN, runs: [] } } });
    expect(chosen.choose.status).toBe('done');
    expect(chosen.choose.counts).toBe('9 of 12 products chosen');
    expect(chosen.zero.primary).toBe(true);
    expect(chosen.retrack.reason).toBe('Zero the stock first.');
  });

  test('zeroed in Odoo: counts from Odoo, Change tracking is the primary', () => {
    const v = view({ workbook: { quants: QUANTS, products: CHOSEN }, odoo: run({ zeroed: 9 }) });
    expect(v.zero.status).toBe('done');
    expect(v.zero.counts).toBe('Zeroed 17 quants of 9 products');
    expect(v.zero.enabled).toBe(true);
    expect(v.retrack.primary).toBe(true);
  });

  test('zeroed in part: Zero stays current and says how many are left', () => {
    const v = view({ workbook: { quants: QUANTS, products: CHOSEN }, odoo: run({ zeroed: 7, 'to zero': 2 }) });
    expect(v.zero.status).toBe('current');
    expect(v.zero.reason).toBe('2 products still hold untracked stock: zero them.');
    expect(v.retrack.reason).toBe('Zero first: 2 products still hold untracked stock.');
  });

  test('retracked: fill the Restore sheet, then validate, post, report', () => {
    const base = { quants: QUANTS, products: CHOSEN };
    const odoo = run({ retracked: 9 });
    const v = view({ workbook: base, odoo });
    expect(v.retrack.counts).toBe('Tracking changed for 9 of 9 products');
    expect(v.zero.enabled).toBe(false);
    expect(v.fill.primary).toBe(true);
    expect(v.validate.reason).toBe('Make the Restore sheet first.');
    const half = view({ workbook: { ...base, restore: { rows: 20, filled: 8, errors: 0, unchecked: 20 } }, odoo });
    expect(half.fill.status).toBe('current');
    expect(half.fill.counts).toBe('8 of 20 rows have a lot/serial');
    expect(half.validate.enabled).toBe(true);
    expect(half.restore.enabled).toBe(false);
    const filled = view({ workbook: { ...base, restore: { rows: 20, filled: 20, errors: 2, unchecked: 0 } }, odoo });
    expect(filled.validate.primary).toBe(true);
    expect(filled.validate.reason).toBe('Fix 2 rows marked Error, then validate again.');
    const valid = view({ workbook: { ...base, restore: { rows: 20, filled: 20, errors: 0, unchecked: 0 } }, odoo });
    expect(valid.restore.primary).toBe(true);
    const posted = view({ workbook: { ...base, restore: { rows: 20, filled: 20, errors: 0, unchecked: 0 } }, odoo: run({ restored: 9 }) });
    expect(posted.restore.counts).toBe('Restored 9 of 9 products');
    expect(posted.report.primary).toBe(true);
    const reported = view({
      workbook: { ...base, restore: { rows: 20, filled: 20, errors: 0, unchecked: 0 }, report: { rows: 20, balanced: true } },
      odoo: run({ restored: 9 }),
    });
    expect(STEP_IDS.every((id) => reported[id].status === 'done')).toBe(true);
    expect(STEP_IDS.some((id) => reported[id].primary)).toBe(false);
    expect(reported.report.enabled).toBe(true);
  });

  test('resumed on another computer after the restore: the Report is next, not the Restore sheet', () => {
    const v = view({ workbook: { products: CHOSEN }, odoo: run({ restored: 9 }) });
    expect(v.fill.status).toBe('todo');
    expect(v.report.primary).toBe(true);
  });

  test('a half-done run in Odoo that the workbook does not name: no step is primary (the pane offers Resume)', () => {
    expect(STEP_IDS.some((id) => view({ resumable: true })[id].primary)).toBe(false);
    expect(view({ resumable: true }).pull.status).toBe('current');
    expect(view({ resumable: true, workbook: { quants: QUANTS, products: CHOSEN } }).zero.primary).toBe(true);
  });

  test('two runs in one Products sheet: choose is current and says so', () => {
    const v = view({ workbook: { quants: QUANTS, products: { ...CHOSEN, runs: ['RA-20261201-aaaa', 'RA-20261201-bbbb'] } } });
    expect(v.choose.status).toBe('current');
    expect(v.choose.reason).toMatch(/several runs \(RA-20261201-aaaa, RA-20261201-bbbb\); keep one/);
    expect(v.zero.enabled).toBe(false);
  });

  test('while a task runs nothing is enabled and the reason says why', () => {
    const v = view({ busy: true, workbook: { quants: QUANTS, products: CHOSEN }, odoo: run({ zeroed: 9 }) });
    expect(STEP_IDS.some((id) => v[id].enabled || v[id].primary)).toBe(false);
    expect(v.retrack.reason).toBe(BUSY_REASON);
    expect(v.retrack.status).toBe('current');
  });
});

// ---- exhaustive: every combination, against the preconditions stated independently ----

const quantsOptions: WorkbookState['quants'][] = [null, QUANTS];
const productsOptions: WorkbookState['products'][] = [
  null,
  { listed: 12, chosen: 0, errors: 0, runs: [] },
  { ...CHOSEN, runs: [] },
  CHOSEN,
  { ...CHOSEN, errors: 1 },
  { ...CHOSEN, runs: ['RA-20261201-aaaa', 'RA-20261201-bbbb'] },
];
const odooOptions: (OdooRunState | null)[] = [
  null,
  run({ 'to zero': 9 }, 0),
  run({ 'to zero': 2, zeroed: 7 }),
  run({ zeroed: 9 }),
  run({ zeroed: 4, retracked: 5 }),
  run({ retracked: 9 }),
  run({ retracked: 3, 'partly restored': 2, restored: 4 }),
  run({ restored: 9 }),
];
const restoreOptions: WorkbookState['restore'][] = [
  null,
  { rows: 20, filled: 0, errors: 0, unchecked: 20 },
  { rows: 20, filled: 20, errors: 0, unchecked: 20 },
  { rows: 20, filled: 20, errors: 3, unchecked: 0 },
  { rows: 20, filled: 19, errors: 1, unchecked: 0 },
  { rows: 20, filled: 20, errors: 0, unchecked: 0 },
];
const reportOptions: WorkbookState['report'][] = [null, { rows: 20, balanced: true }, { rows: 20, balanced: false }];

function preconditions(input: StepperInput): Record<StepId, boolean> {
  const { workbook: wb, odoo } = input;
  const s = odoo?.stages;
  const n = s ? Object.values(s).reduce((a, b) => a + b, 0) : 0;
  const chosen = !!wb.products && wb.products.chosen > 0 && wb.products.errors === 0 && wb.products.runs.length <= 1;
  const allZeroed = !!s && n > 0 && s['to zero'] === 0;
  const anyRetracked = !!s && s.retracked + s.restored + s['partly restored'] > 0;
  const allRetracked = !!s && n > 0 && s.retracked + s.restored + s['partly restored'] === n;
  const r = wb.restore;
  const valid = !!r && r.rows > 0 && r.filled === r.rows && r.errors === 0 && r.unchecked === 0;
  return {
    pull: true,
    choose: !!wb.quants || !!wb.products || !!odoo,
    zero: chosen && !anyRetracked,
    retrack: chosen && allZeroed,
    fill: chosen && allRetracked,
    validate: chosen && allRetracked && !!r,
    restore: chosen && allRetracked && valid,
    report: chosen && !!s && s.restored + s['partly restored'] > 0,
  };
}

const cases: StepperInput[] = [];
for (const quants of quantsOptions)
  for (const products of productsOptions)
    for (const odoo of odooOptions)
      for (const restore of restoreOptions)
        for (const report of reportOptions) for (const busy of [false, true]) cases.push({ busy, odoo, workbook: { quants, products, restore, report } });

test(`each step is enabled exactly when its preconditions hold (${cases.length} states)`, () => {
  expect(cases.length).toBe(2 * 6 * 8 * 6 * 3 * 2);
  for (const input of cases) {
    const views = stepper(input);
    const pre = preconditions(input);
    for (const v of views) {
      const expected = pre[v.id] && !input.busy;
      if (v.enabled !== expected) throw new Error(`${v.id} enabled=${v.enabled}, expected ${expected} in ${JSON.stringify(input)}`);
      if (!v.enabled && v.status !== 'done' && !v.reason) throw new Error(`${v.id} disabled without a reason in ${JSON.stringify(input)}`);
    }
  }
});

test('at most one step is current and one is primary; the primary is the current one, enabled', () => {
  for (const input of cases) {
    const views = stepper(input);
    const current = views.filter((v) => v.status === 'current');
    const primary = views.filter((v) => v.primary);
    expect(current.length).toBeLessThanOrEqual(1);
    expect(primary.length).toBeLessThanOrEqual(1);
    if (primary.length) expect(primary[0]).toBe(current[0]);
    if (current.length && current[0].enabled) expect(primary).toHaveLength(1);
    // Until the report is done, the stepper never leaves the user without a next step.
    if (views[views.length - 1].status !== 'done' && current.length !== 1) throw new Error(`no current step in ${JSON.stringify(input)}`);
    // Not busy: the current step can run, unless a step before it must be fixed first.
    if (!input.busy && current.length && !current[0].enabled) expect(current[0].reason).not.toBe('');
  }
});

test('a step is done only when the state says so, whatever else the workbook holds', () => {
  for (const input of cases) {
    const v = Object.fromEntries(stepper(input).map((x) => [x.id, x]));
    const s = input.odoo?.stages;
    if (v.zero.status === 'done') expect(s && s['to zero'] === 0).toBe(true);
    if (v.restore.status === 'done') expect(s && s.restored === Object.values(s).reduce((a, b) => a + b, 0)).toBe(true);
    if (v.validate.status === 'done') expect(input.workbook.restore?.errors).toBe(0);
  }
});
