// The runs found in Odoo (their moves' references) and in the workbook (the Products
// sheet's Run column), merged into one list the pane offers to resume.
import { RunPhase, parseRunMove } from './run';

export interface RunMove {
  reference: string;
  productId: number;
  date: string;
}

export interface FoundRun {
  run: string;
  /** Phases Odoo has moves of, in workflow order. */
  phases: RunPhase[];
  productIds: number[];
  /** Latest move, "YYYY-MM-DD HH:MM:SS" (empty when only the workbook knows it). */
  lastMove: string;
  inWorkbook: boolean;
  /** Zeroed and neither restored nor undone: stock is waiting at zero. */
  halfDone: boolean;
}

const ORDER: RunPhase[] = ['zero', 'restore', 'undo'];

/** Newest first. A run only in the workbook has not posted anything yet. */
export function listRuns(moves: readonly RunMove[], workbookRuns: readonly string[]): FoundRun[] {
  const byRun = new Map<string, { phases: Set<RunPhase>; products: Set<number>; last: string }>();
  for (const m of moves) {
    const parsed = parseRunMove(m.reference);
    if (!parsed) continue;
    const entry = byRun.get(parsed.run) ?? { phases: new Set(), products: new Set(), last: '' };
    entry.phases.add(parsed.phase);
    if (parsed.phase === 'zero') entry.products.add(m.productId);
    if (m.date > entry.last) entry.last = m.date;
    byRun.set(parsed.run, entry);
  }
  for (const run of workbookRuns) if (!byRun.has(run)) byRun.set(run, { phases: new Set(), products: new Set(), last: '' });
  return [...byRun.entries()]
    .map(([run, e]) => {
      const phases = ORDER.filter((p) => e.phases.has(p));
      return {
        run,
        phases,
        productIds: [...e.products].sort((a, b) => a - b),
        lastMove: e.last,
        inWorkbook: workbookRuns.includes(run),
        halfDone: e.phases.has('zero') && !e.phases.has('restore') && !e.phases.has('undo'),
      };
    })
    .sort((a, b) => (b.lastMove || '9').localeCompare(a.lastMove || '9') || b.run.localeCompare(a.run));
}
