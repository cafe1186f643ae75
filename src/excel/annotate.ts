// Writes the core's verdicts back next to the data: a status and a message per row,
// coloured; in one sync when it fits Excel on the web's 5 MB request, else in blocks of rows.
import { columnLetter } from '../core/a1';
import { ExcelRunner } from './host';
import { COMMAND_BYTES, MAX_LIST_SOURCE, PAYLOAD_BUDGET, jsonBytes, rowBlocks } from './payload';

export const STATUS_COLORS: Record<string, string> = { OK: '#C6EFCE', Warning: '#FFEB9C', Error: '#FFC7CE' };

export interface ColumnWrite {
  column: number;
  values: (string | number | boolean)[];
}

/** Write whole columns of a table's body; `top`/`left` locate the table's header. */
export async function writeColumns(run: ExcelRunner, sheet: string, top: number, left: number, columns: ColumnWrite[], budget = PAYLOAD_BUDGET): Promise<void> {
  const rows = Math.max(0, ...columns.map((c) => c.values.length));
  // each row of a column is sent as [value]: its bytes plus the brackets and a comma
  const rowBytes = (i: number) => columns.reduce((sum, c) => sum + (i < c.values.length ? jsonBytes(c.values[i]) + 3 : 0), 0);
  const blocks = rowBlocks(rows, rowBytes, budget - COMMAND_BYTES * columns.length);
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const block of blocks) {
      for (const c of columns) {
        const count = Math.min(block.count, c.values.length - block.start);
        if (count <= 0) continue;
        ws.getRangeByIndexes(top + 1 + block.start, left + c.column, count, 1).values = c.values.slice(block.start, block.start + count).map((v) => [v]);
      }
      context.application.suspendApiCalculationUntilNextSync();
      await context.sync();
    }
  });
}

/**
 * Colour a status column by conditional formatting on the whole column, so the colours
 * follow the values as they change and as rows are added, with no write per row.
 */
export async function addStatusFormats(run: ExcelRunner, sheet: string, column: number): Promise<void> {
  await run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(0, column, 1, 1).getEntireColumn();
    range.conditionalFormats.clearAll();
    const letter = columnLetter(column);
    for (const [status, color] of Object.entries(STATUS_COLORS)) {
      const format = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
      format.custom.rule.formula = `=$${letter}1="${status}"`;
      format.custom.format.fill.color = color;
    }
    await context.sync();
  });
}

/** An in-cell dropdown for a column of a table body (its choices: at most 255 characters, as Excel allows). */
export async function addDropdown(run: ExcelRunner, sheet: string, top: number, column: number, rows: number, choices: readonly string[]): Promise<void> {
  const source = choices.join(',');
  if (source.length > MAX_LIST_SOURCE)
    throw new Error(`A dropdown's choices hold at most ${MAX_LIST_SOURCE} characters in Excel; these take ${source.length}.`);
  await run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(top + 1, column, Math.max(rows, 1), 1);
    range.dataValidation.clear();
    range.dataValidation.rule = { list: { inCellDropDown: true, source } };
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
