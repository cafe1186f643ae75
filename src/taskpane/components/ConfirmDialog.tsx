import { ReactNode, useEffect, useRef } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { usePaneLook } from '../pane-look';

/**
 * A confirmation. The dialog is opened by state, not by a DialogTrigger, so Fluent does not
 * know its opener: focus goes back to the element that had it when the dialog opened (if it
 * can still take it; a disabled button cannot, and the task's result takes focus after).
 */
export function ConfirmDialog(props: { open: boolean; title: string; children: ReactNode; confirm: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = usePaneLook();
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (props.open) {
      opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      return;
    }
    const back = opener.current;
    opener.current = null;
    if (!back) return;
    const timer = setTimeout(() => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && back.isConnected && !(back as HTMLButtonElement).disabled) back.focus();
    }, 0);
    return () => clearTimeout(timer);
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
            <Button appearance="primary" onClick={props.onConfirm}>
              {props.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
