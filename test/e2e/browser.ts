// Finds a Chromium for the e2e without apt and without a download at test time:
// CHROMIUM_PATH, then a system chromium, then the one shipped inside the npm package
// @sparticuz/chromium (brotli-compressed; executablePath() unpacks it to /tmp once).
// E2E_BROWSER=npm skips the first two, to test that fallback on a machine that has both.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export interface FoundBrowser {
  executablePath: string;
  /** Where it came from, for the log line and the README's claim. */
  source: 'CHROMIUM_PATH' | 'system' | 'npm';
}

export async function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): Promise<FoundBrowser> {
  const npmOnly = env.E2E_BROWSER === 'npm';
  if (!npmOnly && env.CHROMIUM_PATH) return { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  if (!npmOnly) {
    const system = SYSTEM_CHROMIUMS.find((path) => exists(path));
    if (system) return { executablePath: system, source: 'system' };
  }
  type Packaged = { executablePath(): Promise<string> };
  let packaged: Packaged;
  try {
    // its CommonJS build exports the class itself, its ES build a default
    const loaded = require('@sparticuz/chromium') as Packaged & { default?: Packaged };
    packaged = loaded.default ?? loaded;
  } catch {
    throw new Error(
      `No Chromium found: set CHROMIUM_PATH, install one (${SYSTEM_CHROMIUMS.join(', ')}), or run npm install (the devDependency @sparticuz/chromium ships one).`,
    );
  }
  // jest runs e2e files in parallel workers: one unpacks to /tmp at a time, the others then find it there
  return { executablePath: await underLock(() => packaged.executablePath()), source: 'npm' };
}

async function underLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(tmpdir(), 'lot-reassign-chromium.lock');
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // a lock left by a killed run is taken over after two minutes
      if (waited > 120_000) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
