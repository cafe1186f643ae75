import { Product, Quant } from '../../../src/core/model';
import { QUANTS_LAYOUT, isEmptyQuant, planQuantsSheet } from '../../../src/core/quants-sheet';
import { headerIndex, textLiteral, toGrid } from '../../../src/core/sheet-layout';
import { quant as quantAt } from './fixtures';

const product = (id: number, reference: string, rounding = 0.01): Product => ({
  id,
  templateId: id,
  templateName: 'Template',
  variantCount: 1,
  company: null,
  reference,
  name: `Product ${reference}`,
  barcode: '',
  tracking: 'none',
  storable: true,
  active: true,
  uom: { id: 1, name: rounding === 0.01 ? 'Units' : 'kg', rounding },
  cost: 1,
});
const quant = (id: number, productId: number, location: string, quantity: number, extra: Partial<Quant> = {}): Quant => ({
  ...quantAt(productId, { id: location.length, name: location }, quantity, extra),
  id,
});

const products = new Map([
  [1, product(1, 'ACC-0010')],
  [2, product(2, 'ACC-0002', 0.001)],
]);

test('rows are sorted by reference then location, and zeroed quants are dropped', () => {
  const { rows, summary } = planQuantsSheet(
    [quant(1, 1, 'WH/Stock/Shelf 2', 5), quant(2, 2, 'WH/Stock', 1.5), quant(3, 1, 'WH/Stock', 0), quant(4, 1, 'WH/Stock', 7)],
    products,
  );
  expect(rows.map((r) => [r.product.reference, r.quant.location.name])).toEqual([
    ['ACC-0002', 'WH/Stock'],
    ['ACC-0010', 'WH/Stock'],
    ['ACC-0010', 'WH/Stock/Shelf 2'],
  ]);
  expect(summary).toEqual({ rows: 3, products: 2, locations: 2 });
});

test('a zero quant with a reservation or a pending count is kept', () => {
  expect(isEmptyQuant(quant(1, 1, 'WH/Stock', 0, { reserved: 1 }))).toBe(false);
  expect(isEmptyQuant(quant(1, 1, 'WH/Stock', 0, { pendingCount: { quantity: 3 } }))).toBe(false);
});

test('a quant of a product that was not read is an error, not a silently missing row', () => {
  expect(() => planQuantsSheet([quant(1, 99, 'WH/Stock', 1)], products)).toThrow(/product 99/);
});

test('the grid has readable columns first, Odoo ids at the right, formats per UoM', () => {
  const { rows } = planQuantsSheet(
    [quant(10, 2, 'WH/Stock', 12.25, { package: { id: 5, name: 'PACK0000001' }, owner: { id: 9, name: 'Azure Interior' } })],
    products,
  );
  const grid = toGrid(QUANTS_LAYOUT, rows);
  const col = headerIndex(grid.headers);
  expect(grid.headers.slice(0, 3)).toEqual(['Product reference', 'Product', 'Location']);
  expect(QUANTS_LAYOUT.columns.findIndex((c) => c.technical)).toBeGreaterThan(col.get('uom')!);
  const row = grid.values[0];
  expect(row[col.get('package')!]).toBe('PACK0000001');
  expect(row[col.get('owner')!]).toBe('Azure Interior');
  expect(row[col.get('on hand')!]).toBe(12.25);
  expect(row[col.get('quant id')!]).toBe(10);
  expect(row[col.get('lot/serial')!]).toBe('');
  expect(grid.formats[col.get('on hand')!]).toEqual(['#,##0.000']);
  expect(grid.formats[col.get('lot/serial')!]).toBe('@');
});

test('text that Excel would turn into a number, date or formula is written as a literal', () => {
  expect(textLiteral('00123')).toBe("'00123");
  expect(textLiteral('=SUM(A1)')).toBe("'=SUM(A1)");
  expect(textLiteral('+1')).toBe("'+1");
  expect(textLiteral('@home')).toBe("'@home");
  expect(textLiteral('2024-03-05')).toBe("'2024-03-05");
  expect(textLiteral('1.5E3')).toBe("'1.5E3");
  expect(textLiteral('SN-0001')).toBe('SN-0001');
  expect(textLiteral('WH/Stock')).toBe('WH/Stock');
});
