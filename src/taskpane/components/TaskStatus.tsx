import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { TaskState } from '../use-task';
import { IssueList } from './IssueList';
import { ProgressPanel } from './ProgressPanel';

const useStyles = makeStyles({ working: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS } });

const T = { working: 'Working…', cancel: 'Cancel' };

export function TaskStatus({ state, onCancel }: { state: TaskState; onCancel: () => void }) {
  const styles = useStyles();
  return (
    <>
      {state.progress && <ProgressPanel progress={state.progress} onCancel={onCancel} />}
      {/* A task without a progress count yet can be cancelled too. */}
      {state.busy && !state.progress && (
        <div className={styles.working} role="status">
          <Spinner size="tiny" label={T.working} />
          <Button size="small" onClick={onCancel}>
            {T.cancel}
          </Button>
        </div>
      )}
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.info && (
        <MessageBar intent="success">
          <MessageBarBody>{state.info}</MessageBarBody>
        </MessageBar>
      )}
      <IssueList issues={state.issues} />
    </>
  );
}
