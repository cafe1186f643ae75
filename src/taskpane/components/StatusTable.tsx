import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { ProductStatus } from '../../app/status-step';
import { MessageKey, formatNumber } from '../../i18n';
import type { Stage } from '../../core/stage';
import { usePaneLook } from '../pane-look';

const STAGE: Record<Stage, MessageKey> = {
  'to zero': 'stageToZero',
  zeroed: 'stageZeroed',
  retracked: 'stageRetracked',
  restored: 'stageRestored',
  'partly restored': 'stagePartlyRestored',
};
const TARGET: Record<string, MessageKey> = { lot: 'targetLot', serial: 'targetSerial' };

/** One row per product of the run: its stage and quantities, as Odoo has them now. */
export function StatusTable({ runRef, products }: { runRef: string; products: ProductStatus[] }) {
  const { t, lang } = usePaneLook();
  const n = (x: number) => formatNumber(lang, x);
  return (
    <Table size="extra-small" aria-label={t('runTable', { run: runRef })} data-testid="run-status">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('colProduct')}</TableHeaderCell>
          <TableHeaderCell>{t('colTarget')}</TableHeaderCell>
          <TableHeaderCell>{t('colStage')}</TableHeaderCell>
          <TableHeaderCell>{t('colOriginal')}</TableHeaderCell>
          <TableHeaderCell>{t('colRestored')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {products.map((p) => (
          <TableRow key={p.productId}>
            <TableCell>{p.label}</TableCell>
            <TableCell>{TARGET[p.target] ? t(TARGET[p.target]) : p.target}</TableCell>
            <TableCell>{STAGE[p.stage as Stage] ? t(STAGE[p.stage as Stage]) : p.stage}</TableCell>
            <TableCell>{n(p.original)}</TableCell>
            <TableCell>{n(p.restored)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
