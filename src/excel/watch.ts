// Change events of sheets: the user's edits and pastes (the add-in's own writes are left
// out). Office removes a handler only in the context that added it, hence the runIn.
import { ExcelRunner, ExcelRunnerIn } from './host';

export interface SheetChange {
  sheet: string;
  /** The changed range, e.g. "C2:C40". */
  address: string;
}

export interface SheetWatch {
  stop(): Promise<void>;
}

/** Watch these sheets (those that exist); `onChange` gets each user change. */
export async function watchSheets(
  run: ExcelRunner,
  runIn: ExcelRunnerIn,
  sheets: readonly string[],
  onChange: (change: SheetChange) => void,
): Promise<SheetWatch> {
  const handlers = await run(async (context) => {
    const found = sheets.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name).load('isNullObject') }));
    await context.sync();
    const added = found
      .filter((f) => !f.sheet.isNullObject)
      .map((f) =>
        f.sheet.onChanged.add(async (event) => {
          // Our own writes (statuses, generated lots) come back as change events: not the user's.
          if (event.triggerSource === 'ThisLocalAddin') return;
          onChange({ sheet: f.name, address: event.address });
        }),
      );
    await context.sync();
    return added;
  });
  return {
    stop: async () => {
      if (!handlers.length) return;
      await runIn(handlers[0].context, async (context) => {
        for (const h of handlers) h.remove();
        await context.sync();
      });
      handlers.length = 0;
    },
  };
}
