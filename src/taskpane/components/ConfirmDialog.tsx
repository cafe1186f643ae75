import { ReactNode, useEffect, useRef } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { usePaneLook } from '../pane-look';

/**
 * A confirmation. The dialog is opened by state, not by a DialogTrigger, so Fluent does not
 * know its opener: when it is cancelled, focus goes back to the element that had it when the
 * dialog opened (if it can still take it). When it is confirmed, the task's result takes focus.
 */
export function ConfirmDialog(props: { open: boolean; title: string; children: ReactNode; confirm: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = usePaneLook();
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  // Read as the dialog opens, during render: Fluent moves focus into the dialog before effects run.
  if (props.open && !wasOpen.current) {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body && !active.closest('[role="dialog"]') ? active : null;
  }
  wasOpen.current = props.open;
  useEffect(() => {
    if (props.open) return;
    const back = opener.current;
    opener.current = null;
    if (!back) return;
    // The dialog leaves with an animation: wait until focus has left it, then, if it fell to
    // the page, give it back (a user who moved focus elsewhere keeps it there).
    let tries = 0;
    const timer = setInterval(() => {
      const active = document.activeElement;
      const inDialog = !!active?.closest('[role="dialog"], [role="alertdialog"]');
      if (inDialog && ++tries < 40) return;
      clearInterval(timer);
      const lost = !active || active === document.body || inDialog;
      if (lost && back.isConnected && !(back as HTMLButtonElement).disabled) back.focus();
    }, 50);
    return () => clearInterval(timer);
  }, [props.open]);
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface aria-label={props.title}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.children}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={props.onCancel}>
              {t('cancel')}
            </Button>
            <Button
              appearance="primary"
              onClick={() => {
                // Confirmed: the task it starts gives focus to its result (TaskStatus), not back to the opener.
                opener.current = null;
                props.onConfirm();
              }}
            >
              {props.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
