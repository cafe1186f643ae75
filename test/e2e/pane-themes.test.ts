// The Office themes stepper.test.ts (White) and pane-a11y.test.ts (Black, French) do not run:
// Colorful, Dark Gray and high contrast. Each is opened as Office would report it, and the
// pane is checked through sign-in, a refused sign-in, a pull and the Products sheet: the look
// it took, its colours, and axe-core finding nothing at each stage.
//
// Windows high contrast is played twice more, the browser in forced colours with a light and
// with a dark palette, as Edge runs under it. There the browser paints every text and
// background in the user's system colours, whatever the page asks; axe's colour-contrast rule
// reads the page's own colours instead (Chromium keeps the theme's yellow link colour in the
// computed -webkit-text-fill-color while it paints the text black), so under forced colours
// that rule alone is replaced by a check of the colours the browser computes for the pane.
import { Harness, axeViolations, clickPrimary, openWorkbench, screenshot, signIn } from './harness';

jest.setTimeout(240_000);

/** Brightness 0–255 of a CSS rgb() colour. */
function brightness(css: string): number {
  const [r, g, b] = css.match(/\d+/g)!.map(Number);
  return (r + g + b) / 3;
}

describe.each([
  { name: 'colorful', theme: 'colorful', look: 'light', dark: false, forced: null },
  { name: 'darkgray', theme: 'darkgray', look: 'dark', dark: true, forced: null },
  { name: 'highcontrast', theme: 'highcontrast', look: 'highContrast', dark: true, forced: null },
  { name: 'forced-light', theme: 'highcontrast', look: 'highContrast', dark: false, forced: 'light' as const },
  { name: 'forced-dark', theme: 'highcontrast', look: 'highContrast', dark: true, forced: 'dark' as const },
])('Office theme $name', ({ name, theme, look, dark, forced }) => {
  let h: Harness;
  const clean = async (stage: string) =>
    expect({ name, stage, violations: await axeViolations(h, forced ? ['color-contrast'] : []) }).toEqual({ name, stage, violations: [] });

  /** The pane's background and text colours as the browser computes them: light or dark, and far apart. */
  async function readable() {
    const frame = (await (await h.page.waitForSelector('iframe[name="taskpane"]')).contentFrame())!;
    const [background, text] = await frame.locator('.pane-root').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color] as const);
    expect({ name, dark: brightness(background) < 90 }).toEqual({ name, dark });
    expect(Math.abs(brightness(background) - brightness(text))).toBeGreaterThan(120);
  }

  beforeAll(async () => {
    h = await openWorkbench({ theme });
    if (forced) await h.page.emulateMedia({ forcedColors: 'active', colorScheme: forced });
  });
  afterAll(async () => h?.close());

  test(`the pane takes the ${look} look, with readable colours`, async () => {
    const frame = (await (await h.page.waitForSelector('iframe[name="taskpane"]')).contentFrame())!;
    await frame.waitForSelector('.pane-root');
    expect(await frame.evaluate(() => document.documentElement.dataset.look)).toBe(look);
    await readable();
    await clean('connect');
  });

  test('a refused sign-in is an alert in words and icon; then signed in', async () => {
    await h.pane.getByText(/^Odoo \d+\.\d.*, reached through this add-in's server$/).waitFor();
    await h.pane.locator('input[name="login"]').fill('admin');
    await h.pane.locator('input[name="secret"]').fill('wrong');
    await h.pane.getByRole('button', { name: 'Connect' }).click();
    const alert = h.pane.locator('[role="alert"]').filter({ hasText: /wrong|password|denied/i });
    await alert.waitFor({ timeout: 20_000 });
    // the severity is said in words and shown by an icon, not by colour alone
    await alert.locator('svg').first().waitFor();
    await clean('sign-in refused');
    await h.pane.locator('input[name="secret"]').fill('');
    await signIn(h.pane);
    await clean('signed in');
  });

  test('pull and the Products sheet', async () => {
    await h.pane.getByText('Paste a list of references').click();
    await h.pane.getByRole('textbox', { name: 'Product references' }).fill('ACC-0004');
    await clickPrimary(h, 'Pull quants', /Pulled 1 quants of 1 products/);
    await clickPrimary(h, 'Products sheet', /1 products listed/);
    await h.page.waitForTimeout(300);
    await screenshot(h.page, `pane-${name}.png`);
    await readable();
    await clean('products');
  });
});
