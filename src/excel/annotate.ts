// Writes the core's verdicts back next to the data: a status and a message per row,
// coloured, in one sync whatever the number of rows.
import { ExcelRunner } from './host';

export const STATUS_COLORS: Record<string, string> = { OK: '#C6EFCE', Warning: '#FFEB9C', Error: '#FFC7CE' };

export interface ColumnWrite {
  column: number;
  values: (string | number | boolean)[];
}

/**
 * Write whole columns of a table's body at once. `top`/`left` locate the table's header;
 * colours follow the status column so the user sees errors while scrolling.
 */
export async function writeColumns(run: ExcelRunner, sheet: string, top: number, left: number, columns: ColumnWrite[], statusColumn?: number): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const c of columns) {
      if (!c.values.length) continue;
      const range = ws.getRangeByIndexes(top + 1, left + c.column, c.values.length, 1);
      range.values = c.values.map((v) => [v]);
      if (c.column === statusColumn) {
        range.format.fill.clear();
        // One fill command per run of equal statuses, not one per row.
        let start = 0;
        for (let i = 1; i <= c.values.length; i++) {
          if (i === c.values.length || c.values[i] !== c.values[start]) {
            const color = STATUS_COLORS[String(c.values[start])];
            if (color && c.values[start] !== 'OK') ws.getRangeByIndexes(top + 1 + start, left + c.column, i - start, 1).format.fill.color = color;
            start = i;
          }
        }
      }
    }
    context.application.suspendApiCalculationUntilNextSync();
    await context.sync();
  });
}

/** An in-cell dropdown for a column of a table body. */
export async function addDropdown(run: ExcelRunner, sheet: string, top: number, column: number, rows: number, choices: readonly string[]): Promise<void> {
  await run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(top + 1, column, Math.max(rows, 1), 1);
    range.dataValidation.clear();
    range.dataValidation.rule = { list: { inCellDropDown: true, source: choices.join(',') } };
    await context.sync();
  });
}

/** Show the user a cell: activate its sheet and select it. */
export async function selectCell(run: ExcelRunner, address: string): Promise<void> {
  await run(async (context) => {
    const [sheet, cell] = address.includes('!') ? address.split('!') : ['', address];
    const ws = sheet ? context.workbook.worksheets.getItem(sheet.replace(/^'|'$/g, '')) : context.workbook.worksheets.getActiveWorksheet();
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
