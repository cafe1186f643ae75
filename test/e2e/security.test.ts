// The add-in under its Content-Security-Policy in chromium: the workbench and the pane load
// and run the first half of the workflow (Fluent's dialogs and styles included) without a
// single CSP violation, and a page of another origin cannot frame the pane.
import { Harness, openWorkbench, zeroAndRetrack } from './harness';

jest.setTimeout(240_000);

/** Every frame records the violations it sees, from its first script on. */
const RECORD_VIOLATIONS = () => {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) =>
    seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
  );
};

let h: Harness;
const consoleErrors: string[] = [];
const headers = new Map<string, Record<string, string>>();

beforeAll(async () => {
  h = await openWorkbench();
  await h.page.context().addInitScript(RECORD_VIOLATIONS);
  h.page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text());
  });
  h.page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (path === '/workbench.html' || path === '/taskpane.html') headers.set(path, await response.allHeaders());
  });
  // Again, now that every frame records from its start.
  await h.page.reload();
});
afterAll(async () => h?.close());

async function violations(): Promise<string[]> {
  const all: string[] = [];
  for (const frame of h.page.frames()) {
    all.push(...(await frame.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['(not recording)'])));
  }
  return all;
}

test('the pages carry the policy', async () => {
  await h.pane.locator('input[name="login"]').waitFor();
  for (const path of ['/workbench.html', '/taskpane.html']) {
    const got = headers.get(path)!;
    expect(got['content-security-policy']).toMatch(/frame-ancestors 'self' https:\/\/\*\.officeapps\.live\.com/);
    expect(got['content-security-policy']).not.toMatch(/unsafe-eval/);
    expect(got['x-content-type-options']).toBe('nosniff');
    expect(got['referrer-policy']).toBe('no-referrer');
  }
  expect(h.page.frames().length).toBeGreaterThanOrEqual(2);
});

test('sign in, pull, zero, retrack and the Restore sheet run with no CSP violation', async () => {
  await zeroAndRetrack(h, 'FURN_0010', 'serial', {
    pulled: /Pulled 1 quants of 1 products/,
    prepared: /1 quants of 1 products \(\d+ Units\)/,
    zeroed: /Zeroed 1 quants/,
    restoreRows: /\d+ rows for 1 original lines/,
  });
  expect(await violations()).toEqual([]);
  expect(consoleErrors.filter((text) => /Content.Security.Policy|Refused to/i.test(text))).toEqual([]);
});

test('a page of another origin cannot frame the pane', async () => {
  const page = await h.page.context().newPage();
  const refused: string[] = [];
  page.on('console', (message) => refused.push(message.text()));
  await page.setContent(`<iframe name="x" src="${h.server.url}/taskpane.html"></iframe>`);
  await page.waitForTimeout(1500);
  const frame = page.frame({ name: 'x' });
  // Chromium blocks the document: the frame shows an error page, never the pane.
  const loginFields = frame ? await frame.locator('input[name="login"]').count() : 0;
  expect(loginFields).toBe(0);
  expect(refused.join('\n')).toMatch(/frame-ancestors/);
  await page.close();
});
