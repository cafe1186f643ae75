// Where a product stands in the workflow, read from Odoo's own state (history and
// quants), so a workbook reopened days later, or by another user, shows the truth.
import { Tracking } from './model';

export type Stage = 'to zero' | 'zeroed' | 'retracked' | 'restored' | 'partly restored';

export interface StageInput {
  tracking: Tracking;
  target: Exclude<Tracking, 'none'>;
  /** Untracked stock still in internal locations. */
  untracked: number;
  /** Sum of the run's zeroing lines (0 when not zeroed yet). */
  original: number;
  /** Stock with lots now, at the original lines' places. */
  restored: number;
}

export function stageOf(s: StageInput): Stage {
  if (s.original === 0) return 'to zero';
  if (s.tracking !== s.target) return s.untracked > 0 ? 'to zero' : 'zeroed';
  if (s.restored === 0) return 'retracked';
  return Math.abs(s.restored - s.original) < 1e-9 ? 'restored' : 'partly restored';
}
