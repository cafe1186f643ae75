import { useCallback, useRef, useState } from 'react';
import { Progress } from '../core/batches';
import { Issue } from '../core/issues';
import { StepRefused } from '../app/zero-step';
import { messageOf } from './messages';

export interface TaskState {
  busy: boolean;
  progress: Progress | null;
  error: string;
  issues: Issue[];
  info: string;
}

/** Runs one long step: progress, cancel between batches, and Odoo's message on failure. */
export function useTask() {
  const [state, setState] = useState<TaskState>({ busy: false, progress: null, error: '', issues: [], info: '' });
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(async <T>(work: (signal: AbortSignal, onProgress: (p: Progress) => void) => Promise<T>, describe?: (result: T) => string) => {
    controller.current = new AbortController();
    setState({ busy: true, progress: null, error: '', issues: [], info: '' });
    try {
      const result = await work(controller.current.signal, (progress) => setState((s) => ({ ...s, progress })));
      // Keep the issues the step reported while it ran (a validation's list of problems).
      setState((s) => ({ ...s, busy: false, progress: null, error: '', info: describe ? describe(result) : '' }));
      return result;
    } catch (error) {
      setState({ busy: false, progress: null, error: messageOf(error), issues: error instanceof StepRefused ? error.issues : [], info: '' });
      return undefined;
    } finally {
      controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const show = useCallback((patch: Partial<TaskState>) => setState((s) => ({ ...s, ...patch })), []);
  return { state, run, cancel, show };
}
