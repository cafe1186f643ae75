import { OdooUser, Quant } from '../../../src/core/model';
import { lineKey } from '../../../src/core/originals';
import { preflight } from '../../../src/core/preflight';
import { readProductChoices } from '../../../src/core/products-sheet';
import { reconcile } from '../../../src/core/reconcile';
import { currentLotQuantities, lotKey, lotsToCreate, pendingTargets } from '../../../src/core/restore-plan';
import { stageOf } from '../../../src/core/stage';
import { changesSincePlan, planZeroing, readZeroingSheet, summarizeZeroing, ZEROING_LAYOUT } from '../../../src/core/zeroing';
import { toGrid } from '../../../src/core/sheet-layout';
import { product, quant as quantAt } from './fixtures';

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
const quant = (productId: number, locationId: number, quantity: number, extra: Partial<Quant> = {}): Quant =>
  quantAt(productId, { id: locationId, name: locationId === 8 ? 'WH/Stock' : `WH/Stock/Shelf ${locationId}` }, quantity, extra);
const P1 = product(1, 'ACC-1');
const internal = (q: Quant) => ({ ...q, locationUsage: 'internal' });

describe('pre-flight', () => {
  const run = (overrides: Partial<Parameters<typeof preflight>[0]> = {}) =>
    preflight({ user: manager, products: [{ product: P1, target: 'serial' }], quants: [internal(quant(1, 8, 5))], reservations: [], ...overrides });

  test('a clean product passes', () => expect(run()).toEqual([]));
  test('a stock user cannot apply', () => expect(run({ user: { ...manager, isStockManager: false } })[0].message).toMatch(/not an Inventory Administrator/));
  test('the lots setting off: an administrator is offered to turn it on', () => {
    expect(run({ user: { ...manager, hasLotsFeature: false } })[0].message).toMatch(/the button below does it/);
    expect(run({ user: { ...manager, hasLotsFeature: false, isAdmin: false } })[0].message).toMatch(/Ask an administrator/);
  });
  test('archived, non-storable and already tracked products', () => {
    const messages = run({ products: [{ product: { ...P1, active: false, storable: false, tracking: 'lot' }, target: 'serial' }] }).map((i) => i.message);
    expect(messages).toEqual([
      expect.stringMatching(/not a storable/),
      expect.stringMatching(/archived/),
      expect.stringMatching(/already tracked by lot; .*Set its target tracking to lot/),
    ]);
  });
  test('a pending count would be swept in', () =>
    expect(run({ quants: [internal(quant(1, 8, 5, { pendingCount: { quantity: 7 } }))] })[0]).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/count of 7 at WH\/Stock/),
    }));
  test('a pending count of 0 is only a warning', () =>
    expect(run({ quants: [internal(quant(1, 8, 5, { pendingCount: { quantity: 0 } }))] })[0].severity).toBe('warning'));
  test('reserved stock lists the transfers', () =>
    expect(run({ quants: [internal(quant(1, 8, 5, { reserved: 2 }))], reservations: [{ productId: 1, reference: 'WH/OUT/00012' }] })[0].message).toMatch(
      /2 reserved by open transfers \(WH\/OUT\/00012\)/,
    ));
  test('an already-tracked product: its target is its tracking, and it needs stock without a lot', () => {
    const tracked = { ...P1, tracking: 'serial' as const };
    const withLots = [internal(quant(1, 8, 2, { lot: { id: 7, name: 'SN-1' } })), internal(quant(1, 8, 5))];
    expect(run({ products: [{ product: tracked, target: 'serial' }], quants: withLots })).toEqual([]);
    expect(run({ products: [{ product: tracked, target: 'lot' }], quants: withLots })[0].message).toMatch(
      /already tracked by serial.*Set its target tracking to serial/,
    );
    expect(run({ products: [{ product: tracked, target: 'serial' }], quants: [withLots[0]] })[0].message).toMatch(/holds no stock without a lot/);
    // stock in lots is not the run's: its reservations and counts do not stop it
    const busyLot = internal(quant(1, 8, 2, { lot: { id: 7, name: 'SN-1' }, reserved: 2, pendingCount: { quantity: 1 } }));
    expect(run({ products: [{ product: tracked, target: 'serial' }], quants: [busyLot, withLots[1]] })).toEqual([]);
  });
  test('serials need whole units', () => {
    const [issue] = run({ quants: [internal(quant(1, 8, 2.5))] });
    expect(issue).toMatchObject({
      severity: 'error',
      productId: 1,
      message: expect.stringMatching(/\[ACC-1\] Product ACC-1 has 2.5 Units at WH\/Stock: a serial number counts one whole unit/),
    });
    expect(run({ products: [{ product: P1, target: 'lot' }], quants: [internal(quant(1, 8, 2.5))] })).toEqual([]);
  });
  test('variants: a sibling with stock kept out is refused with its quantities and places; one target per template', () => {
    const m = { ...product(1, 'TS-M'), templateId: 50, templateName: 'T-shirt', variantCount: 2 };
    const l = { ...product(2, 'TS-L'), templateId: 50, templateName: 'T-shirt', variantCount: 2 };
    const quants = [internal(quant(1, 8, 5)), internal(quant(2, 8, 3)), internal(quant(2, 21, 2)), internal(quant(2, 22, 4, { lot: { id: 1, name: 'L1' } }))];
    const [kept] = run({ products: [{ product: m, target: 'serial' }], siblings: [l], quants });
    expect(kept).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/\[TS-L\].*variant of T-shirt.*holds 5 Units without a lot \(3 at WH\/Stock, 2 at WH\/Stock\/Shelf 21\)/),
    });
    expect(run({ products: [{ product: m, target: 'serial' }], siblings: [{ ...l, active: false }], quants })[0].message).toMatch(
      /\(archived\).*after unarchiving/,
    );
    expect(
      run({
        products: [
          { product: m, target: 'serial' },
          { product: l, target: 'serial' },
        ],
        quants,
      }),
    ).toEqual([]);
    expect(
      run({
        products: [
          { product: m, target: 'serial' },
          { product: l, target: 'lot' },
        ],
        quants,
      })[0].message,
    ).toMatch(/variants of one product, T-shirt.*one target tracking/);
    // a sibling without stock changes tracking harmlessly
    expect(run({ products: [{ product: m, target: 'serial' }], siblings: [l], quants: [quants[0]] })).toEqual([]);
  });
  test('negative quants are errors; transit stock is reported', () => {
    expect(run({ quants: [internal(quant(1, 8, -2))] })[0].message).toMatch(/negative quantity/);
    expect(run({ quants: [{ ...quant(1, 30, 4), locationUsage: 'transit' }] })[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/transit/),
    });
  });
});

