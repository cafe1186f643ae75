// A problem found by a check, tied to where the user can fix it.

export type Severity = 'error' | 'warning';

export interface Issue {
  severity: Severity;
  message: string;
  /** A1 address of the cell to fix, e.g. "Restore!H12", when the problem is in a sheet. */
  cell?: string;
  productId?: number;
  /** A difference the user accepted ("Accept difference"): counted without reading the message, which is in the user's language. */
  accepted?: true;
}

export const hasErrors = (issues: readonly Issue[]) => issues.some((i) => i.severity === 'error');

/** "Restore!H12: message" — the sheet, row and cell first, as the user looks for them. */
export function describeIssue(issue: Issue): string {
  return issue.cell ? `${issue.cell}: ${issue.message}` : issue.message;
}
