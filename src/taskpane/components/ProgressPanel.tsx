import { useEffect, useRef } from 'react';
import { Button, Field, ProgressBar } from '@fluentui/react-components';
import { Progress } from '../../core/batches';
import { usePaneLook } from '../pane-look';

export function ProgressPanel({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const { t, announce } = usePaneLook();
  const ratio = progress.total > 0 ? progress.done / progress.total : undefined;
  const label = t('progress', { step: progress.step, done: progress.done, total: progress.total });
  // Progress is announced when its step changes and then every few seconds, not at every batch.
  const said = useRef({ step: '', at: 0 });
  useEffect(() => {
    const now = Date.now();
    if (said.current.step !== progress.step || now - said.current.at > 5000) {
      said.current = { step: progress.step, at: now };
      announce(label);
    }
  }, [progress.step, label, announce]);
  return (
    <div className="progress">
      <Field label={label} validationState="none">
        <ProgressBar value={ratio} thickness="large" aria-label={label} />
      </Field>
      <Button onClick={onCancel}>{t('cancel')}</Button>
    </div>
  );
}
