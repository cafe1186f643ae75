import { listRuns } from '../../../src/core/run-list';

test('runs from Odoo moves and the workbook, newest first, half-done ones flagged', () => {
  const runs = listRuns(
    [
      { reference: 'Lot reassign RA-20261120-aaaa: zero (Mitchell Admin)', productId: 3, date: '2026-11-20 10:00:00' },
      { reference: 'Lot reassign RA-20261120-aaaa: zero', productId: 2, date: '2026-11-20 10:00:01' },
      { reference: 'Lot reassign RA-20261120-aaaa: restore', productId: 2, date: '2026-11-21 09:00:00' },
      { reference: 'Lot reassign RA-20261125-bbbb: zero', productId: 7, date: '2026-11-25 08:00:00' },
      { reference: 'Product Quantity Updated', productId: 7, date: '2026-11-26 08:00:00' },
    ],
    ['RA-20261125-bbbb', 'RA-20261201-cccc'],
  );
  expect(runs.map((r) => [r.run, r.phases.join('+'), r.productIds.join(','), r.inWorkbook, r.halfDone])).toEqual([
    ['RA-20261201-cccc', '', '', true, false],
    ['RA-20261125-bbbb', 'zero', '7', true, true],
    ['RA-20261120-aaaa', 'zero+restore', '2,3', false, false],
  ]);
  expect(runs[2].lastMove).toBe('2026-11-21 09:00:00');
});
