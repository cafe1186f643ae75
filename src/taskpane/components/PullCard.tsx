import { useCallback, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Progress } from '../../core/batches';
import { QuantsSummary } from '../../core/quants-sheet';
import { pullQuants } from '../../app/pull-quants';
import { getSession } from '../../app/session';
import { searchProducts } from '../../odoo/reads';
import { useExcel } from '../excel-context';
import { messageOf } from '../messages';
import { LocationPicker } from './LocationPicker';
import { ProductPicker, ProductScope } from './ProductPicker';
import { ProgressPanel } from './ProgressPanel';

export function PullCard() {
  const run = useExcel();
  const [scope, setScope] = useState<ProductScope>({ kind: 'untracked' });
  const [locationIds, setLocationIds] = useState<number[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<{ summary?: QuantsSummary; error?: string; warning?: string } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const onScope = useCallback((s: ProductScope) => setScope(s), []);

  const pull = async () => {
    const session = getSession();
    if (!session) return;
    controller.current = new AbortController();
    const signal = controller.current.signal;
    setResult(null);
    setProgress({ step: 'Finding products', done: 0, total: 0 });
    try {
      const { productIds, unknown } = await resolveProducts(scope, signal);
      const summary = await pullQuants(
        session.client,
        run,
        { productIds, locationIds: locationIds.length ? locationIds : undefined },
        { signal, onProgress: setProgress },
      );
      setResult({ summary, warning: unknown.length ? `Not found in Odoo as storable products: ${unknown.join(', ')}` : undefined });
    } catch (e) {
      setResult({ error: messageOf(e) });
    } finally {
      setProgress(null);
      controller.current = null;
    }
  };

  return (
    <section className="card" aria-label="Pull quants">
      <h2>1. Pull quants</h2>
      <ProductPicker onChange={onScope} />
      <LocationPicker onChange={setLocationIds} />
      {progress ? (
        <ProgressPanel progress={progress} onCancel={() => controller.current?.abort()} />
      ) : (
        <Button appearance="primary" onClick={() => void pull()} disabled={scope.kind === 'picked' && scope.products.length === 0}>
          Pull quants
        </Button>
      )}
      {result?.summary && (
        <MessageBar intent="success">
          <MessageBarBody>
            Pulled {result.summary.rows.toLocaleString('en-US')} quants of {result.summary.products} products in {result.summary.locations} locations into the
            Quants sheet.
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.warning && (
        <MessageBar intent="warning">
          <MessageBarBody>{result.warning}</MessageBarBody>
        </MessageBar>
      )}
      {result?.error && (
        <MessageBar intent="error">
          <MessageBarBody>{result.error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

async function resolveProducts(scope: ProductScope, signal: AbortSignal): Promise<{ productIds: number[]; unknown: string[] }> {
  const session = getSession()!;
  if (scope.kind === 'picked') return { productIds: scope.products.map((p) => p.id), unknown: [] };
  if (scope.kind === 'pasted') {
    const found = await searchProducts(session.client, { references: scope.references }, signal);
    const known = new Set(found.map((p) => p.reference));
    return { productIds: found.map((p) => p.id), unknown: scope.references.filter((r) => !known.has(r)) };
  }
  const products = await searchProducts(session.client, { untrackedOnly: true }, signal);
  return { productIds: products.map((p) => p.id), unknown: [] };
}
