import { Button, Field, ProgressBar } from '@fluentui/react-components';
import { Progress } from '../../core/batches';

export function ProgressPanel({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const ratio = progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <div className="progress" role="status">
      <Field label={`${progress.step}: ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}`} validationState="none">
        <ProgressBar value={ratio} thickness="large" />
      </Field>
      <Button onClick={onCancel}>Cancel</Button>
    </div>
  );
}
