import { lineKey, originalsOfRun } from '../../../src/core/originals';
import { adjustmentName, isMoveOfRun, newRunReference, parseRunMove } from '../../../src/core/run';
import { LOSS, SHELF, STOCK, move } from './fixtures';

const RUN = 'RA-20261123-ab12';
const zero = `${adjustmentName(RUN, 'zero')} (Administrator)`;

test('run references and move names', () => {
  expect(newRunReference(new Date('2026-11-23T10:00:00Z'), () => 0.6667)).toBe('RA-20261123-aaac');
  expect(isMoveOfRun('Lot reassign RA-20261123-ab12: zero (Mitchell Admin)', RUN, 'zero')).toBe(true);
  expect(isMoveOfRun('Lot reassign RA-20261123-ab12: zero', RUN, 'zero')).toBe(true);
  expect(isMoveOfRun('Lot reassign RA-20261123-ab12: zeroing', RUN, 'zero')).toBe(false);
  expect(isMoveOfRun('Lot reassign RA-20261123-ab12: restore (A)', RUN, 'zero')).toBe(false);
  expect(parseRunMove(zero)).toEqual({ run: RUN, phase: 'zero' });
  expect(parseRunMove('Product Quantity Updated (Administrator)')).toBeNull();
});

test('originals per product, location, package and owner; other history ignored', () => {
  const lines = [
    move(1, LOSS, STOCK, 100, 'Quantity Updated'), // the opening stock, long ago
    move(1, STOCK, LOSS, 40, zero),
    move(1, SHELF, LOSS, 5, zero, { package: { id: 3, name: 'PACK1' } }),
    move(1, SHELF, LOSS, 7, zero),
    move(1, SHELF, LOSS, 2, zero, { owner: { id: 9, name: 'Azure' } }),
    move(2, SHELF, LOSS, 12.35, zero),
    move(2, STOCK, LOSS, 1, 'Lot reassign RA-20261123-ffff: zero (Administrator)'), // another run
  ];
  const originals = originalsOfRun(lines, RUN);
  expect(Object.fromEntries(originals.map((o) => [o.key, o.quantity]))).toEqual({
    [lineKey(1, 8, null, null)]: 40,
    [lineKey(1, 21, 3, null)]: 5,
    [lineKey(1, 21, null, null)]: 7,
    [lineKey(1, 21, null, 9)]: 2,
    [lineKey(2, 21, null, null)]: 12.35,
  });
  expect(originals[0].evidence.references).toEqual([zero]);
});

test('a zeroing posted in two calls (a resumed run) adds up', () => {
  const originals = originalsOfRun([move(1, STOCK, LOSS, 30, zero), move(1, STOCK, LOSS, 10, zero)], RUN);
  expect(originals).toHaveLength(1);
  expect(originals[0].quantity).toBe(40);
  expect(originals[0].evidence.moveLineIds).toHaveLength(2);
});

test('tracked lines and non-inventory moves are not originals', () => {
  expect(originalsOfRun([move(1, STOCK, LOSS, 1, zero, { lot: { id: 1, name: 'SN1' } }), move(1, STOCK, LOSS, 1, zero, { isInventory: false })], RUN)).toEqual(
    [],
  );
});