describe('zeroing', () => {
  const products = new Map([[1, P1]]);
  test('plans every internal quant with stock, summarises units and value', () => {
    const lines = planZeroing([quant(1, 8, 40), quant(1, 21, 0), quant(1, 21, 12), quant(2, 8, 9)], products);
    expect(lines.map((l) => l.quant.quantity)).toEqual([40, 12]);
    expect(summarizeZeroing(lines)).toEqual({ products: 1, quants: 2, quantities: { Units: 52 }, value: 104 });
  });
  test('the sheet reads back, and changes since it was made are listed', () => {
    const lines = planZeroing([quant(1, 8, 40), quant(1, 21, 12)], products);
    const grid = toGrid(ZEROING_LAYOUT, lines);
    const planned = readZeroingSheet([grid.headers, ...grid.values]);
    expect(planned.map((p) => p.onHand)).toEqual([40, 12]);
    expect(changesSincePlan(planned, lines, new Set())).toEqual([]);
    const moved = [{ ...lines[0], quant: { ...lines[0].quant, quantity: 38 } }];
    expect(changesSincePlan(planned, moved, new Set())).toEqual([
      'ACC-1 at WH/Stock: 40 in the sheet, now 38 in Odoo',
      'ACC-1 at WH/Stock/Shelf 21: 12 in the sheet, now 0 in Odoo',
    ]);
    // Resuming: a quant this run already zeroed is expected to be gone.
    expect(changesSincePlan(planned, [lines[0]], new Set([lineKey(1, 21, null, null)]))).toEqual([]);
  });
});

