// The workbench evaluates =ODOO.* cells with the add-in's own function code, which
// lives in the task pane's page (the shared runtime), as in Excel.
import type { ExcelSim } from './excel-sim';

type FunctionTable = Record<string, (...args: unknown[]) => Promise<unknown>>;

export function registerOdooFunctions(sim: ExcelSim, paneWindow: () => Window | null): void {
  for (const name of ['ONHAND', 'TRACKING', 'LOTS', 'ORIGINAL']) {
    sim.registerFunction(`ODOO.${name}`, (args) => {
      const table = (paneWindow() as unknown as { __lotReassignFunctions?: FunctionTable } | null)?.__lotReassignFunctions;
      if (!table) return Promise.reject(new Error('The task pane is still loading'));
      return table[name](...args);
    });
  }
}
