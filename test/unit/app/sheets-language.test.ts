// A workbook made in one language keeps working in the other, on the strict in-memory Excel:
// the Restore sheet validates, splits and takes generated lots, the Products sheet's dropdown
// offers the user's words and its choices read back, the Status colours follow either language.
import { generateIntoSelection } from '../../../src/app/lot-entry-step';
import { readSelection } from '../../../src/app/products-step';
import { checkRestoreSheet } from '../../../src/app/restore-step';
import { splitSelectedRow } from '../../../src/app/split-step';
import { OriginalLine } from '../../../src/core/originals';
import { PRODUCTS_LAYOUT, TRACKING_CHOICES, planProductsSheet, readProductChoices } from '../../../src/core/products-sheet';
import { RESTORE_LAYOUT, planRestoreRows } from '../../../src/core/restore-sheet';
import { columnAt, toGrid } from '../../../src/core/sheet-layout';
import { RestoreContext } from '../../../src/core/validate-restore';
import { setWordsLanguage, WordsLang } from '../../../src/core/words/translate';
import { addDropdown, addStatusFormats } from '../../../src/excel/annotate';
import { readTable } from '../../../src/excel/read-table';
import { writeTable } from '../../../src/excel/write-table';
import { ExcelSim, simRunner } from '../../../src/workbench/excel-sim';
import { OdooClient } from '../../../src/odoo/client';
import { originalAtStock, product } from '../core/fixtures';

afterEach(() => setWordsLanguage('en'));

const LOTTED = product(1, 'LOT-1', 'lot');
const SERIAL = product(2, 'SER-1', 'serial');
const line = (productId: number, quantity: number): OriginalLine => originalAtStock(productId, quantity);
const originals = [line(1, 10), line(2, 2)];
const context: RestoreContext = {
  originals: new Map(originals.map((o) => [o.key, o])),
  products: new Map([
    [1, { product: LOTTED, target: 'lot' as const }],
    [2, { product: SERIAL, target: 'serial' as const }],
  ]),
  lotStock: new Map(),
  defaultCompanyId: 1,
  valid: { locations: new Set([8]), packages: new Set(), owners: new Set() },
};

async function restoreSheetMadeIn(lang: WordsLang) {
  setWordsLanguage(lang);
  const sim = new ExcelSim();
  const run = simRunner(sim);
  await writeTable(run, RESTORE_LAYOUT, toGrid(RESTORE_LAYOUT, planRestoreRows(originals, context.products)));
  await addStatusFormats(run, RESTORE_LAYOUT.sheet, columnAt(RESTORE_LAYOUT, 'status'));
  return { sim, run };
}

