import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { TaskState } from '../use-task';
import { IssueList } from './IssueList';
import { ProgressPanel } from './ProgressPanel';

export function TaskStatus({ state, onCancel }: { state: TaskState; onCancel: () => void }) {
  return (
    <>
      {state.progress && <ProgressPanel progress={state.progress} onCancel={onCancel} />}
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
