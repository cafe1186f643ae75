// Writes the core's verdicts back next to the data: a status and a message per row,
// coloured; in one sync when it fits Excel on the web's 5 MB request, else in blocks of rows.
import { columnLetter } from '../core/a1';
import { statusTexts } from '../core/restore-sheet';
import { _t, translated } from '../core/words/translate';
import { ExcelRunner } from './host';
import { COMMAND_BYTES, MAX_LIST_SOURCE, PAYLOAD_BUDGET, jsonBytes, rowBlocks } from './payload';

/** Each verdict's fill; the rule matches the verdict in every language, so a workbook keeps its colours in the other one. */
export const STATUS_COLORS = { OK: '#C6EFCE', Warning: '#FFEB9C', Error: '#FFC7CE' } as const;

export interface ColumnWrite {
  column: number;
  /** null leaves the cell as it is (Office.js's meaning of null in `values`). */
  values: (string | number | boolean | null)[];
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
    const texts = statusTexts();
    for (const [status, color] of Object.entries(STATUS_COLORS)) {
      const words = [...new Set(texts[status as keyof typeof STATUS_COLORS])];
      const tests = words.map((w) => `$${letter}1="${w.replace(/"/g, '""')}"`);
      const format = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
      // Excel compares text case-blind, as the reading does; formulas keep English function names in every locale
      format.custom.rule.formula = tests.length > 1 ? `=OR(${tests.join(',')})` : `=${tests[0]}`;
      format.custom.format.fill.color = color;
    }
    await context.sync();
  });
}

/**
 * An in-cell dropdown for a column of a table body (its choices: at most 255 characters, as
 * Excel allows). Choices are our English words (marked with `_lt`), offered in the user's language.
 */
export async function addDropdown(run: ExcelRunner, sheet: string, top: number, column: number, rows: number, choices: readonly string[]): Promise<void> {
  const source = choices.map((c) => translated(c)).join(',');
  if (source.length > MAX_LIST_SOURCE)
    throw new Error(_t('A dropdown’s choices hold at most {max} characters in Excel; these take {length}.', { max: MAX_LIST_SOURCE, length: source.length }));
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
