import { Quant } from '../../../src/core/model';
import { isWithin, onHand, parseProductArg } from '../../../src/core/onhand';
import { quant } from './fixtures';

const q = (productId: number, location: string, quantity: number, lot?: string): Quant =>
  quant(productId, { id: 1, name: location }, quantity, { lot: lot ? { id: 1, name: lot } : null });

test('product arguments: ids, #ids, references', () => {
  expect(parseProductArg(42)).toEqual({ kind: 'id', id: 42 });
  expect(parseProductArg('#42')).toEqual({ kind: 'id', id: 42 });
  expect(parseProductArg(' ACC-0001 ')).toEqual({ kind: 'code', code: 'ACC-0001' });
  expect(() => parseProductArg('')).toThrow(/empty/);
});

test('a location contains its children but not its look-alike siblings', () => {
  expect(isWithin('WH/Stock/Shelf 1', 'WH/Stock')).toBe(true);
  expect(isWithin('WH/Stock', 'WH/Stock')).toBe(true);
  expect(isWithin('WH/Stock2', 'WH/Stock')).toBe(false);
});

test('on hand sums a product over locations and lots', () => {
  const quants = [q(1, 'WH/Stock', 5), q(1, 'WH/Stock/Shelf 1', 2.5, 'L1'), q(2, 'WH/Stock', 100), q(1, 'WH2/Stock', 1)];
  expect(onHand(quants, 1)).toBe(8.5);
  expect(onHand(quants, 1, 'WH/Stock')).toBe(7.5);
  expect(onHand(quants, 1, 'WH/Stock', 'L1')).toBe(2.5);
  expect(onHand(quants, 3)).toBe(0);
});
