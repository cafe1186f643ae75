// Live re-validation of the Restore sheet after an edit or a paste: only the product
// groups the changed rows touch are checked again (every rule of validateRestore looks
// within one product: its lines' sums, its serials' uniqueness, its lots' stock); the
// other rows keep their verdicts. Anything that moved rows around (a sort, inserted or
// deleted rows) falls back to the whole sheet.
import { Issue } from './issues';
import { readLotCell } from './lot-cells';
import { RestoreColumns, RestoreSheetRow } from './restore-sheet';
import { RestoreContext, RestoreValidation, validateRestore, buildTargets } from './validate-restore';

export interface Checked {
  rows: readonly RestoreSheetRow[];
  validation: RestoreValidation;
}

export interface Revalidation extends Checked {
  /** Products checked again; null when the whole sheet was. */
  products: ReadonlySet<number> | null;
}

/** The group of a row: its product, or the row itself when it belongs to no original line. */
function groupOf(row: RestoreSheetRow, context: RestoreContext): string {
  const original = context.originals.get(row.line);
  return original ? `p${original.productId}` : `r${row.sheetRow}`;
}

export function revalidateRestore(
  previous: Checked | null,
  rows: readonly RestoreSheetRow[],
  changedSheetRows: ReadonlySet<number> | null,
  columns: RestoreColumns,
  context: RestoreContext,
): Revalidation {
  const whole = (): Revalidation => ({ rows, validation: validateRestore(rows, columns, context), products: null });
  if (!previous || !changedSheetRows || previous.rows.length !== rows.length) return whole();
  const touched = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const before = previous.rows[i];
    const now = rows[i];
    if (before.sheetRow !== now.sheetRow) return whole();
    if (changedSheetRows.has(now.sheetRow)) {
      touched.add(groupOf(before, context));
      touched.add(groupOf(now, context));
    } else if (before.line !== now.line) return whole();
  }
  if (!touched.size) return { ...previous, rows, products: new Set() };

  const members = rows.map((_, i) => i).filter((i) => touched.has(groupOf(rows[i], context)));
  const products = new Set([...touched].filter((g) => g.startsWith('p')).map((g) => Number(g.slice(1))));
  const originals = new Map([...context.originals].filter(([, o]) => products.has(o.productId)));
  const part = validateRestore(
    members.map((i) => rows[i]),
    columns,
    { ...context, originals },
  );

  const statuses = [...previous.validation.statuses];
  const messages = [...previous.validation.messages];
  members.forEach((i, k) => {
    statuses[i] = part.statuses[k];
    messages[i] = part.messages[k];
  });
  const memberCells = new Set(members.map((i) => rows[i].sheetRow));
  const kept = previous.validation.issues.filter((issue) => !isFromGroup(issue, products, memberCells, previous.rows));
  const issues: Issue[] = [...kept, ...part.issues];
  const sheetWide = issues.filter((i) => i.severity === 'error' && /!A1$/.test(i.cell ?? '')).length;
  const errors = statuses.filter((s) => s === 'Error').length + sheetWide;
  const warnings = statuses.filter((s) => s === 'Warning').length;
  const validation: RestoreValidation = {
    statuses,
    messages,
    issues,
    targets: errors
      ? []
      : buildTargets(
          rows,
          rows.map((r) => readLotCell(r.lot, r.lotFormat)),
          rows.map((r) => r.qty as number),
          context,
        ),
    summary: { ...previous.validation.summary, rows: rows.length, errors, warnings, acceptedDifferences: countAccepted(issues) },
  };
  return { rows, validation, products };
}

/** An issue belongs to a re-checked group when it names one of its products, or one of its rows. */
function isFromGroup(issue: Issue, products: ReadonlySet<number>, memberRows: ReadonlySet<number>, rows: readonly RestoreSheetRow[]): boolean {
  if (issue.productId !== undefined) return products.has(issue.productId);
  const row = Number(/(\d+)$/.exec(issue.cell ?? '')?.[1]) - 1;
  return memberRows.has(row) || !rows.some((r) => r.sheetRow === row);
}

function countAccepted(issues: readonly Issue[]): number {
  return issues.filter((i) => i.severity === 'warning' && i.accepted).length;
}
