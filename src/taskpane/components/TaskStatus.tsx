import { useEffect, useRef } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { TaskState } from '../use-task';
import { usePaneLook } from '../pane-look';
import { IssueList } from './IssueList';
import { ProgressPanel } from './ProgressPanel';

const useStyles = makeStyles({
  working: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  result: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, outlineStyle: 'none' },
});

/**
 * A task's progress, result, error and issues. The result sits in live regions that are there
 * before it (polite for results and the issues' count, assertive for errors), so a screen
 * reader says it; once the task ends, focus moves to it: the button that started the task was
 * disabled while it ran, so focus would otherwise fall to the page.
 */
export function TaskStatus({ state, onCancel }: { state: TaskState; onCancel: () => void }) {
  const styles = useStyles();
  const { t } = usePaneLook();
  const result = useRef<HTMLDivElement>(null);
  const wasBusy = useRef(state.busy);

  useEffect(() => {
    const ended = wasBusy.current && !state.busy;
    wasBusy.current = state.busy;
    if (!ended || !(state.info || state.error || state.issues.length)) return;
    // Only when nothing else took focus meanwhile (the sheet, another control). A task that
    // ends while the dialog that started it is still leaving (its exit animation) waits for
    // focus to leave the dialog first.
    const inDialog = () => !!document.activeElement?.closest('[role="dialog"], [role="alertdialog"]');
    const free = () => !document.activeElement || document.activeElement === document.body;
    let tries = 0;
    const timer = setInterval(() => {
      if (inDialog() && ++tries < 60) return;
      clearInterval(timer);
      if (free() || inDialog()) result.current?.focus();
    }, 50);
    return () => clearInterval(timer);
  }, [state.busy, state.info, state.error, state.issues.length]);

  return (
    <>
      {state.progress && <ProgressPanel progress={state.progress} onCancel={onCancel} />}
      {/* A task without a progress count yet can be cancelled too. */}
      {state.busy && !state.progress && (
        <div className={styles.working}>
          <Spinner size="tiny" label={t('working')} />
          <Button size="small" onClick={onCancel}>
            {t('cancel')}
          </Button>
        </div>
      )}
      <div className={styles.result} ref={result} tabIndex={-1} data-testid="task-result">
        <div role="alert" aria-live="assertive" data-testid="task-error">
          {state.error && (
            <MessageBar intent="error">
              <MessageBarBody>{state.error}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        <div role="status" aria-live="polite" data-testid="task-info">
          {state.info && (
            <MessageBar intent="success">
              <MessageBarBody>{state.info}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        <IssueList issues={state.issues} live />
      </div>
    </>
  );
}
