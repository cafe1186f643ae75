import { FocusTarget } from '../../app/focus';
import { TaskWork } from '../use-task';

export interface ActOptions {
  /** The task posts to Odoo: the =ODOO.* cells are recalculated after it. */
  posts?: boolean;
  /** The sheet to bring to the front afterwards, at the cell that needs the user. */
  focus?: FocusTarget;
}

/** Run one task of the pane (the only one running), then read the state again. */
export type Act = <T>(owner: string, work: TaskWork<T>, describe?: (result: T) => string, options?: ActOptions) => Promise<T | undefined>;
