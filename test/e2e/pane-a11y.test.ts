// The pane as an Office user set to French and a dark theme meets it, without a mouse: every
// press is Tab, Shift+Tab, Enter, Space or a typed character inside the pane (typing into the
// sheet uses the grid, which is the workbench, not the pane). axe-core checks the pane at
// each stage; the English light run is stepper.test.ts. The sheets are made in French too:
// French headers and words, the same sheet and table names, numbers shown the French way.
import { Frame } from 'playwright-core';
import { Harness, SANDBOX_VERSION, axeViolations, cellText, letter, openWorkbench, pasteInto, screenshot, tableValues, typeInto } from './harness';

jest.setTimeout(240_000);

const REF = 'ACC-0004';
let h: Harness;
let frame: Frame;

async function shot(name: string) {
  await h.page.waitForTimeout(300);
  await screenshot(h.page, name);
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

/** The choices of a cell's in-cell dropdown in the workbook. */
function validationList(sheet: string, row: number, column: number): Promise<string[] | null> {
  return h.page.evaluate(
    ([name, r, c]) =>
      (
        window as unknown as { __lotReassignWorkbench: { sim: { getSheet(n: string): { validationList(r: number, c: number): string[] | null } } } }
      ).__lotReassignWorkbench.sim
        .getSheet(name as string)
        .validationList(r as number, c as number),
    [sheet, row, column] as const,
  );
}

/** What the grid shows in a number cell, and that number as fr-FR writes it with the cell's decimals. */
async function numberShown(sheet: string, row: number, column: number): Promise<{ text: string; french: string }> {
  const cell = await h.page.evaluate(
    ([name, r, c]) =>
      (
        window as unknown as {
          __lotReassignWorkbench: { sim: { getSheet(n: string): { cell(r: number, c: number): { value: unknown; numberFormat: string } } } };
        }
      ).__lotReassignWorkbench.sim
        .getSheet(name as string)
        .cell(r as number, c as number),
    [sheet, row, column] as const,
  );
  const decimals = (cell.numberFormat.split('.')[1] ?? '').length;
  const french = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(cell.value as number);
  return { text: await cellText(h.page, `${sheet}!${letter(column)}${row + 1}`), french };
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
  const quants = (await tableValues(h.page, 'Quants'))[0];
  expect(quants).toEqual(expect.arrayContaining(['Référence interne', 'Emplacement', 'Lot/Série', 'En stock', 'ID quant']));
  const products = await tableValues(h.page, 'Products');
  expect(products[0].slice(0, 6)).toEqual(['Référence interne', 'Article', 'Modèle', 'Suivi actuel', 'Suivi cible', 'En stock']);
  expect(products[1][3]).toBe('aucun');
  const target = products[0].indexOf('Suivi cible');
  // the dropdown offers the French words
  expect(await validationList('Products', 1, target)).toEqual(['lot', 'série']);
  // the grid shows numbers as French Excel does: decimal comma, narrow space between thousands
  const onHand = await numberShown('Products', 1, products[0].indexOf('En stock'));
  expect(onHand.text).toBe(onHand.french);
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
  // (waited for, not slept on: on a loaded machine the dialog's exit animation can take longer than a fixed pause)
  await frame
    .waitForFunction(() => `${document.activeElement?.tagName}:${!!document.activeElement?.closest('[data-testid="step-zero"]')}` === 'DIV:true', undefined, {
      timeout: 10_000,
    })
    .catch(() => undefined);
  expect(await frame.evaluate(() => `${document.activeElement?.tagName}:${!!document.activeElement?.closest('[data-testid="step-zero"]')}`)).toBe('DIV:true');
  await press('Mettre à zéro…');
  await dialog.waitFor({ timeout: 60_000 });
  await tabTo('Publier la mise à zéro');
  await h.page.keyboard.press('Enter');
  await resultFocused(/^1 quant mis à zéro \(exécution RA-/);
  await expectClean('zeroed');
  expect((await tableValues(h.page, 'Zeroing'))[0]).toEqual(expect.arrayContaining(['En stock', 'Compté', 'Écart', 'ID quant']));
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
  const restore = await tableValues(h.page, 'Restore');
  const head = restore[0] as string[];
  expect(head.slice(5, 12)).toEqual(['Qté d’origine', 'Lot/Série', 'Qté', 'Accepter l’écart', 'Statut', 'Message', 'Date d’expiration']);
  expect(restore[1][head.indexOf('Suivi')]).toBe('lot');
  expect(String(restore[1][head.indexOf('Preuves')])).toMatch(/ · lignes de mouvement \d/);
  await pasteInto(h.page, `Restore!${letter(head.indexOf('Lot/Série'))}2`, 'FR-2026-01');
  await waitPrimary('Valider', 20_000);
  await press('Valider');
  await resultFocused(/^La ligne est valide/);
  await expectClean('validated');
  expect((await tableValues(h.page, 'Restore'))[1][head.indexOf('Statut')]).toBe('OK');
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
  const report = await tableValues(h.page, 'Report');
  const gap = report[0].indexOf('Écart');
  expect(gap).toBeGreaterThan(0);
  expect(report.slice(1).map((r) => r[gap])).toEqual(report.slice(1).map(() => 0));
  expect(report[report.length - 1][report[0].indexOf('Emplacement')]).toBe('Total');
});
