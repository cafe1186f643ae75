// Our messages below the pane in French: the checks' findings keep their cell first and
// their numbers written the French way (2,5; 1 234,5), our errors are French around Odoo's
// own message, which passes through exactly as Odoo sent it.
import { cellAddress } from '../../../src/core/a1';
import { dateToSerial, readExpiryCell } from '../../../src/core/expiry-cells';
import { describeIssue } from '../../../src/core/issues';
import { readLotCell } from '../../../src/core/lot-cells';
import { OdooUser } from '../../../src/core/model';
import { OriginalLine, lineKey } from '../../../src/core/originals';
import { preflight } from '../../../src/core/preflight';
import { lotKey } from '../../../src/core/restore-plan';
import { RESTORE_LAYOUT, planRestoreRows, readRestoreRows, restoreColumns } from '../../../src/core/restore-sheet';
import { toGrid } from '../../../src/core/sheet-layout';
import { RestoreContext, validateRestore } from '../../../src/core/validate-restore';
import { FR_MESSAGES } from '../../../src/core/words/fr-messages';
import { FR_SHEETS } from '../../../src/core/words/fr-sheets';
import { setWordsLanguage } from '../../../src/core/words/translate';
import { answerLots, answerOnHand } from '../../../src/functions/answers';
import { CellError } from '../../../src/functions/function-errors';
import { fitForExcel } from '../../../src/functions/limits';
import { StockSource } from '../../../src/functions/stock-source';
import { OdooClient } from '../../../src/odoo/client';
import { OdooError, fromRpcError } from '../../../src/odoo/errors';
import { zeroQuants } from '../../../src/odoo/inventory';
import { FetchLike, JsonRpcTransport } from '../../../src/odoo/transport';
import { originalAtStock, product, quant } from './fixtures';

beforeEach(() => setWordsLanguage('fr'));
afterEach(() => setWordsLanguage('en'));

/** Any space Intl puts between thousands (U+202F in French). */
const SP = String.raw`[\s\u202f\u00a0]`;

describe('the Restore sheet’s validation', () => {
  const SERIAL = product(1, 'SER-1', 'serial');
  const LOT = product(2, 'LOT-1', 'lot', 0.01, 'kg');
  const original = (productId: number, quantity: number): OriginalLine => originalAtStock(productId, quantity, 'Lot reassign RA-20261123-ab12: zero');
  const ORIGINALS = [original(1, 3), original(2, 12.35)];
  const products = new Map([
    [1, { product: SERIAL, target: 'serial' as const }],
    [2, { product: LOT, target: 'lot' as const }],
  ]);
  const context = (overrides: Partial<RestoreContext> = {}): RestoreContext => ({
    originals: new Map(ORIGINALS.map((o) => [o.key, o])),
    products,
    lotStock: new Map(),
    defaultCompanyId: 1,
    valid: { locations: new Set([8]), packages: new Set(), owners: new Set() },
    ...overrides,
  });
  /** The planned sheet (LOT-1's row first, then SER-1's three), lots filled, one row's Qty changed. */
  function sheet(qtyRow: number, qty: unknown) {
    const grid = toGrid(RESTORE_LAYOUT, planRestoreRows(ORIGINALS, products));
    const columns = restoreColumns(grid.headers);
    if (typeof columns === 'string') throw new Error(columns);
    const values: unknown[][] = [grid.headers, ...grid.values.map((r) => [...r])];
    ['LOT-A', 'SN-1', 'SN-2', 'SN-3'].forEach((lot, i) => (values[i + 1][columns.lot] = lot));
    values[qtyRow + 1][columns.qty] = qty;
    return {
      rows: readRestoreRows(
        values,
        values.map((r) => r.map(() => '@')),
        0,
        columns,
      ),
      columns,
    };
  }

  test('a serial row of 2.5: the Qty cell first, then the French sentence with 2,5', () => {
    const { rows, columns } = sheet(2, 2.5);
    const v = validateRestore(rows, columns, context());
    const qtyCell = cellAddress(RESTORE_LAYOUT.sheet, rows[2].sheetRow, columns.qty);
    expect(v.targets).toEqual([]);
    expect(v.issues.map(describeIssue)).toContain(`${qtyCell}: Un numéro de série compte exactement 1 unité ; la quantité est 2,5.`);
    expect(v.messages[2]).toContain('Un numéro de série compte exactement 1 unité ; la quantité est 2,5.');
    // The line no longer adds up: the sums are French too.
    expect(v.issues.map((i) => i.message)).toContainEqual(
      expect.stringMatching(/^SER-1 à WH\/Stock : les lignes totalisent 4,5, la quantité d’origine était 3 \(écart 1,5\)\. .*dernière ligne 5\b/),
    );
  });

  test('a lot already holding 1234.5 here: a French warning with 1 234,5; an accepted difference is still counted', () => {
    const line = lineKey(2, 8, null, null);
    const { rows, columns } = sheet(0, 12.35);
    const v = validateRestore(rows, columns, context({ lotStock: new Map([[lotKey(2, 1, 'LOT-A'), [{ lineKey: line, quantity: 1234.5 }]]]) }));
    expect(v.issues.filter((i) => i.severity === 'warning').map((i) => i.message)).toEqual([
      expect.stringMatching(new RegExp(`^Le lot LOT-A a déjà 1${SP}234,5 ici dans Odoo ; la restauration y ajoute la quantité de cette ligne\\.$`)),
    ]);
    const short = sheet(0, 12);
    const rowsAccepted = short.rows.map((r, i) => (i === 0 ? { ...r, accept: 'oui' } : r));
    const accepted = validateRestore(rowsAccepted, short.columns, context());
    expect(accepted.summary).toMatchObject({ errors: 0, acceptedDifferences: 1 });
    expect(accepted.messages[0]).toMatch(/^LOT-1 à WH\/Stock : les lignes totalisent 12, la quantité d’origine était 12,35 \(écart -0,35\)\. Accepté\.$/);
  });
});

