// The workbench: the real task pane (taskpane.html, in an iframe as Office hosts it)
// beside an in-browser workbook, the strict in-memory Excel rendered as a grid. It lets
// the add-in be used, demonstrated and tested end to end in any browser.
import { createRoot } from 'react-dom/client';
import { ExcelSim, simRunner } from './excel-sim';
import { WorkbookGrid } from './grid';
import { registerOdooFunctions } from './odoo-functions';

// ?excelApi=1.14 plays an older Excel: APIs of newer requirement sets fail with ApiNotFound
const excelApi = new URLSearchParams(window.location.search).get('excelApi');
const sim = new ExcelSim({ sheets: ['Sheet1'], latencyMs: 5, excelApi });

/** What the task pane iframe finds on its parent (see src/taskpane/index.tsx). */
(window as unknown as { __lotReassignWorkbench: unknown }).__lotReassignWorkbench = {
  run: simRunner(sim),
  runIn: (context: unknown, batch: (c: Excel.RequestContext) => Promise<unknown>) => sim.run(context, batch),
  isSetSupported: sim.isSetSupported,
  sim,
};

registerOdooFunctions(sim, () => document.querySelector<HTMLIFrameElement>('iframe[name="taskpane"]')?.contentWindow ?? null);

function Workbench() {
  return (
    <div className="workbench">
      <div className="workbench-bar">
        <strong>Lot Reassign for Odoo</strong>
        <small>workbench: the real task pane beside an in-browser workbook</small>
        {excelApi && <small data-testid="excel-api">playing Excel with ExcelApi {excelApi}</small>}
      </div>
      <div className="workbench-main">
        <div className="workbench-grid">
          <WorkbookGrid sim={sim} />
        </div>
        <div className="workbench-pane">
          <iframe name="taskpane" title="Task pane" src="taskpane.html" />
        </div>
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Workbench />);
