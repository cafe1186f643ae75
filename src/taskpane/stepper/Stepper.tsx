// The reassign as a stepper: the steps in order, each done, next, can run or waiting (with
// why), their counts read from Odoo and the workbook; the next step is the primary button.
// One task runs at a time in the whole pane, and each step reads the state again after it.
import { ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { focusFirstIssue, focusSheet } from '../../app/focus';
import { productsStillAtZero, undoZeroing } from '../../app/history-step';
import { LiveValidation } from '../../app/live-validation';
import { ProductScope, enableLots, messageOf, resolveProducts } from '../../app/pane-support';
import { createProductsSheet } from '../../app/products-step';
import { pullQuants } from '../../app/pull-quants';
import { refreshOdooFunctions } from '../../app/refresh-functions';
import { writeReport } from '../../app/report-step';
import { createRestoreSheet, postRestore, validateRestoreSheet } from '../../app/restore-step';
import { changeTracking } from '../../app/retrack-step';
import { currentRun } from '../../app/run-context';
import { getSession } from '../../app/session';
import { WorkflowSnapshot, findRuns, readRunMoves, readWorkbookState, readWorkflow, resumeRun, watchWorkflowSheets } from '../../app/workflow-state';
import { ZeroingPrepared, postZeroing, prepareZeroing } from '../../app/zero-step';
import { hasErrors } from '../../core/issues';
import { FoundRun, RunMove } from '../../core/run-list';
import { STEP_IDS, StepId, StepView, stepper } from '../../core/stepper';
import { RestoreContext } from '../../core/validate-restore';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { StatusTable } from '../components/StatusTable';
import { TaskStatus } from '../components/TaskStatus';
import { useExcel, useExcelIn } from '../excel-context';
import { useStepperText } from '../stepper-text';
import { usePaneTask } from '../use-task';
import { Act } from './act';
import { FillTools } from './FillTools';
import { PullPanel } from './PullPanel';
import { StepItem } from './StepItem';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  runs: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

type Confirm = 'new-run' | 'zero' | 'restore' | 'undo' | 'recreate' | { resume: FoundRun };

export function Stepper() {
  const styles = useStyles();
  const { M, ACTION, WORDS } = useStepperText();
  const run = useExcel();
  const runIn = useExcelIn();
  const task = usePaneTask();
  const { client, user } = getSession()!;
  const [snap, setSnap] = useState<WorkflowSnapshot | null>(null);
  const [runs, setRuns] = useState<FoundRun[]>([]);
  const [readError, setReadError] = useState('');
  const [prepared, setPrepared] = useState<ZeroingPrepared | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [showStatus, setShowStatus] = useState(false);
  const [atZero, setAtZero] = useState<number[]>([]);
  const [pullOpen, setPullOpen] = useState(false);
  const [toolsOpen, setToolsOpen] = useState(false);
  const [scope, setScope] = useState<ProductScope>({ kind: 'untracked' });
  const [locationIds, setLocationIds] = useState<number[]>([]);
  const live = useRef<LiveValidation | null>(null);
  const liveContext = useRef<RestoreContext | null>(null);
  const runRef = useRef<string | null>(null);
  const moves = useRef<RunMove[] | null>(null);

  /** Read the workbook and the run's state in Odoo; with `withRuns`, the runs Odoo knows too. */
  const refresh = useCallback(
    async (withRuns = true) => {
      try {
        const next = await readWorkflow(client, run);
        runRef.current = next.run;
        setSnap(next);
        if (withRuns || !moves.current) moves.current = await readRunMoves(client);
        setRuns(findRuns(moves.current, next.workbook));
        setReadError('');
      } catch (error) {
        setReadError(messageOf(error));
      }
    },
    [client, run],
  );

  /** The user edited a sheet: the workbook part only, unless the run it names changed. */
  const refreshWorkbook = useCallback(async () => {
    try {
      const edited = await readWorkbookState(run, ['products', 'restore']);
      const runs = edited.products?.runs ?? [];
      if ((runs.length === 1 ? runs[0] : null) !== runRef.current) return void refresh(false);
      setSnap((s) => (s ? { ...s, workbook: { ...s.workbook, ...edited } } : s));
    } catch (error) {
      setReadError(messageOf(error));
    }
  }, [run, refresh]);

  useEffect(() => void refresh(true), [refresh]);

  // Watch the Products and Restore sheets for the user's edits (re-armed as sheets appear).
  const hasProducts = !!snap?.workbook.products;
  const hasRestore = !!snap?.workbook.restore;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const watching = watchWorkflowSheets(run, runIn, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void refreshWorkbook(), 300);
    });
    return () => {
      if (timer) clearTimeout(timer);
      void watching.then((w) => w.stop()).catch(() => undefined);
    };
  }, [run, runIn, refreshWorkbook, hasProducts, hasRestore]);

  const stopLive = async () => {
    const current = live.current;
    live.current = null;
    await current?.stop();
  };
  useEffect(() => () => void live.current?.stop(), []);

  /** After a Validate, every edit or paste in the Restore sheet is re-checked as it happens. */
  const startLive = async (context: RestoreContext) => {
    await stopLive();
    liveContext.current = context;
    live.current = new LiveValidation(run, runIn, context, (result) => {
      if (result instanceof Error) task.show({ error: result.message });
      else task.show({ owner: 'validate', error: '', issues: result.issues, info: M.live(result.summary) });
      void refreshWorkbook();
    });
    await live.current.start();
  };

  const act: Act = async (owner, work, describe, options = {}) => {
    if (task.state.busy) return undefined;
    // While a task runs nothing else writes: the live check pauses too.
    await stopLive();
    const result = await task.run(
      owner,
      async (signal, onProgress) => {
        const r = await work(signal, onProgress);
        if (options.posts) await refreshOdooFunctions(run);
        if (options.focus) await focusSheet(run, options.focus);
        return r;
      },
      describe,
    );
    // A post changes what the sheet is checked against: validate again before checking live.
    if (options.posts) liveContext.current = null;
    else if (liveContext.current && hasRestore) await startLive(liveContext.current).catch(() => undefined);
    // Only a post changes the runs Odoo holds.
    await refresh(!!options.posts);
    return result;
  };

  const resumable = runs.filter((r) => r.halfDone && !r.inWorkbook && r.productIds.length > 0);
  const views = useMemo(
    () => (snap ? stepper({ workbook: snap.workbook, odoo: snap.odoo, busy: task.state.busy, resumable: resumable.length > 0 }, WORDS) : null),
    [snap, task.state.busy, resumable.length, WORDS],
  );
  const resumeFirst = resumable.length > 0 && !snap?.run;
  const byId = useMemo(() => new Map((views ?? []).map((v) => [v.id, v])), [views]);

  const prepare = async () => {
    setConfirm(null);
    const p = await act(
      'zero',
      async (signal) => {
        const r = await prepareZeroing(client, run, user, signal);
        task.show({ issues: r.issues });
        return r;
      },
      (r) =>
        hasErrors(r.issues)
          ? M.preparedBlocked(r.run, r.issues.filter((i) => i.severity === 'error').length)
          : M.prepared(r.run, r.summary.quants, r.summary.products, r.summary.quantities),
      { focus: 'zeroing' },
    );
    if (p) {
      setPrepared(p);
      if (!hasErrors(p.issues)) setConfirm('zero');
    }
  };

  const halfDone = runs.filter((r) => r.halfDone && r.run !== snap?.run);

  /** The Fill step's task: the Restore sheet written from Odoo's history, brought to the front. */
  const makeRestoreSheet = () =>
    void act(
      'fill',
      async (s) => {
        const ctx = await currentRun(client, run, s);
        return createRestoreSheet(client, run, ctx.runRef, ctx.chosen, s);
      },
      (r) => M.restoreSheet(r.rows, r.lines),
      { focus: 'restore' },
    );

  const actions: Record<StepId, () => void> = {
    pull: () =>
      void act(
        'pull',
        async (signal, onProgress) => {
          const { productIds, unknown } = await resolveProducts(scope, signal);
          const summary = await pullQuants(client, run, { productIds, locationIds: locationIds.length ? locationIds : undefined }, { signal, onProgress });
          if (unknown.length) task.show({ issues: [{ severity: 'warning', message: M.notFound(unknown) }] });
          return summary;
        },
        M.pulled,
        { focus: 'quants' },
      ),
    choose: () => void act('choose', (s) => createProductsSheet(client, run, s), M.listed, { focus: 'products' }),
    zero: () => (!snap?.run && halfDone.length ? setConfirm('new-run') : void prepare()),
    retrack: () =>
      void act(
        'retrack',
        async (s) => {
          const ctx = await currentRun(client, run, s);
          return changeTracking(client, ctx.chosen, s);
        },
        (r) => M.retracked(r.changed, r.products.length - r.changed),
      ),
    fill: () => (snap?.workbook.restore ? void act('fill', () => focusSheet(run, 'restore')) : makeRestoreSheet()),
    validate: () =>
      void act(
        'validate',
        async (s) => {
          const ctx = await currentRun(client, run, s);
          const v = await validateRestoreSheet(client, run, ctx.runRef, ctx.chosen, s);
          task.show({ issues: v.validation.issues });
          liveContext.current = v.context;
          await focusFirstIssue(run, v.validation.issues);
          return v;
        },
        (v) => (v.validation.summary.errors ? '' : M.valid(v.validation.summary.rows, v.validation.summary.warnings)),
      ),
    restore: () => setConfirm('restore'),
    report: () =>
      void act(
        'report',
        async (s) => {
          const ctx = await currentRun(client, run, s);
          return writeReport(client, run, ctx.runRef, ctx.chosen, s);
        },
        (r) => (r.balanced ? M.balanced(r.totals.products, r.totals.lots, r.value) : M.notBalanced),
        { focus: 'report' },
      ),
  };

  const busy = task.state.busy;
  const here = (owner: string) => task.state.owner === owner && <TaskStatus state={task.state} onCancel={task.cancel} />;
  const label = (v: StepView) => (v.id === 'fill' && snap?.workbook.restore ? M.fillNext : ACTION[v.id]);
  const zeroedSome = !!snap?.odoo && snap.odoo.zeroedLines > 0 && snap.odoo.stages.restored + snap.odoo.stages['partly restored'] === 0;

  // The fill tools show while lots are being filled or fixed, and on request once done.
  const toolsShown = toolsOpen || ['fill', 'validate'].some((id) => byId.get(id as StepId)?.status === 'current');

  const extras: Partial<Record<StepId, ReactNode>> = {
    pull: (
      <>
        <div className={styles.row}>
          {byId.get('pull')?.status !== 'current' && (
            <Link as="button" onClick={() => setPullOpen((o) => !o)} aria-expanded={pullOpen}>
              {pullOpen ? M.hidePullOptions : M.pullOptions}
            </Link>
          )}
        </div>
        <div hidden={!(pullOpen || byId.get('pull')?.status === 'current')}>
          <PullPanel onScope={setScope} onLocations={setLocationIds} />
        </div>
      </>
    ),
    choose: (
      <div className={styles.row}>
        {atZero.length > 0 && (
          <Button
            size="small"
            disabled={busy}
            onClick={() => void act('choose', (s) => createProductsSheet(client, run, s, atZero), M.listedAtZero, { focus: 'products' })}
          >
            {M.listAtZero}
          </Button>
        )}
      </div>
    ),
    zero: (
      <div className={styles.row}>
        <Button
          size="small"
          disabled={busy}
          onClick={() =>
            void act(
              'zero',
              async (s) => {
                const list = await productsStillAtZero(client, s);
                setAtZero(list.map((p) => p.productId));
                return list;
              },
              (list) => (list.length ? M.atZero(list) : M.noneAtZero),
            )
          }
        >
          {M.stillAtZero}
        </Button>
        <Button size="small" disabled={busy || !zeroedSome} onClick={() => setConfirm('undo')}>
          {M.undo}
        </Button>
      </div>
    ),
    retrack: !user.hasLotsFeature && user.isAdmin && (
      <div className={styles.row}>
        <Button
          size="small"
          disabled={busy}
          onClick={() =>
            void act(
              'retrack',
              (s) => enableLots(s),
              () => M.lotsOn,
            )
          }
        >
          {M.enableLots}
        </Button>
      </div>
    ),
    fill: snap?.workbook.restore && (
      <>
        <div className={styles.row}>
          <Button size="small" disabled={!byId.get('fill')?.enabled} onClick={() => setConfirm('recreate')}>
            {M.fillAgain}
          </Button>
          {!toolsShown && (
            <Link as="button" onClick={() => setToolsOpen(true)} aria-expanded={false}>
              {M.fillTools}
            </Link>
          )}
        </div>
        {toolsShown && <FillTools act={act} enabled={!!byId.get('fill')?.enabled} />}
      </>
    ),
  };

  /** The confirmation open now: what it says, and what its confirm button runs once it has closed. */
  const dialog = ((): { text: { title: string; confirm: string }; body: ReactNode; run(): void } | null => {
    if (confirm === null) return null;
    if (typeof confirm === 'object') {
      const found = confirm.resume;
      const resume = () =>
        void act(
          'runs',
          (s) => resumeRun(client, run, found, s),
          (r) => M.resumed(found.run, r.products, r.toChoose),
          { focus: 'products' },
        );
      return { text: M.confirmResume, body: M.confirmResume.body(found.run), run: resume };
    }
    switch (confirm) {
      case 'new-run':
        return { text: M.confirmNewRun, body: M.confirmNewRun.body(halfDone.map((r) => r.run)), run: () => void prepare() };
      case 'zero':
        if (!prepared) return null;
        return {
          text: M.confirmZero,
          body: M.confirmZero.body(prepared.run, prepared.summary.quants, prepared.summary.products, prepared.summary.quantities, prepared.summary.value),
          run: () =>
            void act(
              'zero',
              (signal, onProgress) => postZeroing(client, run, user, prepared, { signal, onProgress }),
              (r) => M.zeroed(r.zeroed, r.run),
              { posts: true },
            ),
        };
      case 'undo':
        return {
          text: M.confirmUndo,
          body: M.confirmUndo.body,
          run: () =>
            void act(
              'zero',
              async (signal, onProgress) => {
                const ctx = await currentRun(client, run, signal);
                return undoZeroing(client, ctx.runRef, ctx.chosen, { signal, onProgress });
              },
              (r) => M.undone(r.restored),
              { posts: true },
            ),
        };
      case 'restore':
        return {
          text: M.confirmRestore,
          body: M.confirmRestore.body,
          run: () =>
            void act(
              'restore',
              async (signal, onProgress) => {
                const ctx = await currentRun(client, run, signal);
                return postRestore(client, run, ctx.runRef, ctx.chosen, user.companyId, { signal, onProgress });
              },
              (r) => M.restored(r.posted, r.lotsCreated, r.skipped),
              { posts: true },
            ),
        };
      case 'recreate':
        return {
          text: M.confirmRecreate,
          body: M.confirmRecreate.body,
          run: () => {
            liveContext.current = null;
            makeRestoreSheet();
          },
        };
    }
  })();

  return (
    <section className={`card ${styles.card}`} aria-label={M.stepsLabel}>
      <div className={styles.runs} role="group" aria-label={M.runsTitle}>
        <div className={styles.row}>
          <Text weight="semibold" data-testid="active-run">
            {M.activeRun(snap?.run ?? null)}
          </Text>
          <Button
            size="small"
            appearance="subtle"
            disabled={busy}
            onClick={() =>
              void act(
                'runs',
                async () => {
                  // Read from Odoo now, so the table and the message tell the truth.
                  await refresh(false);
                  setShowStatus(true);
                  return runRef.current ?? '';
                },
                (r) => (r ? M.statusRead(r) : ''),
              )
            }
          >
            {M.whereTheyStand}
          </Button>
          <Button size="small" appearance="subtle" disabled={busy} onClick={() => void refresh(true)}>
            {M.checkAgain}
          </Button>
        </div>
        {runs.length === 0 ? (
          <Text size={200}>{M.noRuns}</Text>
        ) : (
          <ul data-testid="runs">
            {runs.map((r) => (
              <li key={r.run}>
                <Text size={200}>{M.runLine(r)}</Text>{' '}
                {!r.inWorkbook && r.productIds.length > 0 && (
                  <Button
                    size="small"
                    appearance={resumeFirst && r === resumable[0] ? 'primary' : 'secondary'}
                    data-primary={resumeFirst && r === resumable[0] ? 'true' : undefined}
                    disabled={busy}
                    onClick={() => setConfirm({ resume: r })}
                  >
                    {M.resume(r.run)}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {resumeFirst && (
          <MessageBar intent="warning">
            <MessageBarBody>{M.resumeHint(resumable[0].run)}</MessageBarBody>
          </MessageBar>
        )}
        {here('runs')}
        {showStatus && snap?.run && snap.products.length > 0 && <StatusTable runRef={snap.run} products={snap.products} />}
      </div>
      <div role="alert" aria-live="assertive">
        {readError && (
          <MessageBar intent="error">
            <MessageBarBody>{readError}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {!views ? (
        <Text>{M.reading}</Text>
      ) : (
        <ol className={styles.list} aria-label={M.stepsLabel}>
          {STEP_IDS.map((id, i) => {
            const v = byId.get(id)!;
            return (
              <StepItem key={id} index={i} view={v} action={label(v)} onAction={actions[id]}>
                {extras[id]}
                {here(id)}
              </StepItem>
            );
          })}
        </ol>
      )}
      <ConfirmDialog
        open={!!dialog}
        title={dialog?.text.title ?? ''}
        confirm={dialog?.text.confirm ?? ''}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          setConfirm(null);
          dialog?.run();
        }}
      >
        {dialog && <p>{dialog.body}</p>}
      </ConfirmDialog>
    </section>
  );
}