describe('the pre-flight', () => {
  const manager: OdooUser = {
    id: 2,
    name: 'Mitchell Admin',
    login: 'admin',
    companyId: 1,
    companies: [{ id: 1, name: 'YourCompany' }],
    isStockUser: true,
    isStockManager: true,
    isAdmin: true,
    hasLotsFeature: true,
  };
  const P1 = product(1, 'ACC-1');
  const at = (quantity: number) => ({ ...quant(1, { id: 8, name: 'WH/Stock' }, quantity), locationUsage: 'internal' });

  test('refuses a negative quantity and 2.5 units to restore by serial, in French with French numbers', () => {
    const issues = preflight({ user: manager, products: [{ product: P1, target: 'serial' }], quants: [at(-2.5), at(2.5)], reservations: [] });
    expect(issues.map((i) => [i.severity, i.message])).toEqual([
      ['error', '[ACC-1] Product ACC-1 a une quantité négative (-2,5) à WH/Stock. Corrigez-la d’abord dans Odoo.'],
      [
        'error',
        '[ACC-1] Product ACC-1 a 2,5 Units à WH/Stock : un numéro de série compte une unité entière, donc 2,5 ne peut pas être restauré en numéros de série. Corrigez la quantité dans Odoo, ou choisissez « lot ».',
      ],
    ]);
  });

  test('a user who is not an Inventory Administrator', () => {
    const [issue] = preflight({ user: { ...manager, isStockManager: false }, products: [], quants: [], reservations: [] });
    expect(issue.message).toBe(
      'Mitchell Admin n’est pas Administrateur de l’Inventaire dans Odoo, et ne peut donc ni appliquer d’ajustements d’inventaire ni modifier les articles.',
    );
  });
});

test('lot/serial hygiene: a number Excel made of a serial, and a non-breaking space, in French', () => {
  expect(readLotCell(12345)).toEqual({
    ok: false,
    problem:
      'Excel a changé le lot/numéro de série 12345 en nombre : des zéros en tête ont pu être perdus. Mettez la colonne des lots/numéros de série au format Texte et collez de nouveau les valeurs.',
  });
  expect(readLotCell('SN\u00a01')).toMatchObject({ ok: false, problem: expect.stringMatching(/^Le lot\/numéro de série contient une espace insécable/) });
  expect(readLotCell('')).toEqual({ ok: false, problem: 'Le lot/numéro de série est vide.' });
});

test('dates in a finding are written the French way; the date to type stays year first', () => {
  expect(readExpiryCell(dateToSerial('2027-03-15'), 'General')).toEqual({
    ok: false,
    problem:
      'La date d’expiration 46461 est un nombre, pas une date (comme date, ce serait le 15/03/2027). Saisissez la date sous la forme 2027-03-15, ou mettez la colonne au format date.',
  });
});

