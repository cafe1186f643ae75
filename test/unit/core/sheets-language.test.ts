// The sheets in English and French: columns are found by id whatever their headers' language,
// our words in cells (tracking, status) are written in the current language and read in either.
import { lineKey, OriginalLine } from '../../../src/core/originals';
import { PRODUCTS_LAYOUT, planProductsSheet, readProductChoices, trackingIn } from '../../../src/core/products-sheet';
import { QUANTS_LAYOUT } from '../../../src/core/quants-sheet';
import { REPORT_LAYOUT } from '../../../src/core/reconcile';
import { RESTORE_LAYOUT, planRestoreRows, readRestoreRows, restoreColumns, statusIn, statusText } from '../../../src/core/restore-sheet';
import { SheetLayout, columnIndex, findColumns, toGrid } from '../../../src/core/sheet-layout';
import { planSplit } from '../../../src/core/split';
import { summarizeWorkbook } from '../../../src/core/workbook-state';
import { everyLanguage, setWordsLanguage } from '../../../src/core/words/translate';
import { ZEROING_LAYOUT, planZeroing, readZeroingSheet } from '../../../src/core/zeroing';
import { readPackingList } from '../../../src/core/lot-entry';
import { product, quant } from './fixtures';

afterEach(() => setWordsLanguage('en'));

const LAYOUTS = [PRODUCTS_LAYOUT, QUANTS_LAYOUT, ZEROING_LAYOUT, RESTORE_LAYOUT, REPORT_LAYOUT] as SheetLayout<unknown>[];
const P1 = product(1, 'ACC-1', 'none');
const original: OriginalLine = {
  key: lineKey(1, 8, null, null),
  productId: 1,
  location: { id: 8, name: 'WH/Stock' },
  package: null,
  owner: null,
  company: null,
  quantity: 4,
  evidence: { references: ['Z/1'], dates: ['2026-11-23 10:00:00'], moveLineIds: [7] },
  doubts: ['Two moves on one day.'],
};

/** A table as Excel gives it back: the header row first. */
const table = <Row>(layout: SheetLayout<Row>, rows: Row[]) => {
  const grid = toGrid(layout, rows);
  return [grid.headers, ...grid.values];
};

test('every column of every sheet has one id, and no header text, in any language, names two columns', () => {
  for (const layout of LAYOUTS) {
    const ids = layout.columns.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const owner = new Map<string, string>();
    for (const c of layout.columns)
      for (const text of everyLanguage(c.header)) {
        const key = text.toLowerCase();
        expect({ layout: layout.table, text, column: owner.get(key) ?? c.id }).toEqual({ layout: layout.table, text, column: c.id });
        owner.set(key, c.id);
      }
  }
});

test('in French, the sheets are written with French headers and words; sheet and table names stay', () => {
  setWordsLanguage('fr');
  const products = table(PRODUCTS_LAYOUT, [{ ...planProductsSheet([P1], [quant(1, { id: 8, name: 'WH/Stock' }, 4)])[0], target: 'serial' }]);
  expect(products[0].slice(0, 5)).toEqual(['Référence interne', 'Article', 'Modèle', 'Suivi actuel', 'Suivi cible']);
  expect(products[1].slice(3, 5)).toEqual(['aucun', 'série']);
  const restore = table(RESTORE_LAYOUT, planRestoreRows([original], new Map([[1, { product: P1, target: 'lot' as const }]])));
  expect(restore[0]).toContain('Lot/Série');
  expect(restore[1][restore[0].indexOf('Preuves')]).toBe('23/11/2026 10:00 · Z/1 · lignes de mouvement 7 · À VÉRIFIER : Two moves on one day.');
  expect([PRODUCTS_LAYOUT.sheet, RESTORE_LAYOUT.table]).toEqual(['Products', 'Restore']);
  expect(statusText('Error')).toBe('Erreur');
});

