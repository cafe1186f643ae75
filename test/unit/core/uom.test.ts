import { decimalsOf, fitsRounding, isZero, numberFormatFor, roundTo } from '../../../src/core/uom';

test.each([
  [1, 0, '#,##0'],
  [0.01, 2, '#,##0.00'],
  [0.001, 3, '#,##0.000'],
  [0.5, 1, '#,##0.0'],
])('rounding %p has %p decimals and format %p', (rounding, decimals, format) => {
  expect(decimalsOf(rounding)).toBe(decimals);
  expect(numberFormatFor(rounding)).toBe(format);
});

test('rounds half up to the rounding, as Odoo does', () => {
  expect(roundTo(12.375, 0.01)).toBe(12.38);
  expect(roundTo(-12.375, 0.01)).toBe(-12.38);
  expect(roundTo(0.1 + 0.2, 0.01)).toBe(0.3);
  expect(isZero(0.004, 0.01)).toBe(true);
  expect(isZero(0.005, 0.01)).toBe(false);
  expect(fitsRounding(1.25, 0.01)).toBe(true);
  expect(fitsRounding(1.255, 0.01)).toBe(false);
});
