// Steps 2 to 8 of the reassign: each button reads, plans in the core, shows in the
// sheet, validates, and only then posts. Every step can be run again safely.
import { useEffect, useRef, useState } from 'react';
import { Button } from '@fluentui/react-components';
import { createProductsSheet } from '../../app/products-step';
import { currentRun } from '../../app/run-context';
import { changeTracking } from '../../app/retrack-step';
import { createRestoreSheet, postRestore, validateRestoreSheet } from '../../app/restore-step';
import { writeReport } from '../../app/report-step';
import { ZeroingPrepared, postZeroing, prepareZeroing } from '../../app/zero-step';
import { getSession, setSession } from '../../app/session';
import { productsStillAtZero, undoZeroing } from '../../app/history-step';
import { splitSelectedRow } from '../../app/split-step';
import { ProductStatus, runStatus } from '../../app/status-step';
import { StatusTable } from './StatusTable';
import { hasErrors } from '../../core/issues';
import { Progress } from '../../core/batches';
import { enableLotsSetting } from '../../odoo/inventory';
import { currentUser } from '../../odoo/reads';
import { useExcel, useExcelIn } from '../excel-context';
import { LiveValidation } from '../../app/live-validation';
import { RestoreValidation } from '../../core/validate-restore';
import { useTask } from '../use-task';
import { refreshOdooFunctions } from '../../app/refresh-functions';
import { ConfirmDialog } from './ConfirmDialog';
import { TaskStatus } from './TaskStatus';

const units = (q: Record<string, number>) =>
  Object.entries(q)
    .map(([uom, n]) => `${n.toLocaleString('en-US')} ${uom}`)
    .join(', ');

function liveSummary(v: RestoreValidation): string {
  const { rows, errors, warnings } = v.summary;
  return errors ? '' : `Live check: all ${rows} rows valid${warnings ? ` (${warnings} warnings)` : ''}.`;
}

