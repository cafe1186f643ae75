// Starts the real server (HTTPS, the built dist/, the sandbox Odoo behind the proxy) and
// a Chromium (browser.ts: CHROMIUM_PATH, the system's, or the npm package's) through
// playwright-core. No browser is downloaded at test time.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, FrameLocator, Page, chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { RunningServer, startServer } from '../../server/app';
import { SandboxModule, parseSandboxVersion } from '../../server/sandbox';
import { findChromium } from './browser';

/** The Odoo version the sandbox plays for this run (ODOO_SANDBOX_VERSION; 17.0 by default). */
export const SANDBOX_VERSION = parseSandboxVersion(process.env.ODOO_SANDBOX_VERSION);

// 17's screenshots go to test-results/, the other versions' to test-results/odoo-NN/
/**
 * A screenshot into test-results/ and, when DOCS_SCREENSHOTS=1 under the default Odoo 17, into
 * docs/screenshots/ for the README: only on purpose, so that a test run leaves the tree clean.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, name) });
  if (process.env.DOCS_SCREENSHOTS === '1' && SANDBOX_VERSION === '17.0') await page.screenshot({ path: join(__dirname, '../../docs/screenshots', name) });
}

export const SCREENSHOTS = join(__dirname, '../../test-results', SANDBOX_VERSION === '17.0' ? '' : `odoo-${SANDBOX_VERSION.slice(0, 2)}`);

export interface Harness {
  server: RunningServer;
  browser: Browser;
  page: Page;
  pane: FrameLocator;
  close(): Promise<void>;
}

async function certificates() {
  const devCerts = require('office-addin-dev-certs') as typeof import('office-addin-dev-certs');
  const dir = mkdtempSync(join(tmpdir(), 'lr-certs-'));
  const paths = { ca: join(dir, 'ca.crt'), cert: join(dir, 'localhost.crt'), key: join(dir, 'localhost.key') };
  await devCerts.generateCertificates(paths.ca, paths.cert, paths.key, 2, ['localhost', '127.0.0.1']);
  return { key: readFileSync(paths.key), cert: readFileSync(paths.cert), ca: readFileSync(paths.ca), trusted: false };
}

/**
 * `excelApi`: the workbook plays an Excel with that ExcelApi requirement set ("1.14"), so an
 * API of a newer set fails with ApiNotFound as it would there.
 */
