// The run the Products sheet points at: its reference and the chosen products, as Odoo has them now.
import { OdooClient } from '../odoo/client';
import { ExcelRunner } from '../excel/host';
import { hasErrors } from '../core/issues';
import { readSelection } from './products-step';
import { Chosen } from './restore-step';
import { StepRefused } from './zero-step';
import { _t } from '../core/words/translate';

export interface RunContext {
  runRef: string;
  chosen: Chosen[];
}

export async function currentRun(client: OdooClient, run: ExcelRunner, signal?: AbortSignal): Promise<RunContext> {
  const selection = await readSelection(client, run, signal);
  if (hasErrors(selection.issues)) throw new StepRefused(_t('Fix the Products sheet first.'), selection.issues);
  const runs = [...new Set(selection.choices.map((c) => c.run).filter(Boolean))];
  if (runs.length === 0) throw new StepRefused(_t('No run yet: prepare and post the zeroing first.'));
  if (runs.length > 1) throw new StepRefused(_t('The Products sheet names several runs ({runs}); keep one.', { runs: runs.join(', ') }));
  const chosen = selection.choices.filter((c) => c.run === runs[0]).map((c) => ({ product: selection.products.get(c.productId)!, target: c.target }));
  return { runRef: runs[0], chosen };
}