export function WorkflowCard() {
  const run = useExcel();
  const runIn = useExcelIn();
  const task = useTask();
  const live = useRef<LiveValidation | null>(null);
  useEffect(() => () => void live.current?.stop(), []);

  /** After a Validate, every edit or paste in the Restore sheet is re-checked as it happens. */
  const watch = async (context: ConstructorParameters<typeof LiveValidation>[2]) => {
    await live.current?.stop();
    live.current = new LiveValidation(run, runIn, context, (result) => {
      if (result instanceof Error) task.show({ error: result.message });
      else task.show({ error: '', issues: result.issues, info: liveSummary(result) });
    });
    await live.current.start();
  };
  const [prepared, setPrepared] = useState<ZeroingPrepared | null>(null);
  const [atZero, setAtZero] = useState<number[]>([]);
  const [status, setStatus] = useState<{ runRef: string; products: ProductStatus[] } | null>(null);
  const [confirm, setConfirm] = useState<'zero' | 'restore' | 'undo' | null>(null);
  const session = getSession()!;
  const { client, user } = session;
  const busy = task.state.busy;

  const step = (label: string, onClick: () => void, testId: string, disabled = false) => (
    <Button onClick={onClick} disabled={busy || disabled} data-testid={testId}>
      {label}
    </Button>
  );

  /** A step that posts to Odoo: afterwards the =ODOO.* cells are recalculated with fresh data. */
  const post = <T,>(work: (signal: AbortSignal, onProgress: (p: Progress) => void) => Promise<T>, describe: (result: T) => string) => {
    setConfirm(null);
    void task.run(async (signal, onProgress) => {
      const result = await work(signal, onProgress);
      await refreshOdooFunctions(run);
      return result;
    }, describe);
  };

  const prepare = () =>
    task.run(
      async (signal) => {
        const result = await prepareZeroing(client, run, user, signal);
        setPrepared(result);
        task.show({ issues: result.issues });
        return result;
      },
      (r) =>
        `Run ${r.run}: ${r.summary.quants} quants of ${r.summary.products} products (${units(r.summary.quantities)}) in the Zeroing sheet. Review it, then post.`,
    );

  return (
    <section className="card" aria-label="Reassign">
      <h2>2. Reassign lots and serials</h2>
      <div className="steps">
        {step(
          'Products sheet',
          () =>
            task.run(
              (s) => createProductsSheet(client, run, s),
              (n) => `${n} untracked products listed. Choose lot or serial in "Target tracking".`,
            ),
          'step-products',
        )}
        {step('Prepare zeroing', () => void prepare(), 'step-prepare-zeroing')}
        {step('Post zeroing…', () => setConfirm('zero'), 'step-post-zeroing', !prepared || hasErrors(prepared.issues))}
        {step(
          'Change tracking',
          () =>
            task.run(
              async (s) => {
                const ctx = await currentRun(client, run, s);
                return changeTracking(client, ctx.chosen, s);
              },
              (p) => `Tracking changed for ${p.length} products.`,
            ),
          'step-tracking',
        )}
        {step(
          'Restore sheet',
          () =>
            task.run(
              async (s) => {
                const ctx = await currentRun(client, run, s);
                return createRestoreSheet(client, run, ctx.runRef, ctx.chosen, s);
              },
              (r) => `${r.rows} rows for ${r.lines} original lines. Fill Lot/Serial (paste whole columns), then validate.`,
            ),
          'step-restore-sheet',
        )}
        {step(
          'Validate',
          () =>
            task.run(
              async (s) => {
                const ctx = await currentRun(client, run, s);
                const v = await validateRestoreSheet(client, run, ctx.runRef, ctx.chosen, s);
                task.show({ issues: v.validation.issues });
                await watch(v.context);
                return v;
              },
              (v) =>
                v.validation.summary.errors
                  ? ''
                  : `All ${v.validation.summary.rows} rows are valid${v.validation.summary.warnings ? ` (${v.validation.summary.warnings} warnings)` : ''}.`,
            ),
          'step-validate',
        )}
        {step('Post restore…', () => setConfirm('restore'), 'step-post-restore')}
        {step(
          'Report',
          () =>
            task.run(
              async (s) => {
                const ctx = await currentRun(client, run, s);
                return writeReport(client, run, ctx.runRef, ctx.chosen, s);
              },
              (r) =>
                r.balanced
                  ? `Balanced: ${r.totals.products} products back with ${r.totals.lots} lots; every difference is 0.${r.value ? ` Value removed ${r.value.removed.toLocaleString('en-US')}, added back ${r.value.added.toLocaleString('en-US')} (Odoo restores at the product's current cost).` : ''}`
                  : 'Not balanced: see the Difference column of the Report sheet.',
            ),
          'step-report',
        )}
      </div>
      <div className="steps">
        {step(
          'Still at zero?',
          () =>
            task.run(
              async (s) => {
                const list = await productsStillAtZero(client, s);
                setAtZero(list.map((p) => p.productId));
                return list;
              },
              (list) =>
                list.length
                  ? `Zeroed and never restored: ${list.map((p) => `${p.label} (${p.places.map((z) => `${z.quantity} at ${z.location.name} on ${z.zeroedAt.slice(0, 10)}`).join(', ')})`).join('; ')}.`
                  : 'No product is left at zero by an inventory adjustment.',
            ),
          'step-still-at-zero',
        )}
        {step(
          'Where they stand',
          () =>
            task.run(
              async (s) => {
                const result = await runStatus(client, run, s);
                setStatus(result);
                return result;
              },
              (r) => `Run ${r.runRef}, read from Odoo just now.`,
            ),
          'step-status',
        )}
        {atZero.length > 0 &&
          step(
            'List them in Products',
            () =>
              task.run(
                (s) => createProductsSheet(client, run, s, atZero),
                (n) => `${n} products listed; those at zero restore from Odoo's history.`,
              ),
            'step-list-at-zero',
          )}
        {step('Undo zeroing…', () => setConfirm('undo'), 'step-undo')}
        {step(
          'Split lot line',
          () =>
            task.run(
              () => splitSelectedRow(run),
              (r) => `Row ${r.row} added with the remaining ${r.remaining}; give it its lot.`,
            ),
          'step-split',
        )}
      </div>
      {!user.hasLotsFeature && user.isAdmin && (
        <Button
          appearance="secondary"
          onClick={() =>
            task.run(
              async (s) => {
                await enableLotsSetting(client, s);
                setSession({ client, user: await currentUser(client, s) });
              },
              () => 'Lots & Serial Numbers is now on in Odoo.',
            )
          }
        >
          Turn on Lots & Serial Numbers in Odoo
        </Button>
      )}
      <TaskStatus state={task.state} onCancel={task.cancel} />
      {status && <StatusTable runRef={status.runRef} products={status.products} />}
      <ConfirmDialog
        open={confirm === 'zero' && !!prepared}
        title="Post the zeroing adjustment?"
        confirm="Post zeroing"
        onCancel={() => setConfirm(null)}
        onConfirm={() =>
          post(
            (signal, onProgress) => postZeroing(client, run, user, prepared!, { signal, onProgress }),
            (r) => `Zeroed ${r.zeroed} quants (run ${r.run}). Next: change tracking.`,
          )
        }
      >
        {prepared && (
          <p>
            Odoo will count {prepared.summary.quants} quants of {prepared.summary.products} products to zero ({units(prepared.summary.quantities)}
            {prepared.summary.value ? `, value ${prepared.summary.value.toLocaleString('en-US')} at cost` : ''}) as the adjustment "Lot reassign {prepared.run}:
            zero". The original quantities are kept in Odoo's history and restored from it.
          </p>
        )}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'undo'}
        title="Undo the zeroing?"
        confirm="Undo zeroing"
        onCancel={() => setConfirm(null)}
        onConfirm={() =>
          post(
            async (signal, onProgress) => {
              const ctx = await currentRun(client, run, signal);
              return undoZeroing(client, ctx.runRef, ctx.chosen, { signal, onProgress });
            },
            (r) => `Tracking set back to none and ${r.restored} original quantities put back without lots.`,
          )
        }
      >
        <p>
          The run's products get their tracking set back to none, and each location gets its original quantity back, without lots, from Odoo's history. Running
          it again changes nothing.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'restore'}
        title="Post the restore adjustment?"
        confirm="Post restore"
        onCancel={() => setConfirm(null)}
        onConfirm={() =>
          post(
            async (signal, onProgress) => {
              const ctx = await currentRun(client, run, signal);
              return postRestore(client, run, ctx.runRef, ctx.chosen, user.companyId, { signal, onProgress });
            },
            (r) => `Restored ${r.posted} lines (${r.lotsCreated} new lots${r.skipped ? `, ${r.skipped} already in Odoo` : ''}). Next: Report.`,
          )
        }
      >
        <p>The Restore sheet is validated again, then the lots are created and each line is counted and applied in Odoo. Lines already restored are skipped.</p>
      </ConfirmDialog>
    </section>
  );
}
