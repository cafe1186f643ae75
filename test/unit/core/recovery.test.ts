import { lineKey } from '../../../src/core/originals';
import { recoverOriginals, stillAtZero } from '../../../src/core/recovery';
import { LOSS, SHELF, STOCK, move } from './fixtures';

const VENDOR: [number, string, string] = [4, 'Partners/Vendors', 'supplier'];
const CUSTOMER: [number, string, string] = [5, 'Partners/Customers', 'customer'];
const at = (date: string) => ({ date: `2026-11-${date} 09:00:00` });

test('replays receipts, deliveries and older adjustments; the zeroing gives the original', () => {
  const lines = [
    move(1, VENDOR, STOCK, 50, 'WH/IN/00001', { ...at('01'), isInventory: false }),
    move(1, STOCK, CUSTOMER, 8, 'WH/OUT/00003', { ...at('05'), isInventory: false }),
    move(1, STOCK, LOSS, 2, 'Quantity Updated (Mitchell Admin)', at('10')), // a recount down: not a zeroing
    move(1, STOCK, LOSS, 40, 'Product Quantity Updated (Mitchell Admin)', at('20')),
  ];
  const [line] = recoverOriginals(lines);
  expect(line).toMatchObject({ key: lineKey(1, 8, null, null), quantity: 40, doubts: [], zeroedAt: '2026-11-20 09:00:00', untrackedNow: 0 });
});

test('shelves zeroed on different days, a package and an owner are separate places', () => {
  const lines = [
    move(1, LOSS, SHELF, 7, 'Opening', at('01')),
    move(1, LOSS, SHELF, 5, 'Opening', { ...at('01'), resultPackage: { id: 3, name: 'PACK1' } }),
    move(1, LOSS, STOCK, 2, 'Opening', { ...at('01'), owner: { id: 9, name: 'Azure' } }),
    move(1, SHELF, LOSS, 7, 'Quantity Updated', at('23')),
    move(1, SHELF, LOSS, 5, 'Quantity Updated', { ...at('23'), package: { id: 3, name: 'PACK1' } }),
    move(1, STOCK, LOSS, 2, 'Cycle count', { ...at('24'), owner: { id: 9, name: 'Azure' } }),
  ];
  const got = Object.fromEntries(recoverOriginals(lines).map((r) => [r.key, r.quantity]));
  expect(got).toEqual({ [lineKey(1, 21, null, null)]: 7, [lineKey(1, 21, 3, null)]: 5, [lineKey(1, 8, null, 9)]: 2 });
});

test('ambiguous history is flagged: zeroed twice, stock arriving later, negative stock', () => {
  const lines = [
    move(1, LOSS, STOCK, 5, 'Opening', at('01')),
    move(1, STOCK, LOSS, 5, 'Zero 1', at('02')),
    move(1, VENDOR, STOCK, 3, 'WH/IN/00002', { ...at('03'), isInventory: false }),
    move(1, STOCK, LOSS, 3, 'Zero 2', at('04')),
    move(1, VENDOR, STOCK, 1, 'WH/IN/00003', { ...at('05'), isInventory: false }),
  ];
  const [line] = recoverOriginals(lines);
  expect(line.quantity).toBe(3);
  expect(line.doubts).toEqual([
    expect.stringMatching(/zeroed 2 times \(2026-11-02: 5, 2026-11-04: 3\)/),
    expect.stringMatching(/arrived here after the zeroing \(1 by WH\/IN\/00003/),
  ]);
  expect(stillAtZero([line], new Map())).toEqual([]);
  const negative = recoverOriginals([
    move(2, LOSS, STOCK, 5, 'Opening', at('01')),
    move(2, STOCK, LOSS, 5, 'Zero', at('02')),
    move(2, STOCK, CUSTOMER, 1, 'WH/OUT/9', { ...at('03'), isInventory: false }),
  ]);
  expect(negative[0].doubts.join(' ')).toMatch(/negative untracked quantity here now \(-1\)/);
});

test('restored with lots: not still at zero; lot moves never count as originals', () => {
  const lines = [
    move(1, LOSS, STOCK, 2, 'Opening', at('01')),
    move(1, STOCK, LOSS, 2, 'Zero', at('02')),
    move(1, LOSS, STOCK, 1, 'Restore', { ...at('03'), lot: { id: 1, name: 'SN1' } }),
  ];
  const recovered = recoverOriginals(lines);
  expect(recovered).toHaveLength(1);
  expect(stillAtZero(recovered, new Map([[lineKey(1, 8, null, null), 1]]))).toEqual([]);
  expect(stillAtZero(recovered, new Map())).toHaveLength(1);
});
