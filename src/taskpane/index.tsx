// Entry of the task pane page (also the shared runtime of the custom functions).
import { createRoot } from 'react-dom/client';
import { App } from './App';
// The custom functions live in this same page (the shared runtime) and share its Odoo session.
import '../functions/functions';
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

Office.onReady(() => {
  const run = workbenchRunner() ?? officeExcelRunner();
  createRoot(document.getElementById('root')!).render(<App run={run} />);
});
