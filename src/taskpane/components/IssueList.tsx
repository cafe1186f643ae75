import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Issue } from '../../core/issues';
import { goToCell } from '../../app/focus';
import { useExcel } from '../excel-context';

/** Problems found by a check; a problem in a sheet links to its cell. */
export function IssueList({ issues, limit = 50 }: { issues: readonly Issue[]; limit?: number }) {
  const run = useExcel();
  if (!issues.length) return null;
  const errors = issues.filter((i) => i.severity === 'error').length;
  return (
    <div className="issues" data-testid="issues">
      <strong>
        {errors} error{errors === 1 ? '' : 's'}, {issues.length - errors} warning{issues.length - errors === 1 ? '' : 's'}
      </strong>
      <ul>
        {issues.slice(0, limit).map((issue, i) => (
          <li key={i} className={issue.severity}>
            {issue.cell ? (
              <Link as="button" aria-label={`Go to ${issue.cell}`} onClick={() => void goToCell(run, issue.cell!)}>
                {issue.cell}
              </Link>
            ) : null}{' '}
            {issue.message}
          </li>
        ))}
      </ul>
      {issues.length > limit && (
        <MessageBar>
          <MessageBarBody>… and {issues.length - limit} more, marked in the sheet.</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
