// A newcomer follows only the pane: every step is its primary button, clicked in turn,
// through a whole reassign. Half way, the page is reloaded (the workbook is lost, as on
// another computer) and the pane finds the run in Odoo; later only the pane is reloaded
// (a crash of the add-in, Excel still open) and it resumes at the right step.
import { OdooClient } from '../../src/odoo/client';
import { readQuants, searchProducts } from '../../src/odoo/reads';
import { JsonRpcTransport } from '../../src/odoo/transport';
import {
  Harness,
  activeCell,
  axeViolations,
  clickPrimary,
  letter,
  openWorkbench,
  pasteInto,
  primary,
  runStep,
  screenshot,
  signIn,
  tableValues,
  typeInto,
} from './harness';

jest.setTimeout(240_000);

const REF = 'ACC-0004';
let h: Harness;
let odoo: OdooClient;
let productId: number;

/** The pane's steps as it shows them: "id:status", and which main buttons are enabled. */
async function stepStates(): Promise<string[]> {
  return h.pane.locator('li[data-status]').evaluateAll((items) =>
    items.map((li) => {
      const button = li.querySelector('button');
      return `${li.getAttribute('data-testid')!.slice(5)}:${li.getAttribute('data-status')}${button && !button.disabled ? ':enabled' : ''}`;
    }),
  );
}

/** axe-core finds nothing in the pane at this stage (light theme, English). */
async function expectClean(stage: string) {
  expect({ stage, violations: await axeViolations(h) }).toEqual({ stage, violations: [] });
}

/** Each stage into test-results/, and (with the default Odoo 17) into docs/screenshots/ for the README. */
async function shot(name: string) {
  await h.page.waitForTimeout(300);
  await screenshot(h.page, name);
}

beforeAll(async () => {
  h = await openWorkbench();
  odoo = await OdooClient.connect(new JsonRpcTransport(h.server.odooUrl), { db: 'sandbox', login: 'admin', secret: 'admin' });
  [{ id: productId }] = await searchProducts(odoo, { references: [REF] });
});
afterAll(async () => h?.close());

test('signed in: only Pull can run, and it is the primary', async () => {
  await signIn(h.pane);
  await primary(h, 'Pull quants').waitFor();
  expect(await stepStates()).toEqual([
    'pull:current:enabled',
    'choose:blocked',
    'zero:blocked',
    'retrack:blocked',
    'fill:blocked',
    'validate:blocked',
    'restore:blocked',
    'report:blocked',
  ]);
  await h.pane.getByTestId('reason-choose').getByText('Pull quants first.').waitFor();
  await shot('stepper-start.png');
  await expectClean('start');
});

test('pull, then the Products sheet comes to the front at the Target tracking cell', async () => {
  await h.pane.getByText('Paste a list of references').click();
  await h.pane.getByRole('textbox', { name: 'Product references' }).fill(REF);
  await clickPrimary(h, 'Pull quants', /Pulled 1 quants of 1 products/);
  expect(await activeCell(h.page)).toBe('Quants!A2');
  await clickPrimary(h, 'Products sheet', /1 products listed/);
  const target = (await tableValues(h.page, 'Products'))[0].indexOf('Target tracking');
  expect(await activeCell(h.page)).toBe(`Products!${letter(target)}2`);
  await h.pane
    .getByTestId('reason-choose')
    .getByText(/Type lot or serial in Target tracking/)
    .waitFor();
  await shot('stepper-choose.png');
  await expectClean('choose');
  // The user types where the pane put them; the stepper sees it and offers the zeroing.
  await typeInto(h.page, `Products!${letter(target)}2`, 'lot');
  await primary(h, 'Zero…').waitFor({ timeout: 20_000 });
  expect((await stepStates()).slice(0, 4)).toEqual(['pull:done:enabled', 'choose:done:enabled', 'zero:current:enabled', 'retrack:blocked']);
});

