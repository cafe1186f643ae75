// Entry of the task pane page (also the shared runtime of the custom functions).
import { createRoot } from 'react-dom/client';
import { App } from './App';
// The custom functions live in this same page (the shared runtime) and share its Odoo session.
import { FUNCTIONS } from '../functions/functions';
import { ExcelRunner, officeExcelRunner } from '../excel/host';

interface WorkbenchHost {
  run: ExcelRunner;
}

/** In the workbench the pane runs in an iframe and works on the page's in-memory workbook. */
function workbenchRunner(): ExcelRunner | null {
  try {
    const host = (window.parent as unknown as { __lotReassignWorkbench?: WorkbenchHost }).__lotReassignWorkbench;
    return window.parent !== window && host ? host.run : null;
  } catch {
    return null;
  }
}

function start(run: ExcelRunner): void {
  createRoot(document.getElementById('root')!).render(<App run={run} />);
}

const workbench = workbenchRunner();
if (workbench) {
  // office.js in an iframe waits for an Office host that the workbench is not, so the
  // pane starts at once; the grid evaluates =ODOO.* cells with these same functions.
  (window as unknown as { __lotReassignFunctions: typeof FUNCTIONS }).__lotReassignFunctions = FUNCTIONS;
  start(workbench);
} else {
  Office.onReady(() => start(officeExcelRunner()));
}
