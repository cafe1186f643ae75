// A new user's first minutes: open the workbench, connect to the sandbox, pull every
// untracked product's quants, and find each of Odoo's quants in the grid.
import { join } from 'node:path';
import { OdooClient } from '../../src/odoo/client';
import { readQuants, searchProducts } from '../../src/odoo/reads';
import { JsonRpcTransport } from '../../src/odoo/transport';
import { Harness, SCREENSHOTS, openWorkbench, signIn, SANDBOX_VERSION } from './harness';

jest.setTimeout(120_000);

let h: Harness;

beforeAll(async () => {
  h = await openWorkbench();
});
afterAll(async () => h?.close());

test('connect to the sandbox and pull quants into the Quants table', async () => {
  await signIn(h.pane);
  await h.pane
    .getByTestId('connected-as')
    .getByText(new RegExp(`Odoo ${SANDBOX_VERSION.replace('.', '\\.')}${SANDBOX_VERSION === '19.0' ? '.* · JSON-2' : ''}`))
    .waitFor();
  await h.pane.getByRole('button', { name: 'Pull quants' }).click();
  await h.pane.getByText(/Pulled \d+ quants of \d+ products/).waitFor({ timeout: 60_000 });

  // What Odoo holds, read independently through the gateway.
  const client = await OdooClient.connect(new JsonRpcTransport(h.server.odooUrl), { db: 'sandbox', login: 'admin', secret: 'admin' });
  const products = await searchProducts(client, { untrackedOnly: true });
  const quants = (await readQuants(client, { productIds: products.map((p) => p.id) })).filter((q) => q.quantity !== 0);
  expect(quants.length).toBeGreaterThan(15);

  await h.page.locator('[data-sheet-tab="Quants"]').click();
  const grid = await h.page.evaluate(() => {
    const sim = (
      window as unknown as { __lotReassignWorkbench: { sim: { getSheet(n: string): { values(a: string): unknown[][] }; tables(): { address: string }[] } } }
    ).__lotReassignWorkbench.sim;
    const address = sim.tables()[0].address.split('!')[1];
    return sim.getSheet('Quants').values(address);
  });
  const header = grid[0] as string[];
  const idCol = header.indexOf('Quant ID');
  const qtyCol = header.indexOf('On hand');
  const rows = new Map(grid.slice(1).map((r) => [r[idCol] as number, r[qtyCol] as number]));
  expect(rows.size).toBe(quants.length);
  for (const q of quants) expect([q.id, rows.get(q.id)]).toEqual([q.id, q.quantity]);

  // The grid shows the same, as a person sees it.
  await h.page.locator('[data-address="Quants!A1"]').waitFor();
  await h.page.screenshot({ path: join(SCREENSHOTS, 'workbench-pull.png') });
});