export async function openWorkbench(options: { modules?: SandboxModule[]; excelApi?: string; theme?: string; lang?: string } = {}): Promise<Harness> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startServer({ port: 0, certificates: await certificates(), sandboxVersion: SANDBOX_VERSION, sandboxModules: options.modules });
  const browser = await chromium.launch({
    executablePath: (await findChromium()).executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1500, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  // ?theme= and ?lang=: the Office theme and display language the workbench plays for the pane
  const query = new URLSearchParams(
    Object.entries({ excelApi: options.excelApi, theme: options.theme, lang: options.lang }).filter((e): e is [string, string] => !!e[1]),
  );
  await page.goto(`${server.url}/workbench.html${query.size ? `?${query}` : ''}`);
  const pane = page.frameLocator('iframe[name="taskpane"]');
  return {
    server,
    browser,
    page,
    pane,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Sign in to the sandbox as the administrator, as a user would. */
export async function signIn(pane: FrameLocator): Promise<void> {
  // Wait for the pane to have asked Odoo its version and databases: until then the Database
  // field is a text box that the list then replaces (filling it too early races with that).
  await pane.getByText(/^Odoo \d+\.\d.*, reached through this add-in's server$/).waitFor();
  await pane.getByRole('combobox', { name: 'Database' }).or(pane.locator('input[name="database"]')).first().waitFor();
  const dbInput = pane.locator('input[name="database"]');
  if (await dbInput.count()) await dbInput.fill('sandbox');
  await pane.locator('input[name="login"]').fill('admin');
  // Odoo 19: the administrator's API key, so that the whole workflow runs over JSON-2
  await pane.locator('input[name="secret"]').fill(SANDBOX_VERSION === '19.0' ? 'sandbox-admin-api-key' : 'admin');
  await pane.getByRole('button', { name: 'Connect' }).click();
  await pane.getByTestId('connected-as').waitFor();
}

/** The workbench's in-memory workbook, read as the grid shows it (no sync counted). */
export async function tableValues(page: Page, table: string): Promise<unknown[][]> {
  return page.evaluate((name) => {
    const sim = (
      window as unknown as {
        __lotReassignWorkbench: { sim: { getSheet(n: string): { values(a: string): unknown[][] }; tables(): { name: string; address: string }[] } };
      }
    ).__lotReassignWorkbench.sim;
    const t = sim.tables().find((x) => x.name === name)!;
    const [sheet, range] = t.address.split('!');
    return sim.getSheet(sheet).values(range);
  }, table);
}

export async function cellText(page: Page, address: string): Promise<string> {
  return (await page.locator(`[data-address="${address}"]`).innerText()).trim();
}

/** Click a cell of the grid and type into it, as a user does (Enter commits). */
export async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await page.locator(`[data-sheet-tab="${address.split('!')[0]}"]`).click();
  await page.locator(`[data-address="${address}"]`).scrollIntoViewIfNeeded();
  await page.locator(`[data-address="${address}"]`).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Go to a cell through the Name Box (it need not be in view), then type into it; Enter commits. */
export async function typeAt(page: Page, address: string, text: string): Promise<void> {
  await page.locator(`[data-sheet-tab="${address.split('!')[0]}"]`).click();
  await page.locator('[data-testid="name-box"]').fill(address.split('!')[1]);
  await page.locator('[data-testid="name-box"]').press('Enter');
  await page.locator(`[data-address="${address}"]`).waitFor();
  await page.locator(`[data-address="${address}"]`).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Select a cell, then paste text (a column: one value per line) as from the clipboard. */
export async function pasteInto(page: Page, address: string, text: string): Promise<void> {
  await page.locator(`[data-sheet-tab="${address.split('!')[0]}"]`).click();
  await page.locator('[data-testid="name-box"]').fill(address.split('!')[1]);
  await page.locator('[data-testid="name-box"]').press('Enter');
  await page.locator('[data-testid="grid-scroll"]').evaluate((el, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

export const letter = (index: number) => String.fromCharCode(65 + index);

/** Click one of the pane's buttons by name and wait for the message that says it is done. */
export async function runStep(h: Harness, name: string, done: RegExp): Promise<void> {
  await h.pane.getByRole('button', { name, exact: true }).click();
  await h.pane.getByText(done).first().waitFor({ timeout: 60_000 });
}

/** The stepper's primary button (the next step), once it is the one named. */
export function primary(h: Harness, name: string) {
  return h.pane.locator('button[data-primary="true"]').filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
}

/** Follow the pane: wait until the next step's primary button is `name`, click it, wait for `done`. */
export async function clickPrimary(h: Harness, name: string, done?: RegExp): Promise<void> {
  await primary(h, name).waitFor({ timeout: 60_000 });
  await primary(h, name).click();
  if (done) await h.pane.getByText(done).first().waitFor({ timeout: 60_000 });
}

/** The sheet in front and the selected cell, as the grid shows them. */
export async function activeCell(page: Page): Promise<string> {
  return page.evaluate(() => {
    const sim = (window as unknown as { __lotReassignWorkbench: { sim: { selection: { sheet: string; address: string } } } }).__lotReassignWorkbench.sim;
    return `${sim.selection.sheet}!${sim.selection.address}`;
  });
}

/**
 * One product through the first half of the workflow, following the stepper's primary
 * button: sign in, pull it by reference, pick its target tracking, zero (confirmed in the
 * dialog), change tracking, and make the Restore sheet. `expect` holds the messages each step must show.
 */
export async function zeroAndRetrack(
  h: Harness,
  reference: string,
  tracking: 'lot' | 'serial',
  expect: { pulled: RegExp; prepared: RegExp; zeroed: RegExp; restoreRows: RegExp },
): Promise<void> {
  await signIn(h.pane);
  await h.pane.getByText('Paste a list of references').click();
  await h.pane.getByRole('textbox', { name: 'Product references' }).fill(reference);
  await clickPrimary(h, 'Pull quants', expect.pulled);
  await clickPrimary(h, 'Products sheet', /1 products listed/);
  const target = (await tableValues(h.page, 'Products'))[0].indexOf('Target tracking');
  await typeInto(h.page, `Products!${letter(target)}2`, tracking);
  await clickPrimary(h, 'Zero…', expect.prepared);
  await h.pane.getByRole('dialog').getByRole('button', { name: 'Post zeroing' }).click();
  await h.pane.getByText(expect.zeroed).waitFor({ timeout: 60_000 });
  await clickPrimary(h, 'Change tracking', /Tracking changed/);
  await clickPrimary(h, 'Restore sheet', expect.restoreRows);
}

/**
 * axe-core's violations in the task pane as it stands (WCAG 2.x A and AA rules and best
 * practices), one line each: "rule (impact): the elements". Empty when the pane is clean.
 * One exception, node by node: Fluent's focus manager (tabster) puts aria-hidden focus
 * sentinels (<i data-tabster-dummy tabindex="0">) that pass focus on the moment they get it;
 * tabster's maintainers call them by design (microsoft/tabster#288) and Accessibility Insights
 * suppresses exactly these (microsoft/accessibility-insights-web#7605). Any other
 * aria-hidden-focus element still fails.
 */
export async function axeViolations(h: Harness, disableRules: string[] = []): Promise<string[]> {
  // Let transitions (dialogs, message bars) finish: axe reads colours as they are painted.
  await h.page.waitForTimeout(400);
  const results = await new AxeBuilder({ page: h.page }).include(['iframe[name="taskpane"]', 'body']).disableRules(disableRules).analyze();
  return results.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy=/.test(n.html))) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | ')}`);
}
