import { createContext, useContext } from 'react';
import type { ExcelRunner, ExcelRunnerIn } from '../app/pane-support';

/** The workbook the task pane works on: Excel itself, or the workbench's in-memory one. */
export const ExcelContext = createContext<ExcelRunner | null>(null);

export function useExcel(): ExcelRunner {
  const run = useContext(ExcelContext);
  if (!run) throw new Error('No workbook: the task pane must run inside Excel or the workbench.');
  return run;
}

/** Excel.run in an existing context (to remove event handlers where they were added). */
export const ExcelInContext = createContext<ExcelRunnerIn | null>(null);

export function useExcelIn(): ExcelRunnerIn {
  const runIn = useContext(ExcelInContext);
  if (!runIn) throw new Error('No workbook: the task pane must run inside Excel or the workbench.');
  return runIn;
}
