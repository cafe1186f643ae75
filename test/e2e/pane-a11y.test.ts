// The pane as an Office user set to French and a dark theme meets it, without a mouse: every
// press is Tab, Shift+Tab, Enter, Space or a typed character inside the pane (typing into the
// sheet uses the grid, which is the workbench, not the pane). axe-core checks the pane at
// each stage; the English light run is stepper.test.ts.
import { join } from 'node:path';
import { Frame } from 'playwright-core';
import { Harness, SANDBOX_VERSION, SCREENSHOTS, axeViolations, letter, openWorkbench, pasteInto, tableValues, typeInto } from './harness';

jest.setTimeout(240_000);

const REF = 'ACC-0004';
const DOCS = join(__dirname, '../../docs/screenshots');
let h: Harness;
let frame: Frame;

async function shot(name: string) {
  await h.page.waitForTimeout(300);
  await h.page.screenshot({ path: join(SCREENSHOTS, name) });
  if (SANDBOX_VERSION === '17.0') await h.page.screenshot({ path: join(DOCS, name) });
}

/** The focused element of the pane: its accessible text (aria-label, else its text), its role and tag. */
async function focused(): Promise<{ text: string; tag: string; disabled: boolean }> {
  return frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { text: '', tag: 'body', disabled: false };
    const labelled = el.getAttribute('aria-labelledby');
    const byId = labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '';
    const text = (el.getAttribute('aria-label') || byId || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '').trim();
    return { text, tag: el.tagName.toLowerCase(), disabled: (el as HTMLButtonElement).disabled };
  });
}

/** Press Tab (within the pane) until the focused element's name matches; fails after 80 presses. */
async function tabTo(name: RegExp | string): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    const f = await focused();
    if (typeof name === 'string' ? f.text === name : name.test(f.text)) return;
    seen.push(f.text.slice(0, 40));
    await h.page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}; it went through: ${seen.join(' / ')}`);
}

/** Back into the pane from the grid (as F6 does in Office): the pane's window takes focus; then Tab. */
async function intoPane(): Promise<void> {
  await frame.evaluate(() => {
    window.focus();
    (document.activeElement as HTMLElement | null)?.blur();
  });
}

async function expectClean(stage: string) {
  expect({ stage, violations: await axeViolations(h) }).toEqual({ stage, violations: [] });
}

const primaryText = () => frame.locator('button[data-primary="true"]').innerText();

async function waitPrimary(name: string, timeout = 60_000) {
  await frame.locator('button[data-primary="true"]', { hasText: name }).waitFor({ timeout });
}

beforeAll(async () => {
  h = await openWorkbench({ theme: 'dark', lang: 'fr' });
  const element = await h.page.waitForSelector('iframe[name="taskpane"]');
  frame = (await element.contentFrame())!;
  await frame.waitForSelector('#root > *');
});
afterAll(async () => h?.close());

test('the connect card speaks French, is dark, and is clean for axe', async () => {
  await frame.getByText(/^Odoo \d+\.\d.*, joint par le serveur de ce complément$/).waitFor();
  expect(await frame.evaluate(() => document.documentElement.lang)).toBe('fr');
  expect(await frame.evaluate(() => document.documentElement.dataset.look)).toBe('dark');
  // The pane is painted by the dark theme: its background is dark.
  const background = await frame.locator('.pane-root').evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = background.match(/\d+/g)!.map(Number);
  expect(r + g + b).toBeLessThan(3 * 80);
  await expectClean('connect');
});

test('signed in by keyboard only', async () => {
  await intoPane();
  if (await frame.locator('input[name="database"]').count()) {
    await tabTo(/^Base de données\*?$/);
    await h.page.keyboard.type('sandbox');
  }
  await tabTo(/^Identifiant\*?$/);
  await h.page.keyboard.type('admin');
  await tabTo(/^Mot de passe\*$/);
  await h.page.keyboard.type(SANDBOX_VERSION === '19.0' ? 'sandbox-admin-api-key' : 'admin');
  await h.page.keyboard.press('Enter');
  await frame.getByTestId('connected-as').waitFor();
  await waitPrimary('Extraire les quants');
  await expectClean('signed in');
});
