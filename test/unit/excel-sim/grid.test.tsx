// The workbench grid renders the sim: tabs, cells with test hooks, formula bar.
import { renderToString } from 'react-dom/server';
import { ExcelSim } from '../../../src/workbench/excel-sim';
import { WorkbookGrid } from '../../../src/workbench/grid';

test('renders sheet tabs, addressed cells (only the visible rows) and the formula bar', async () => {
  const sim = new ExcelSim({ sheets: ['Quants', 'Log'] });
  await sim.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem('Quants');
    const rows = Array.from({ length: 5000 }, (_, i) => [`L${i}`, i]);
    sheet.getRange('A1:B1').values = [['Lot', 'Qty']];
    sheet.getRange('A2:B5001').values = rows;
    sheet.getRange('B3').formulas = [['=B2+41']];
    ctx.workbook.tables.add('Quants!A1:B5001', true);
    await ctx.sync();
  });
  sim.select('Quants', 'B3');
  const html = renderToString(<WorkbookGrid sim={sim} height={600} />);
  expect(html).toContain('data-sheet-tab="Quants"');
  expect(html).toContain('data-sheet-tab="Log"');
  expect(html).toContain('data-address="Quants!B3"');
  expect(html).toMatch(/data-testid="formula-bar"[^>]*value="=B2\+41"|value="=B2\+41"[^>]*data-testid="formula-bar"/);
  expect(html).toMatch(/data-testid="name-box"[^>]*value="B3"|value="B3"[^>]*data-testid="name-box"/);
  // virtualized: far rows are not in the DOM
  expect(html).not.toContain('data-address="Quants!A4000"');
  expect((html.match(/data-address=/g) ?? []).length).toBeLessThan(2000);
});
