// Live validation of the Restore sheet: every edit or paste is re-checked (debounced)
// against the Odoo context read at the last Validate, without calling Odoo again. The
// rows the change events name decide which product groups are checked again.
import { rowsOf } from '../core/a1';
import { Checked } from '../core/revalidate-restore';
import { RESTORE_LAYOUT } from '../core/restore-sheet';
import { RestoreContext, RestoreValidation } from '../core/validate-restore';
import { ExcelRunner, ExcelRunnerIn } from '../excel/host';
import { SheetChange, SheetWatch, watchSheets } from '../excel/watch';
import { checkRestoreSheet } from './restore-step';

export class LiveValidation {
  private watch: SheetWatch | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();
  /** The last check, and the sheet rows changed since (null: unknown, check every row). */
  private previous: Checked | null = null;
  private changedRows: Set<number> | null = new Set();
  /** Products checked again by the last live check; null when it was the whole sheet. */
  lastScope: ReadonlySet<number> | null = null;

  constructor(
    private readonly run: ExcelRunner,
    private readonly runIn: ExcelRunnerIn,
    private readonly context: RestoreContext,
    private readonly onResult: (result: RestoreValidation | Error) => void,
    private readonly delayMs = 400,
  ) {}

  async start(): Promise<void> {
    this.watch = await watchSheets(this.run, this.runIn, [RESTORE_LAYOUT.sheet], (change) => this.changed(change));
  }

  private changed(change: SheetChange): void {
    const rows = rowsOf(change.address);
    if (!rows || !this.changedRows) this.changedRows = null;
    else for (const r of rows) this.changedRows.add(r);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.running.then(() => this.check());
    }, this.delayMs);
  }

  private async check(): Promise<void> {
    try {
      const changedSheetRows = this.changedRows;
      this.changedRows = new Set();
      const { validation, checked } = await checkRestoreSheet(this.run, this.context, { previous: this.previous, changedSheetRows });
      this.previous = checked;
      this.lastScope = checked.products;
      this.onResult(validation);
    } catch (error) {
      this.previous = null;
      this.onResult(error as Error);
    }
  }

  /** Wait for a pending check (tests, and before a post). */
  async settle(): Promise<void> {
    while (this.timer) await new Promise((resolve) => setTimeout(resolve, this.delayMs / 4));
    await this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const watch = this.watch;
    this.watch = null;
    await watch?.stop();
  }
}