test('Zero… shows the Zeroing sheet and asks; posted, the counts come from Odoo', async () => {
  await clickPrimary(h, 'Zero…', /Run RA-\d{8}-[0-9a-f]{4}: 1 quants of 1 products/);
  expect(await activeCell(h.page)).toBe('Zeroing!A2');
  await h.pane
    .getByRole('dialog')
    .getByText(/count 1 quants of 1 products to zero/)
    .waitFor();
  await shot('stepper-zero.png');
  await expectClean('zero');
  await h.pane.getByRole('dialog').getByRole('button', { name: 'Post zeroing' }).click();
  await h.pane.getByText(/Zeroed 1 quants \(run RA-/).waitFor({ timeout: 60_000 });
  await h.pane.getByTestId('counts-zero').getByText('· Zeroed 1 quant of 1 product').waitFor({ timeout: 20_000 });
  await primary(h, 'Change tracking').waitFor({ timeout: 20_000 });
  expect((await readQuants(odoo, { productIds: [productId] })).filter((q) => q.quantity !== 0)).toEqual([]);
});

test('the page is reloaded (the workbook is gone): the pane finds the half-done run in Odoo and resumes it', async () => {
  await h.page.reload();
  await signIn(h.pane);
  // Starting over would make a second run: the pane offers the half-done one as the next thing to do.
  const resume = h.pane.locator('button[data-primary="true"]');
  await h.pane.getByText(/^Run RA-\d{8}-[0-9a-f]{4} is half done in Odoo/).waitFor({ timeout: 20_000 });
  expect(await resume.innerText()).toMatch(/^Resume RA-\d{8}-[0-9a-f]{4}$/);
  await h.pane
    .getByTestId('runs')
    .getByText(/zero · 1 products · .* · half done/)
    .waitFor();
  await shot('stepper-runs.png');
  await expectClean('runs');
  // A user who starts over anyway is asked before a second run begins.
  await runStep(h, 'Pull quants', /Pulled \d+ quants/);
  await runStep(h, 'Products sheet', /products listed/);
  await typeInto(h.page, `Products!${letter((await tableValues(h.page, 'Products'))[0].indexOf('Target tracking'))}2`, 'lot');
  await h.pane.getByRole('button', { name: 'Zero…' }).click();
  await h.pane
    .getByRole('dialog', { name: 'Start a new run?' })
    .getByText(/is half done: its stock was zeroed and is not restored yet/)
    .waitFor();
  await h.pane.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await resume.click();
  await h.pane.getByRole('dialog').getByRole('button', { name: 'Resume' }).click();
  await h.pane.getByText(/resumed: 1 products in the Products sheet; choose the target tracking of 1 again/).waitFor({ timeout: 30_000 });
  const target = (await tableValues(h.page, 'Products'))[0].indexOf('Target tracking');
  expect(await activeCell(h.page)).toBe(`Products!${letter(target)}2`);
  await typeInto(h.page, `Products!${letter(target)}2`, 'lot');
  // Zero is done in Odoo: the next step is Change tracking.
  await primary(h, 'Change tracking').waitFor({ timeout: 20_000 });
  expect((await stepStates()).slice(2, 4)).toEqual(['zero:done:enabled', 'retrack:current:enabled']);
});

test('tracking changed; the pane alone is reloaded (Excel stays open) and offers the Restore sheet', async () => {
  await clickPrimary(h, 'Change tracking', /Tracking changed for 1 products/);
  await primary(h, 'Restore sheet').waitFor({ timeout: 20_000 });
  await h.page.evaluate(() => (document.querySelector('iframe[name="taskpane"]') as HTMLIFrameElement).contentWindow!.location.reload());
  await signIn(h.pane);
  await primary(h, 'Restore sheet').waitFor({ timeout: 20_000 });
  await h.pane.getByTestId('counts-retrack').getByText('· Tracking changed for 1 of 1 product').waitFor();
});

test('the Restore sheet opens at the first Lot/Serial to fill; filled, validated, posted, reported', async () => {
  await clickPrimary(h, 'Restore sheet', /1 rows for 1 original lines/);
  const head = (await tableValues(h.page, 'Restore'))[0] as string[];
  const lot = letter(head.indexOf('Lot/Serial'));
  expect(await activeCell(h.page)).toBe(`Restore!${lot}2`);
  await h.pane.getByRole('group', { name: 'Fill tools' }).waitFor();
  await shot('stepper-fill.png');
  await expectClean('fill');
  // a serial typed, then the sheet made again: the pane asks first, Cancel keeps it, confirming drops it
  await pasteInto(h.page, `Restore!${lot}2`, 'TYPED-THEN-DROPPED');
  await h.pane.getByRole('button', { name: 'Make the Restore sheet again…' }).click();
  const again = h.pane.getByRole('dialog', { name: 'Make the Restore sheet again?' });
  await again.getByText(/the lots and serials typed in it are lost/).waitFor();
  await again.getByRole('button', { name: 'Cancel' }).click();
  await again.waitFor({ state: 'detached' });
  expect((await tableValues(h.page, 'Restore'))[1][head.indexOf('Lot/Serial')]).toBe('TYPED-THEN-DROPPED');
  await h.pane.getByRole('button', { name: 'Make the Restore sheet again…' }).click();
  await again.getByRole('button', { name: 'Make it again' }).click();
  await h.pane.getByText(/1 rows for 1 original lines/).waitFor({ timeout: 60_000 });
  expect((await tableValues(h.page, 'Restore'))[1][head.indexOf('Lot/Serial')]).toBe('');
  await pasteInto(h.page, `Restore!${lot}2`, 'WB-2026-01');
  await clickPrimary(h, 'Validate', /All 1 rows are valid/);
  await shot('stepper-validate.png');
  await expectClean('validate');
  await clickPrimary(h, 'Post restore…');
  await h.pane.getByRole('dialog').getByRole('button', { name: 'Post restore' }).click();
  await h.pane.getByText(/Restored 1 lines \(1 new lots\)/).waitFor({ timeout: 60_000 });
  await clickPrimary(h, 'Report', /Balanced: 1 products back with 1 lots/);
  expect(await activeCell(h.page)).toMatch(/^Report!/);
  await h.pane.getByTestId('step-report').and(h.pane.locator('[data-status="done"]')).waitFor({ timeout: 20_000 });
  expect((await stepStates()).every((s) => s.includes(':done'))).toBe(true);
  await shot('stepper-report.png');
  await expectClean('report');
  const quants = (await readQuants(odoo, { productIds: [productId] })).filter((q) => q.quantity !== 0);
  expect(quants.map((q) => [q.lot?.name, q.quantity])).toEqual([['WB-2026-01', 8]]);
});
