// What the task pane needs besides the steps, so that its components call src/app only:
// product and location look-ups for the pull, turning on lots, messages for errors,
// and the workbook runners' types.
import { CancelledError } from '../core/batches';
import { Location, Product } from '../core/model';
import { OdooError } from '../odoo/errors';
import { enableLotsSetting } from '../odoo/inventory';
import { currentUser, internalLocations, searchProducts } from '../odoo/reads';
import { getSession, setSession } from '../session/session';
import { _t } from '../core/words/translate';

export type { ExcelRunner, ExcelRunnerIn } from '../excel/host';
export { StepRefused } from './zero-step';

export type ProductScope = { kind: 'untracked' } | { kind: 'picked'; products: Product[] } | { kind: 'pasted'; references: string[] };

function client() {
  const session = getSession();
  if (!session) throw new Error(_t('Sign in to Odoo first.'));
  return session.client;
}

/** Products matching a search text (reference, name or barcode), for the picker. */
export function findProducts(text: string, signal?: AbortSignal): Promise<Product[]> {
  return searchProducts(client(), { text: text || undefined, limit: 50 }, signal);
}

export function listLocations(signal?: AbortSignal): Promise<Location[]> {
  return internalLocations(client(), signal);
}

/** The product ids a pull scope stands for, and the pasted references Odoo does not know. */
export async function resolveProducts(scope: ProductScope, signal?: AbortSignal): Promise<{ productIds: number[]; unknown: string[] }> {
  if (scope.kind === 'picked') return { productIds: scope.products.map((p) => p.id), unknown: [] };
  if (scope.kind === 'pasted') {
    const found = await searchProducts(client(), { references: scope.references }, signal);
    const known = new Set(found.map((p) => p.reference));
    return { productIds: found.map((p) => p.id), unknown: scope.references.filter((r) => !known.has(r)) };
  }
  const products = await searchProducts(client(), { untrackedOnly: true }, signal);
  return { productIds: products.map((p) => p.id), unknown: [] };
}

/** Turn on Settings > Inventory > Lots & Serial Numbers, then read the user's rights again. */
export async function enableLots(signal?: AbortSignal): Promise<void> {
  const c = client();
  await enableLotsSetting(c, signal);
  setSession({ client: c, user: await currentUser(c, signal) });
}

/** One sentence for a message bar: Odoo's own words when Odoo said something. */
export function messageOf(error: unknown): string {
  if (error instanceof OdooError) return error.userMessage;
  if (error instanceof CancelledError) return error.message;
  if (error instanceof RangeError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