test('a Products sheet made in French reads back by id, in French and after switching to English', () => {
  setWordsLanguage('fr');
  const rows = planProductsSheet([P1, product(2, 'ACC-2'), product(3, 'ACC-3')], []);
  const values = table(PRODUCTS_LAYOUT, [{ ...rows[0], target: 'serial', run: 'RA-1' }, { ...rows[1], target: 'lot', run: 'RA-1' }, rows[2]]);
  // the user moved the columns around and typed another spelling in the last row
  const order = [10, 4, 9, 0, 1];
  const moved = values.map((r) => order.map((c) => r[c]));
  moved[3][1] = ' Lots ';
  const expected = [
    { productId: 1, target: 'serial', run: 'RA-1' },
    { productId: 2, target: 'lot', run: 'RA-1' },
    { productId: 3, target: 'lot', run: '' },
  ];
  expect(readProductChoices(moved)).toEqual({ choices: expected, issues: [] });
  setWordsLanguage('en');
  expect(readProductChoices(moved)).toEqual({ choices: expected, issues: [] });
  moved[2][1] = 'boîte';
  expect(readProductChoices(moved, 0).issues).toEqual([{ severity: 'error', cell: 'Products!B3', message: 'Target tracking "boîte" is not lot or serial.' }]);
});

test('an English Restore sheet reads in French, a French one in English, with the same columns and rows', () => {
  const products = new Map([[1, { product: P1, target: 'lot' as const }]]);
  const english = table(RESTORE_LAYOUT, planRestoreRows([original], products));
  setWordsLanguage('fr');
  const french = table(RESTORE_LAYOUT, planRestoreRows([original], products));
  expect(french[0]).not.toEqual(english[0]);
  const fromEnglish = restoreColumns(english[0]);
  expect(typeof fromEnglish).toBe('object');
  expect(restoreColumns(french[0])).toEqual(fromEnglish);
  setWordsLanguage('en');
  expect(restoreColumns(french[0])).toEqual(fromEnglish);
  // the French yes in Accept difference reads as the yes the check knows
  const columns = fromEnglish as Exclude<typeof fromEnglish, string>;
  french[1][columns.accept] = 'Oui';
  expect(readRestoreRows(french, [], 0, columns)[0]).toMatchObject({ line: original.key, reference: 'ACC-1', accept: 'yes', qty: 4 });
  // a lot row written "lot" in French splits in English
  const tracking = columnIndex(RESTORE_LAYOUT.columns, french[0]).get('tracking')!;
  french[1][columns.qty] = 1;
  expect(planSplit(french.slice(1), 0, { ...columns, tracking })).toMatchObject({ insertAt: 1, remaining: 3 });
});

test('a lost column is named in the user’s language, with its table', () => {
  const headers = table(RESTORE_LAYOUT, [])[0].filter((h) => h !== 'Qty' && h !== 'Status');
  expect(restoreColumns(headers)).toBe('The Restore table has lost its "Qty", "Status" columns; recreate the sheet.');
  setWordsLanguage('fr');
  expect(restoreColumns(headers)).toBe('Le tableau Restore a perdu ses colonnes "Qté", "Statut" ; recréez la feuille.');
  expect(findColumns(PRODUCTS_LAYOUT, ['Suivi cible', 'Exécution'], ['target', 'productId', 'run'])).toBe(
    'Le tableau Products a perdu sa colonne "ID article" ; recréez la feuille.',
  );
});

test('headers are recognised trimmed, case-blind, with either apostrophe', () => {
  expect(columnIndex(RESTORE_LAYOUT.columns, ['  LOT/SÉRIE ', "accepter l'écart", 'qty']).get('accept')).toBe(1);
  expect(columnIndex(RESTORE_LAYOUT.columns, ['  LOT/SÉRIE ', "accepter l'écart", 'qty']).get('lot')).toBe(0);
  expect(columnIndex(RESTORE_LAYOUT.columns, ['Not ours']).size).toBe(0);
});

