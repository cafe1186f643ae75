import { createContext, useCallback, useContext, useRef, useState } from 'react';
import { Progress } from '../core/batches';
import { Issue } from '../core/issues';
import { StepRefused, messageOf } from '../app/pane-support';

export interface TaskState {
  busy: boolean;
  /** Which part of the pane started the task (its messages show there). */
  owner: string;
  progress: Progress | null;
  error: string;
  issues: Issue[];
  info: string;
}

export type TaskWork<T> = (signal: AbortSignal, onProgress: (p: Progress) => void) => Promise<T>;

/**
 * Runs one long task: progress, cancel between batches, and Odoo's message on failure.
 * One per pane: while it runs, nothing else in the pane starts (see PaneTask).
 */
export function useTask() {
  const [state, setState] = useState<TaskState>({ busy: false, owner: '', progress: null, error: '', issues: [], info: '' });
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(async <T>(owner: string, work: TaskWork<T>, describe?: (result: T) => string) => {
    // A second task never starts while one runs, whatever a stale button may say.
    if (controller.current) return undefined;
    controller.current = new AbortController();
    setState({ busy: true, owner, progress: null, error: '', issues: [], info: '' });
    try {
      const result = await work(controller.current.signal, (progress) => setState((s) => ({ ...s, progress })));
      // Keep the issues the step reported while it ran (a validation's list of problems).
      setState((s) => ({ ...s, busy: false, progress: null, error: '', info: describe ? describe(result) : '' }));
      return result;
    } catch (error) {
      setState({ busy: false, owner, progress: null, error: messageOf(error), issues: error instanceof StepRefused ? error.issues : [], info: '' });
      return undefined;
    } finally {
      controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const show = useCallback((patch: Partial<TaskState>) => setState((s) => ({ ...s, ...patch })), []);
  return { state, run, cancel, show };
}

export type PaneTask = ReturnType<typeof useTask>;

/** The pane's one task: pull, generate, import, post… all go through it. */
export const PaneTaskContext = createContext<PaneTask | null>(null);

export function usePaneTask(): PaneTask {
  const task = useContext(PaneTaskContext);
  if (!task) throw new Error('usePaneTask outside the pane.');
  return task;
}