describe.each([
  ['English', 'French', 'en', 'fr'],
  ['French', 'English', 'fr', 'en'],
] as const)('a Restore sheet made in %s, used in %s', (_made, _used, made, used) => {
  test('validates, splits a lot row and takes generated serials', async () => {
    const { sim, run } = await restoreSheetMadeIn(made);
    const head = sim.getSheet('Restore').values('A1:U1')[0];
    expect(head[6]).toBe(made === 'fr' ? 'Lot/Série' : 'Lot/Serial');
    setWordsLanguage(used);

    // row 2 is LOT-1's lot line (10): 4 in a first lot, then a new row for the other 6
    await sim.userEdit('Restore', 'H2', 4);
    sim.select('Restore', 'C2');
    expect(await splitSelectedRow(run)).toEqual({ remaining: 6, row: 3 });
    await sim.userEdit('Restore', 'G2:G3', [['L-A'], ['L-B']]);
    sim.select('Restore', 'G4:G5');
    expect((await generateIntoSelection(run, { prefix: 'SN-', first: 1, padding: 3, step: 1 })).names).toEqual(['SN-001', 'SN-002']);

    const { validation } = await checkRestoreSheet(run, context);
    expect(validation.statuses).toEqual(['OK', 'OK', 'OK', 'OK']);
    expect(validation.summary).toMatchObject({ rows: 4, errors: 0 });
    // the verdicts are written in the language in use, whatever the sheet was made in
    expect(sim.getSheet('Restore').values('J2:J5').flat()).toEqual(['OK', 'OK', 'OK', 'OK']);
    await sim.userEdit('Restore', 'H2', 5);
    const again = await checkRestoreSheet(run, context);
    expect(again.validation.statuses[0]).toBe('Error');
    expect(sim.getSheet('Restore').values('J2:J2').flat()).toEqual([used === 'fr' ? 'Erreur' : 'Error']);
    await sim.userEdit('Restore', 'H2', 4);
    await checkRestoreSheet(run, context);
    const body = sim.getSheet('Restore').values('G2:H5');
    expect(body).toEqual([
      ['L-A', 4],
      ['L-B', 6],
      ['SN-001', 1],
      ['SN-002', 1],
    ]);
  });

  test('the Status column is coloured whichever language a verdict is written in', async () => {
    const { sim } = await restoreSheetMadeIn(made);
    setWordsLanguage(used);
    await sim.userEdit('Restore', 'J2:J5', [['Erreur'], ['Error'], ['Avertissement'], ['OK']]);
    expect(['J2', 'J3', 'J4', 'J5'].map((a) => sim.getSheet('Restore').cellAt(a).fill)).toEqual(['#FFC7CE', '#FFC7CE', '#FFEB9C', '#C6EFCE']);
  });
});

test('the Products dropdown offers the user’s words; a choice made in French reads back in English', async () => {
  setWordsLanguage('fr');
  const sim = new ExcelSim();
  const run = simRunner(sim);
  const rows = planProductsSheet([product(3, 'ACC-3'), product(4, 'ACC-4')], []);
  await writeTable(run, PRODUCTS_LAYOUT, toGrid(PRODUCTS_LAYOUT, rows));
  const target = columnAt(PRODUCTS_LAYOUT, 'target');
  await addDropdown(run, PRODUCTS_LAYOUT.sheet, 0, target, rows.length, TRACKING_CHOICES);
  expect(sim.getSheet('Products').validationList(1, target)).toEqual(['lot', 'série']);
  expect(sim.getSheet('Products').values('A1:E1')[0]).toEqual(['Référence interne', 'Article', 'Modèle', 'Suivi actuel', 'Suivi cible']);
  await sim.userEdit('Products', 'E2:E3', [['série'], ['lot']]);
  setWordsLanguage('en');
  const table = await readTable(run, PRODUCTS_LAYOUT.table, false);
  expect(readProductChoices(table.values, table.top).choices).toEqual([
    { productId: 3, target: 'serial', run: '' },
    { productId: 4, target: 'lot', run: '' },
  ]);
});

test('the Products selection gives its columns by id and its header row in our English words, whatever the sheet’s language', async () => {
  setWordsLanguage('fr');
  const sim = new ExcelSim();
  const run = simRunner(sim);
  await writeTable(run, PRODUCTS_LAYOUT, toGrid(PRODUCTS_LAYOUT, planProductsSheet([product(3, 'ACC-3')], [])));
  await sim.userEdit('Products', 'M1', 'Notes'); // a column of the user's, beside the table
  // nothing chosen: Odoo is not asked
  const selection = await readSelection({} as OdooClient, run);
  expect(selection.values[0].slice(0, 5)).toEqual(['Product reference', 'Product', 'Template', 'Current tracking', 'Target tracking']);
  expect(selection.values[0].map((h) => String(h).toLowerCase()).indexOf('run')).toBe(columnAt(PRODUCTS_LAYOUT, 'run'));
  expect(selection.columns.get('target')).toBe(columnAt(PRODUCTS_LAYOUT, 'target'));
  expect(sim.getSheet('Products').values('E1:E1')).toEqual([['Suivi cible']]);
});