test('statuses and trackings are read in either language, whatever the current one', () => {
  for (const lang of ['en', 'fr'] as const) {
    setWordsLanguage(lang);
    expect(['Erreur', 'error', ' Avertissement', 'OK', 'Warning', '', 'Fail'].map(statusIn)).toEqual([
      'Error',
      'Error',
      'Warning',
      'OK',
      'Warning',
      null,
      null,
    ]);
    expect(['série', 'Serial', 'lot', 'aucun', 'numéro de série', 'box'].map(trackingIn)).toEqual(['serial', 'serial', 'lot', 'none', 'serial', null]);
  }
});

test('the Zeroing sheet made in French reads back in English with the same plan', () => {
  const products = new Map([[1, P1]]);
  const lines = planZeroing([quant(1, { id: 8, name: 'WH/Stock' }, 40)], products);
  const english = readZeroingSheet(table(ZEROING_LAYOUT, lines));
  setWordsLanguage('fr');
  const values = table(ZEROING_LAYOUT, lines);
  expect(values[0][0]).toBe('Référence interne');
  expect(readZeroingSheet(values)).toEqual([{ ...english[0], label: 'ACC-1 à WH/Stock' }]);
  setWordsLanguage('en');
  expect(readZeroingSheet(values)).toEqual(english);
});

test('the stepper’s summary of a French workbook is the same as of an English one', () => {
  const make = () => {
    const restore = table(RESTORE_LAYOUT, planRestoreRows([original], new Map([[1, { product: P1, target: 'serial' as const }]])));
    const status = columnIndex(RESTORE_LAYOUT.columns, restore[0]).get('status')!;
    restore[1][status] = statusText('Error');
    restore[2][status] = statusText('OK');
    return {
      quants: [
        ['Product ID', 'x'],
        [1, 'a'],
      ] as unknown[][],
      products: { top: 0, values: table(PRODUCTS_LAYOUT, [{ ...planProductsSheet([P1], [])[0], target: 'lot', run: 'RA-1' }]) },
      restore,
      report: table(REPORT_LAYOUT, []),
    };
  };
  const english = summarizeWorkbook(make());
  expect(english.restore).toEqual({ rows: 4, filled: 0, errors: 1, unchecked: 2 });
  setWordsLanguage('fr');
  const french = make();
  french.quants = [
    ['ID article', 'x'],
    [1, 'a'],
  ];
  expect(summarizeWorkbook(french)).toEqual(english);
  setWordsLanguage('en');
  expect(summarizeWorkbook(french)).toEqual(english);
});

test('a packing list with French headers, or a copy of our French Restore sheet, is read', () => {
  const list = [
    ['Article', 'Numéro de série', 'Quantité', 'DLC'],
    ['ACC-1', 'SN-1', 1, '2027-01-31'],
  ];
  expect(readPackingList('Colisage', list).items).toEqual([{ reference: 'ACC-1', lot: 'SN-1', qty: 1, expiration: '2027-01-31', cell: 'Colisage!B2' }]);
  const copy = [
    ['Référence interne', 'Article', 'Lot/Série', 'Qté'],
    ['ACC-1', 'Product ACC-1', 'L-7', 2],
  ];
  expect(readPackingList('Copie', copy).items).toEqual([{ reference: 'ACC-1', lot: 'L-7', qty: 2, cell: 'Copie!C2' }]);
});

test('the Evidence text: Odoo’s dates to the minute, ISO in English, day first in French', () => {
  const rows = planRestoreRows([original], new Map([[1, { product: P1, target: 'lot' as const }]]));
  const evidence = () => {
    const values = table(RESTORE_LAYOUT, rows);
    return values[1][columnIndex(RESTORE_LAYOUT.columns, values[0]).get('evidence')!];
  };
  expect(evidence()).toBe('2026-11-23 10:00 · Z/1 · move lines 7 · CHECK: Two moves on one day.');
  setWordsLanguage('fr');
  expect(evidence()).toBe('23/11/2026 10:00 · Z/1 · lignes de mouvement 7 · À VÉRIFIER : Two moves on one day.');
});
