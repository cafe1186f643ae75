// One step of the stepper: its status badge, title, counts, reason, main button, and the
// secondary actions that serve it.
import { ReactNode, useEffect, useId, useRef } from 'react';
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { StepView } from '../../core/stepper';
import { STATUS_LABEL, STEP_TITLE } from '../stepper-messages';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
  },
  current: { backgroundColor: tokens.colorBrandBackground2, borderInlineStartColor: tokens.colorBrandStroke1 },
  done: { borderInlineStartColor: tokens.colorPaletteGreenBorder2 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  reason: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

const BADGE: Record<StepView['status'], { color: 'success' | 'brand' | 'informative' | 'subtle'; mark: string }> = {
  done: { color: 'success', mark: '✓' },
  current: { color: 'brand', mark: '' },
  todo: { color: 'informative', mark: '' },
  blocked: { color: 'subtle', mark: '' },
};

export function StepItem(props: { index: number; view: StepView; action: string; onAction: () => void; children?: ReactNode }) {
  const styles = useStyles();
  const { view } = props;
  const badge = BADGE[view.status];
  const item = useRef<HTMLLIElement>(null);
  const reasonId = useId();
  // The next step comes into view when it changes (the pane is taller than the window).
  useEffect(() => {
    if (view.status === 'current') item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [view.status]);
  const className = [styles.item, view.status === 'current' ? styles.current : '', view.status === 'done' ? styles.done : ''].join(' ');
  return (
    <li
      ref={item}
      className={className}
      data-testid={`step-${view.id}`}
      data-status={view.status}
      aria-current={view.status === 'current' ? 'step' : undefined}
    >
      <Badge shape="circular" appearance={view.status === 'blocked' ? 'outline' : 'filled'} color={badge.color} aria-hidden>
        {badge.mark || props.index + 1}
      </Badge>
      <div className={styles.body}>
        <div className={styles.head}>
          <Text weight="semibold">{STEP_TITLE[view.id]}</Text>
          <Text size={200}>{STATUS_LABEL[view.status]}</Text>
          {view.counts && (
            <Text size={200} data-testid={`counts-${view.id}`}>
              · {view.counts}
            </Text>
          )}
        </div>
        {view.reason && (
          <Text size={200} className={styles.reason} id={reasonId} data-testid={`reason-${view.id}`}>
            {view.reason}
          </Text>
        )}
        <div className={styles.actions}>
          <Button
            appearance={view.primary ? 'primary' : 'secondary'}
            data-primary={view.primary ? 'true' : undefined}
            disabled={!view.enabled}
            onClick={props.onAction}
            title={view.enabled ? undefined : view.reason}
            aria-describedby={view.reason ? reasonId : undefined}
          >
            {props.action}
          </Button>
        </div>
        {props.children}
      </div>
    </li>
  );
}
