// The Quants, Zeroing and Restore sheets at 100,000 rows on the strict Excel with Excel on
// the web's limits on (5 MB per request and per response): written, read back, a column of
// 100,000 serials pasted, statuses and messages written. Every sync has to fit; the test
// reports the syncs and the largest payloads.
import { ExcelSim, simRunner } from '../../../src/workbench/excel-sim';
import { PAYLOAD_LIMIT_BYTES } from '../../../src/workbench/excel-sim/payload';
import { QUANTS_LAYOUT } from '../../../src/core/quants-sheet';
import { ZEROING_LAYOUT, planZeroing, readZeroingSheet } from '../../../src/core/zeroing';
import { RESTORE_LAYOUT, planRestoreRows, readRestoreRows, restoreColumns } from '../../../src/core/restore-sheet';
import { toGrid } from '../../../src/core/sheet-layout';
import { OriginalLine, lineKey } from '../../../src/core/originals';
import { writeTable } from '../../../src/excel/write-table';
import { readTable } from '../../../src/excel/read-table';
import { writeColumns } from '../../../src/excel/annotate';
import { generateIntoSelection } from '../../../src/app/lot-entry-step';
import { PAYLOAD_BUDGET, jsonBytes } from '../../../src/excel/payload';
import { product, quant } from '../core/fixtures';

const N = 100_000;
const PRODUCTS = 100; // x 1,000 locations

jest.setTimeout(120_000);

const products = Array.from({ length: PRODUCTS }, (_, p) => product(p + 1, `FURN-${String(p).padStart(4, '0')}`));
const byId = new Map(products.map((p) => [p.id, p]));
const location = (l: number) => ({ id: 1000 + l, name: `WH/Stock/Aisle ${Math.floor(l / 100)}/Bin ${String(l).padStart(4, '0')}` });
const quants = Array.from({ length: N }, (_, i) => quant((i % PRODUCTS) + 1, location(Math.floor(i / PRODUCTS)), 1 + (i % 7), { id: i + 1 }));

/**
 * Every sync within the limit, and blocks that use it: no more syncs than the bytes moved
 * need at two thirds of the adapter's budget, plus the one that finds the table.
 */