describe('Odoo gateway errors', () => {
  const proxyCut = JSON.stringify({
    jsonrpc: '2.0',
    id: null,
    error: { code: 502, message: 'x', data: { name: 'lot_reassign.proxy', message: 'Connexion coupée', delivered: null } },
  });

  test('a write whose reply was lost: French, naming the call, saying posting again is safe', async () => {
    let calls = 0;
    const fetchImpl: FetchLike = async () => {
      calls += 1;
      return { ok: false, status: 502, text: async () => proxyCut };
    };
    const transport = new JsonRpcTransport('/odoo', fetchImpl, undefined, { sleep: async () => undefined });
    const call = transport.call('object', 'execute_kw', ['db', 2, 'pw', 'stock.quant', 'action_apply_inventory', [[1]], {}]);
    await expect(call).rejects.toMatchObject({
      kind: 'uncertain',
      message:
        'Odoo a peut-être appliqué cette modification : Connexion coupée ; stock.quant.action_apply_inventory est peut-être parvenu à Odoo et n’a pas été renvoyé. Publier de nouveau est sans risque : l’étape relit d’abord Odoo, donc rien n’est publié deux fois.',
    });
    expect(calls).toBe(1);
  });

  test('a read that never reached Odoo: French, with the number of tries', async () => {
    const transport = new JsonRpcTransport(
      '/odoo',
      async () => {
        throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
      },
      undefined,
      { sleep: async () => undefined },
    );
    await expect(transport.call('object', 'execute_kw', ['db', 2, 'pw', 'stock.quant', 'search_read', [[]], {}])).rejects.toThrow(
      'Odoo est injoignable : Odoo est injoignable (stock.quant.search_read, 4 essais).',
    );
  });

  test("Odoo's own message passes through untouched inside our French sentence", () => {
    const odooText = "The serial number SN-1 has already been assigned: \n Product: [SER-1] Product, Serial Number: SN-1 (it's 100%)";
    const error = fromRpcError(
      { code: 200, message: 'Odoo Server Error', data: { name: 'odoo.exceptions.ValidationError', message: odooText } },
      'stock.lot.create',
    );
    expect(error).toBeInstanceOf(OdooError);
    expect(error.odooMessage).toBe(odooText);
    expect(error.userMessage).toBe(`Odoo a rejeté les données : ${odooText}`);
    const french = fromRpcError(
      { code: 200, message: 'x', data: { name: 'odoo.exceptions.UserError', message: 'Le numéro de série {lot} existe déjà.' } },
      'op',
    );
    expect(french.message).toBe('Odoo a refusé : Le numéro de série {lot} existe déjà.');
  });
});

test('progress step names, and a confirmation wizard Odoo answers instead of applying, in French', async () => {
  const progress: string[] = [];
  const quiet = { execute: async () => null } as unknown as OdooClient;
  await zeroQuants(quiet, [1, 2, 3], 'Lot reassign RA-1: zero', { batchSize: 2, onProgress: (p) => progress.push(`${p.step} ${p.done}/${p.total}`) });
  expect(progress).toEqual(['Mise à zéro 2/3', 'Mise à zéro 3/3']);
  const asking = {
    execute: async (_model: string, method: string) => (method === 'action_apply_inventory' ? { res_model: 'stock.track.confirmation' } : true),
  } as unknown as OdooClient;
  await expect(zeroQuants(asking, [1], 'Lot reassign RA-1: zero')).rejects.toThrow(
    'Odoo n’a pas appliqué l’ajustement : des articles suivis recevraient du stock sans lot/numéro de série. Rien de cet envoi n’a été appliqué ; vérifiez les articles dans Odoo et reprenez.',
  );
});

describe('custom functions’ errors', () => {
  test('an answer too big for Excel: French counts and size', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [`LOT-${String(i).padStart(8, '0')}`, 'WH/Stock/Shelf 1', 1.5, '2027-03-15']);
    const refused = fitForExcel(rows, 'Indiquez un emplacement.') as CellError;
    expect(refused).toBeInstanceOf(CellError);
    expect(refused.code).toBe('#VALUE!');
    expect(refused.message).toMatch(
      new RegExp(`^100${SP}000 lignes \\(\\d+,\\d Mo\\) : plus qu’Excel n’accepte d’une fonction \\(5 Mo\\)\\. Indiquez un emplacement\\.$`),
    );
  });

  test('=ODOO.LOTS answers under a French header row', async () => {
    const P = product(7, 'MILK', 'lot');
    const source = {
      resolveProducts: async () => [P],
      quantsOf: async () => new Map([[7, [quant(7, { id: 8, name: 'WH/Stock' }, 2.5, { lot: { id: 1, name: 'L1' } })]]]),
      expirationsOf: async () => new Map(),
    } as unknown as StockSource;
    expect(await answerLots(source, [{ product: 'MILK' }])).toEqual([
      [
        ['Lot/Série', 'Emplacement', 'Quantité', 'Date d’expiration'],
        ['L1', 'WH/Stock', 2.5, ''],
      ],
    ]);
  });

  test('before signing in, the cell says so in French', async () => {
    const source = new StockSource(() => null);
    await expect(answerOnHand(source, [{ product: 'ACC-1' }])).rejects.toThrow(new CellError('#N/A', 'Connectez-vous à Odoo dans le volet Office'));
  });
});

test('a text in both French tables (a header also used in a message) has one French', () => {
  const shared = Object.keys(FR_MESSAGES).filter((key) => key in FR_SHEETS);
  expect(shared.filter((key) => JSON.stringify(FR_SHEETS[key]) !== JSON.stringify(FR_MESSAGES[key]))).toEqual([]);
});
