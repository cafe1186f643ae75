import { Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { Issue } from '../../core/issues';
import { goToCell } from '../../app/focus';
import { useExcel } from '../excel-context';
import { usePaneLook } from '../pane-look';

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingLeft: 0,
    listStyleType: 'none',
    maxHeight: '240px',
    overflow: 'auto',
    fontSize: tokens.fontSizeBase200,
  },
  item: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'baseline' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  icon: { flexShrink: 0, alignSelf: 'center' },
});

/** Problems found by a check; a problem in a sheet links to its cell. Severity is said in words and an icon, not by colour alone. */
/**
 * `live`: the list stays in the page while empty, so its count (a polite live region) is said
 * when a check finds problems (a region added together with its text is not read).
 */
export function IssueList({ issues, limit = 50, live = false }: { issues: readonly Issue[]; limit?: number; live?: boolean }) {
  const run = useExcel();
  const styles = useStyles();
  const { t } = usePaneLook();
  if (!issues.length && !live) return null;
  const errors = issues.filter((i) => i.severity === 'error').length;
  return (
    <div className="issues" data-testid="issues">
      <div role="status" aria-live="polite">
        {issues.length > 0 && (
          <strong>
            {t('errorCount', { count: errors })}, {t('warningCount', { count: issues.length - errors })}
          </strong>
        )}
      </div>
      {issues.length > 0 && (
        <ul className={styles.list}>
          {issues.slice(0, limit).map((issue, i) => {
            const error = issue.severity === 'error';
            return (
              <li key={i} className={`${issue.severity} ${styles.item}`}>
                <span className={`${styles.icon} ${error ? styles.error : styles.warning}`} aria-hidden>
                  {error ? '✖' : '⚠'}
                </span>
                <span>
                  <strong>{error ? t('severityError') : t('severityWarning')}</strong>{' '}
                  {issue.cell ? (
                    <Link as="button" aria-label={t('goToCell', { cell: issue.cell })} onClick={() => void goToCell(run, issue.cell!)}>
                      {issue.cell}
                    </Link>
                  ) : null}{' '}
                  {issue.message}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {issues.length > limit && (
        <MessageBar>
          <MessageBarBody>{t('moreIssues', { count: issues.length - limit })}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