function measured(sim: ExcelSim, step: string, moved: unknown) {
  const { largestRequestBytes, largestResponseBytes } = sim.stats;
  expect(largestRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  expect(largestResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  expect(sim.stats.syncs).toBeLessThanOrEqual(1 + Math.ceil(jsonBytes(moved) / ((PAYLOAD_BUDGET * 2) / 3)));
  console.log(
    `${step}: ${sim.stats.syncs} syncs, largest request ${(largestRequestBytes / 1e6).toFixed(2)} MB, response ${(largestResponseBytes / 1e6).toFixed(2)} MB`,
  );
  sim.resetStats();
}

test('Quants and Zeroing: 100,000 rows written and read back within Excel on the web limits', async () => {
  const sim = new ExcelSim();
  const run = simRunner(sim);
  const quantsGrid = toGrid(
    QUANTS_LAYOUT,
    quants.map((q) => ({ quant: q, product: byId.get(q.product.id)! })),
  );
  await writeTable(run, QUANTS_LAYOUT, quantsGrid);
  measured(sim, 'write Quants', quantsGrid.values);
  const read = await readTable(run, QUANTS_LAYOUT.table);
  measured(sim, 'read Quants', [read.values, read.numberFormats]);
  expect(read.values).toHaveLength(N + 1);
  expect(read.numberFormats).toHaveLength(N + 1);
  expect(read.values[N].slice(0, 3)).toEqual(['FURN-0099', 'Product FURN-0099', location(999).name]);

  const zeroingGrid = toGrid(ZEROING_LAYOUT, planZeroing(quants, byId));
  await writeTable(run, ZEROING_LAYOUT, zeroingGrid);
  measured(sim, 'write Zeroing', zeroingGrid.values);
  const zeroingTable = await readTable(run, ZEROING_LAYOUT.table, false);
  measured(sim, 'read Zeroing', zeroingTable.values);
  const zeroing = readZeroingSheet(zeroingTable.values);
  expect(zeroing).toHaveLength(N);
  expect(new Set(zeroing.map((z) => z.quantId)).size).toBe(N);
  expect(zeroing.reduce((s, z) => s + z.onHand, 0)).toBe(quants.reduce((s, q) => s + q.quantity, 0));
});

test('Restore: 100,000 serial rows, a pasted column of 100,000 serials, statuses and messages', async () => {
  const sim = new ExcelSim();
  const run = simRunner(sim);
  // 100 products x 10 locations x 100 units, each unit a row of its own
  const originals: OriginalLine[] = Array.from({ length: 1000 }, (_, i) => {
    const productId = (i % PRODUCTS) + 1;
    const loc = location(Math.floor(i / PRODUCTS));
    return {
      key: lineKey(productId, loc.id, null, null),
      productId,
      location: loc,
      package: null,
      owner: null,
      company: null,
      quantity: 100,
      evidence: { references: [`WH/INV/2026/${i}`], dates: ['2026-11-30 10:00:00'], moveLineIds: [i + 1] },
    };
  });
  const targets = new Map(products.map((p) => [p.id, { product: { ...p, tracking: 'serial' as const }, target: 'serial' as const }]));
  const plan = planRestoreRows(originals, targets);
  expect(plan).toHaveLength(N);
  const restoreGrid = toGrid(RESTORE_LAYOUT, plan);
  await writeTable(run, RESTORE_LAYOUT, restoreGrid);
  measured(sim, 'write Restore', restoreGrid.values);

  const header = (await readTable(run, RESTORE_LAYOUT.table, false, { budgetBytes: 100_000 })).values[0];
  sim.resetStats();
  const columns = restoreColumns(header);
  if (typeof columns === 'string') throw new Error(columns);
  const serials = Array.from({ length: N }, (_, i) => `SN-2026-${String(i).padStart(8, '0')}`);
  const letter = String.fromCharCode(65 + columns.lot);
  const pasted = await sim.userPaste(RESTORE_LAYOUT.sheet, `${letter}2`, serials.join('\n'));
  expect(pasted.rejected).toEqual([]);

  const table = await readTable(run, RESTORE_LAYOUT.table);
  measured(sim, 'read Restore', [table.values, table.numberFormats]);
  const rows = readRestoreRows(table.values, table.numberFormats, table.top, columns);
  expect(rows).toHaveLength(N);
  expect(rows[N - 1].lot).toBe(serials[N - 1]);
  expect(rows.every((r) => r.lotFormat === '@')).toBe(true);

  const statuses = rows.map((_, i) => (i % 1000 === 0 ? 'Error' : 'OK'));
  const messages = rows.map((r, i) =>
    i % 1000 === 0 ? `Row ${r.sheetRow + 1}: serial ${String(r.lot)} is already in stock at WH/Stock/Aisle 9/Bin 0999; each serial is one unit.` : '',
  );
  await writeColumns(run, RESTORE_LAYOUT.sheet, table.top, table.left, [
    { column: columns.status, values: statuses },
    { column: columns.message, values: messages },
  ]);
  measured(sim, 'write statuses and messages', [statuses, messages]);
  expect(sim.getSheet(RESTORE_LAYOUT.sheet).cell(N, table.left + columns.status).value).toBe('OK');
  expect(String(sim.getSheet(RESTORE_LAYOUT.sheet).cell(1, table.left + columns.message).value)).toMatch(/^Row 2: serial SN-2026-00000000/);

  // the fill tools rewrite the whole Lot/Serial column: 100,000 long generated names are more
  // than one request may carry, so they go in blocks too
  sim.resetStats();
  sim.select(RESTORE_LAYOUT.sheet, `${letter}2:${letter}${N + 1}`);
  const prefix = 'WAREHOUSE-NORTH-2026-BATCH-SERIAL-NUMBER-';
  const generated = await generateIntoSelection(run, { prefix, first: 1, padding: 8, step: 1, overwrite: true });
  expect(generated.names).toHaveLength(N);
  // it reads the whole table before it writes the column: the limits hold, the syncs are printed
  expect(sim.stats.largestRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  expect(sim.stats.largestResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  expect(jsonBytes(generated.names)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  console.log(`generate 100,000 long serials: ${sim.stats.syncs} syncs, largest request ${(sim.stats.largestRequestBytes / 1e6).toFixed(2)} MB`);
  expect(sim.getSheet(RESTORE_LAYOUT.sheet).cell(N, table.left + columns.lot).value).toBe(`${prefix}${String(N).padStart(8, '0')}`);
});
