// The workbench: the real task pane (taskpane.html, in an iframe as Office hosts it)
// beside an in-browser workbook, the strict in-memory Excel rendered as a grid. It lets
// the add-in be used, demonstrated and tested end to end in any browser.
import { createRoot } from 'react-dom/client';
import { ExcelSim, simRunner } from './excel-sim';
import { WorkbookGrid } from './grid';
import { registerOdooFunctions } from './odoo-functions';
import { PLAYED_LANGUAGES, PLAYED_THEMES, playedOffice } from './office-look';

// ?excelApi=1.14 plays an older Excel: APIs of newer requirement sets fail with ApiNotFound
const excelApi = new URLSearchParams(window.location.search).get('excelApi');
// ?theme=light|colorful|darkgray|dark|highcontrast and ?lang=en|fr: what the pane reads as Office's
const played = playedOffice(window.location.search);
// the workbook shows numbers in the played Office's locale, as Excel does (1 234,5 in French)
const sim = new ExcelSim({ sheets: ['Sheet1'], latencyMs: 5, excelApi, locale: PLAYED_LANGUAGES[played.lang] });

/** What the task pane iframe finds on its parent (see src/taskpane/index.tsx). */
(window as unknown as { __lotReassignWorkbench: unknown }).__lotReassignWorkbench = {
  run: simRunner(sim),
  runIn: (context: unknown, batch: (c: Excel.RequestContext) => Promise<unknown>) => sim.run(context, batch),
  isSetSupported: sim.isSetSupported,
  office: played.office,
  sim,
};

registerOdooFunctions(sim, () => document.querySelector<HTMLIFrameElement>('iframe[name="taskpane"]')?.contentWindow ?? null);

/** Office reads its theme and language when the pane opens: the workbench reloads with the new ones. */
function replay(name: 'theme' | 'lang', value: string) {
  const url = new URL(window.location.href);
  url.searchParams.set(name, value);
  window.location.assign(url.toString());
}

function Workbench() {
  return (
    <div className="workbench">
      <div className="workbench-bar">
        <strong>Lot Reassign for Odoo</strong>
        <small>workbench: the real task pane beside an in-browser workbook</small>
        {excelApi && <small data-testid="excel-api">playing Excel with ExcelApi {excelApi}</small>}
        <label>
          <small>Office theme </small>
          <select value={played.theme} onChange={(e) => replay('theme', e.target.value)} data-testid="played-theme">
            {Object.keys(PLAYED_THEMES).map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          <small>Office language </small>
          <select value={played.lang} onChange={(e) => replay('lang', e.target.value)} data-testid="played-lang">
            {Object.keys(PLAYED_LANGUAGES).map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
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
