// How the e2e finds a browser without apt: CHROMIUM_PATH, a system chromium, then the one
// inside the npm package @sparticuz/chromium; E2E_BROWSER=npm forces the last.
import { existsSync } from 'node:fs';
import { SYSTEM_CHROMIUMS, findChromium } from '../e2e/browser';

jest.setTimeout(120_000);

test('CHROMIUM_PATH first, then the first system chromium that exists', async () => {
  expect(await findChromium({ CHROMIUM_PATH: '/opt/c/chrome' }, () => true)).toEqual({ executablePath: '/opt/c/chrome', source: 'CHROMIUM_PATH' });
  expect(await findChromium({}, (p) => p === '/usr/bin/chromium-browser')).toEqual({ executablePath: '/usr/bin/chromium-browser', source: 'system' });
  expect(SYSTEM_CHROMIUMS[0]).toBe('/usr/bin/chromium');
});

test('without either (or with E2E_BROWSER=npm), the npm package unpacks its Chromium', async () => {
  const found = await findChromium({ E2E_BROWSER: 'npm', CHROMIUM_PATH: '/opt/c/chrome' }, () => true);
  expect(found.source).toBe('npm');
  expect(existsSync(found.executablePath)).toBe(true);
  expect(await findChromium({}, () => false)).toEqual(found);
});
