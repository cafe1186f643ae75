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
    const byId = labelled
      ? labelled
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : '';
    const text = (el.getAttribute('aria-label') || byId || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '').trim();
    return { text, tag: el.tagName.toLowerCase(), disabled: (el as HTMLButtonElement).disabled };
  });
}

/**
 * Press Tab (within the pane) until the focused element's name matches; once focus leaves the
 * end of the pane, come back and go the other way with Shift+Tab. Fails after 80 presses.
 */
async function tabTo(name: RegExp | string): Promise<void> {
  const seen: string[] = [];
  let key = 'Tab';
  let outside = 0;
  for (let i = 0; i < 80; i++) {
    const f = await focused();
    if (typeof name === 'string' ? f.text === name : name.test(f.text)) return;
    seen.push(f.text.slice(0, 40));
    outside = f.tag === 'body' ? outside + 1 : 0;
    if (outside > 2 && key === 'Tab') {
      key = 'Shift+Tab';
      await intoPane();
    }
    await h.page.keyboard.press(key);
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
  // A wrong password: the error is in an assertive live region (said at once), and axe stays clean.
  await h.page.keyboard.type('wrong');
  await h.page.keyboard.press('Enter');
  const alert = frame.locator('[role="alert"][aria-live="assertive"]').filter({ hasText: /wrong|password|mot de passe/i });
  await alert.waitFor({ timeout: 20_000 });
  await expectClean('sign-in refused');
  await intoPane();
  await tabTo(/^Mot de passe\*$/);
  await h.page.keyboard.press('ControlOrMeta+A');
  await h.page.keyboard.type(SANDBOX_VERSION === '19.0' ? 'sandbox-admin-api-key' : 'admin');
  await h.page.keyboard.press('Enter');
  await frame.getByTestId('connected-as').waitFor();
  await waitPrimary('Extraire les quants');
  // The core stepper's reasons come in French too.
  await frame.getByTestId('reason-choose').getByText('Extrayez d’abord les quants.').waitFor();
  await expectClean('signed in');
});

/** Tab to the step's button in the pane and press it (Enter or Space). */
async function press(name: RegExp | string, key: 'Enter' | 'Space' = 'Enter') {
  await intoPane();
  await tabTo(name);
  expect((await focused()).disabled).toBe(false);
  await h.page.keyboard.press(key);
}

/** After a step, focus is on its result (not lost to the page), which says `done`. */
async function resultFocused(done: RegExp) {
  // The result is said by a polite live region that was there before it.
  await frame.locator('[data-testid="task-info"][role="status"][aria-live="polite"]').getByText(done).waitFor({ timeout: 60_000 });
  await h.page.waitForFunction(
    () => {
      const pane = (document.querySelector('iframe[name="taskpane"]') as HTMLIFrameElement).contentDocument!;
      return pane.activeElement?.getAttribute('data-testid') === 'task-result';
    },
    undefined,
    { timeout: 10_000 },
  );
}

test('pull by references, then the Products sheet, by keyboard; results announced and focused', async () => {
  // The product scope is a radio group: Tab reaches its checked radio, arrows move the choice.
  await intoPane();
  await tabTo(/^Tous les articles stockables sans suivi$/);
  await h.page.keyboard.press('ArrowDown');
  await h.page.keyboard.press('ArrowDown');
  // The references box appears once the choice has landed (a loaded machine is slow).
  await frame.getByRole('textbox', { name: 'Références d’articles' }).waitFor();
  await tabTo(/^Références d’articles$/);
  await h.page.keyboard.type(REF);
  await press('Extraire les quants');
  await resultFocused(/^1 quant extrait de 1 article dans 1 emplacement/);
  await expectClean('pulled');
  await press('Feuille Products', 'Space');
  await resultFocused(/^1 article non suivi listé/);
  await shot('pane-fr-dark-choose.png');
  await expectClean('products');
  const target = (await tableValues(h.page, 'Products'))[0].indexOf('Target tracking');
  await typeInto(h.page, `Products!${letter(target)}2`, 'lot');
  await waitPrimary('Mettre à zéro…', 20_000);
});

test('zero: the dialog is clean, Escape gives focus back, Enter posts', async () => {
  await press('Mettre à zéro…');
  const dialog = frame.getByRole('dialog', { name: 'Publier l’ajustement de mise à zéro ?' });
  await dialog.waitFor({ timeout: 60_000 });
  await expectClean('zero dialog');
  await shot('pane-fr-dark-zero.png');
  await h.page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // Focus is back where it was when the dialog opened (in the Zero step: the result of preparing), not on the page.
  await h.page.waitForTimeout(300);
  expect(await frame.evaluate(() => `${document.activeElement?.tagName}:${!!document.activeElement?.closest('[data-testid="step-zero"]')}`)).toBe('DIV:true');
  await press('Mettre à zéro…');
  await dialog.waitFor({ timeout: 60_000 });
  await tabTo('Publier la mise à zéro');
  await h.page.keyboard.press('Enter');
  await resultFocused(/^1 quant mis à zéro \(exécution RA-/);
  await expectClean('zeroed');
});

test('change tracking, fill, validate, post and report, by keyboard; axe clean at each stage', async () => {
  await waitPrimary('Changer le suivi', 20_000);
  await press('Changer le suivi');
  await resultFocused(/^Suivi changé pour 1 article/);
  await expectClean('retracked');
  await waitPrimary('Feuille Restore', 20_000);
  await press('Feuille Restore');
  await resultFocused(/^1 ligne pour 1 ligne d’origine/);
  await frame.getByRole('group', { name: 'Outils de saisie' }).waitFor();
  await expectClean('restore sheet');
  const head = (await tableValues(h.page, 'Restore'))[0] as string[];
  await pasteInto(h.page, `Restore!${letter(head.indexOf('Lot/Serial'))}2`, 'FR-2026-01');
  await waitPrimary('Valider', 20_000);
  await press('Valider');
  await resultFocused(/^La ligne est valide/);
  await expectClean('validated');
  await press('Publier la restauration…');
  const dialog = frame.getByRole('dialog', { name: 'Publier l’ajustement de restauration ?' });
  await dialog.waitFor();
  await expectClean('restore dialog');
  await tabTo('Publier la restauration');
  await h.page.keyboard.press('Space');
  await resultFocused(/^1 ligne restaurée \(1 nouveau lot\)/);
  await waitPrimary('Rapport', 20_000);
  await press('Rapport');
  await resultFocused(/^Équilibré : 1 article de retour avec 1 lot/);
  await frame.locator('[data-testid="step-report"][data-status="done"]').waitFor({ timeout: 20_000 });
  await shot('pane-fr-dark-report.png');
  await expectClean('report');
});