test('product choices: lot/serial, plural forms, typos named by cell', () => {
  const values = [
    ['Product reference', 'Target tracking', 'Run', 'Product ID'],
    ['A', 'Serial ', '', 1],
    ['B', 'lots', '', 2],
    ['C', '', '', 3],
    ['D', 'serail', '', 4],
  ];
  const { choices, issues } = readProductChoices(values);
  expect(choices.map((c) => [c.productId, c.target])).toEqual([
    [1, 'serial'],
    [2, 'lot'],
  ]);
  expect(issues).toEqual([expect.objectContaining({ cell: 'Products!B5', message: 'Target tracking "serail" is not lot or serial.' })]);
});

test('restore plan: met targets are skipped, missing lots created once', () => {
  const key = lineKey(1, 8, null, null);
  const targets = ['SN1', 'SN2', 'SN3'].map((lot) => ({
    lineKey: key,
    productId: 1,
    locationId: 8,
    packageId: null,
    ownerId: null,
    companyId: 1,
    lot,
    quantity: 1,
    added: 1,
  }));
  const current = currentLotQuantities([quant(1, 8, 1, { lot: { id: 5, name: 'SN1' } })]);
  const pending = pendingTargets(targets, current);
  expect(pending.map((t) => t.lot)).toEqual(['SN2', 'SN3']);
  expect(lotsToCreate(pending, new Map([[lotKey(1, 1, 'SN2'), 6]]))).toEqual([{ productId: 1, companyId: 1, name: 'SN3', expiration: null }]);
  // a lot of another company does not serve; one shared by every company (18+) does
  expect(lotsToCreate(pending, new Map([[lotKey(1, 2, 'SN2'), 6]])).map((l) => l.name)).toEqual(['SN2', 'SN3']);
  expect(lotsToCreate(pending, new Map([[lotKey(1, null, 'SN2'), 6]])).map((l) => l.name)).toEqual(['SN3']);
});

test('reconcile: balanced when every line is back with lots and nothing untracked is left', () => {
  const originals = [
    {
      key: lineKey(1, 8, null, null),
      productId: 1,
      location: { id: 8, name: 'WH/Stock' },
      package: null,
      owner: null,
      company: null,
      quantity: 2,
      evidence: { references: ['z'], dates: [], moveLineIds: [] },
    },
  ];
  const ok = reconcile(originals, [quant(1, 8, 1, { lot: { id: 1, name: 'A' } }), quant(1, 8, 1, { lot: { id: 2, name: 'B' } })], new Map([[1, P1]]), ['r']);
  expect(ok.balanced).toBe(true);
  expect(ok.rows.map((r) => [r.location, r.original, r.restored, r.difference, r.lots])).toEqual([
    ['WH/Stock', 2, 2, 0, 2],
    ['', 2, 2, 0, 2],
  ]);
  const short = reconcile(originals, [quant(1, 8, 1, { lot: { id: 1, name: 'A' } }), quant(1, 8, 1)], new Map([[1, P1]]), []);
  expect(short.balanced).toBe(false);
  expect(short.rows[0]).toMatchObject({ difference: -1, untrackedLeft: 1 });
});

test('stages read from Odoo state', () => {
  expect(stageOf({ tracking: 'none', target: 'serial', untracked: 5, original: 0, restored: 0 })).toBe('to zero');
  expect(stageOf({ tracking: 'none', target: 'serial', untracked: 0, original: 5, restored: 0 })).toBe('zeroed');
  expect(stageOf({ tracking: 'serial', target: 'serial', untracked: 0, original: 5, restored: 0 })).toBe('retracked');
  expect(stageOf({ tracking: 'serial', target: 'serial', untracked: 0, original: 5, restored: 3 })).toBe('partly restored');
  expect(stageOf({ tracking: 'serial', target: 'serial', untracked: 0, original: 5, restored: 5 })).toBe('restored');
});
