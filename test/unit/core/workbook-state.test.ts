import { summarizeWorkbook } from '../../../src/core/workbook-state';
import { RESTORE_LAYOUT } from '../../../src/core/restore-sheet';

const header = (id: string) => RESTORE_LAYOUT.columns.find((c) => c.id === id)!.header;
const restoreHead = ['reference', 'product', 'location', 'package', 'owner', 'original', 'lot', 'qty', 'accept', 'status', 'message', 'line'].map(header);

test('counts what the stepper needs from each table; an empty table counts as none', () => {
  const state = summarizeWorkbook({
    quants: [
      ['Product reference', 'Product ID'],
      ['A', 1],
      ['A', 1],
      ['B', 2],
    ],
    products: {
      top: 0,
      values: [
        ['Product reference', 'Target tracking', 'Run', 'Product ID'],
        ['A', 'lot', 'RA-20261201-aaaa', 1],
        ['B', '', '', 2],
        ['C', 'box', '', 3],
      ],
    },
    restore: [
      restoreHead,
      ['A', 'a', 'WH', null, null, 4, 'L1', 4, null, 'OK', '', '1|8||'],
      ['A', 'a', 'WH', null, null, 4, '', 4, null, 'Error', 'Lot is blank', '1|9||'],
      ['A', 'a', 'WH', null, null, 4, 'L3', 4, null, null, null, '1|10||'],
    ],
    report: [['Product', 'Difference'], ['']],
  });
  expect(state).toEqual({
    quants: { rows: 3, products: 2 },
    products: { listed: 3, chosen: 1, errors: 1, runs: ['RA-20261201-aaaa'] },
    restore: { rows: 3, filled: 2, errors: 1, unchecked: 1 },
    report: null,
  });
});

test('a balanced report has every difference 0', () => {
  const report = (d: number) =>
    summarizeWorkbook({
      quants: null,
      products: null,
      restore: null,
      report: [
        ['Product', 'Difference'],
        ['A', 0],
        ['B', d],
      ],
    }).report;
  expect(report(0)).toEqual({ rows: 2, balanced: true });
  expect(report(0.5)).toEqual({ rows: 2, balanced: false });
});
