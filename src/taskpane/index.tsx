// Entry of the task pane page (also the shared runtime of the custom functions).
import { createRoot } from 'react-dom/client';
import { App } from './App';
// The custom functions live in this same page (the shared runtime) and share its Odoo session
// (src/session). This entry is the one place that loads both; the pane's components never call them.
import { FUNCTIONS } from '../functions/functions';
import { ExcelRunner, ExcelRunnerIn, officeExcelRunner, officeExcelRunnerIn } from '../app/host';

interface WorkbenchHost {
  run: ExcelRunner;
  runIn: ExcelRunnerIn;
}

/** In the workbench the pane runs in an iframe and works on the page's in-memory workbook. */
function workbenchRunner(): WorkbenchHost | null {
  try {
    const host = (window.parent as unknown as { __lotReassignWorkbench?: WorkbenchHost }).__lotReassignWorkbench;
    return window.parent !== window && host ? host : null;
  } catch {
    return null;
  }
}

function start(run: ExcelRunner, runIn: ExcelRunnerIn): void {
  createRoot(document.getElementById('root')!).render(<App run={run} runIn={runIn} />);
}

const workbench = workbenchRunner();
if (workbench) {
  // office.js in an iframe waits for an Office host that the workbench is not, so the
  // pane starts at once; the grid evaluates =ODOO.* cells with these same functions.
  (window as unknown as { __lotReassignFunctions: typeof FUNCTIONS }).__lotReassignFunctions = FUNCTIONS;
  start(workbench.run, workbench.runIn);
} else {
  Office.onReady(() => start(officeExcelRunner(), officeExcelRunnerIn()));
}
