// The core's words: every `_t`/`_tn`/`_lt` text in src/ has its French, with the same {names}.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FR } from '../../../src/core/words/fr';
import { _t, _tn, everyLanguage, quantity, setWordsLanguage } from '../../../src/core/words/translate';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) && !path.endsWith(join('words', 'translate.ts')) ? [path] : [];
  });
}

/** The literal texts given to _t (first argument) and _tn (second, the plural key), with where they are. */
function literals(): { key: string; one?: string; at: string }[] {
  const found: { key: string; one?: string; at: string }[] = [];
  // Single-quoted, or double-quoted when the text holds an apostrophe (prettier's choice).
  const str = String.raw`(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")`;
  for (const file of sources(join(__dirname, '../../../src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(new RegExp(String.raw`\b_l?t\(\s*${str}`, 'g'))) found.push({ key: unescape(m[1] ?? m[2]), at: file });
    for (const m of text.matchAll(new RegExp(String.raw`\b_tn\(\s*${str}\s*,\s*${str}`, 'g')))
      found.push({ key: unescape(m[3] ?? m[4]), one: unescape(m[1] ?? m[2]), at: file });
  }
  return found;
}

const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

afterEach(() => setWordsLanguage('en'));

test('every text given to _t, _tn or _lt is a plain quoted literal (the test below can read it)', () => {
  for (const file of sources(join(__dirname, '../../../src'))) {
    const text = readFileSync(file, 'utf8');
    const calls = [...text.matchAll(/\b_(?:tn?|lt)\(\s*([^\s)])/g)].map((m) => m[1]);
    expect({ file, bad: calls.filter((c) => c !== "'" && c !== '"') }).toEqual({ file, bad: [] });
  }
});

test('French has every text, with the same {names}', () => {
  const missing: string[] = [];
  for (const { key, one, at } of literals()) {
    const fr = FR[key];
    if (fr === undefined) {
      missing.push(`${at}: ${key}`);
      continue;
    }
    const forms = typeof fr === 'string' ? [fr] : [fr.one, fr.other];
    for (const form of forms) expect({ key, names: names(form).filter((n) => n !== 'count') }).toEqual({ key, names: names(key).filter((n) => n !== 'count') });
    if (one !== undefined) expect(typeof fr).toBe('object');
  }
  expect(missing).toEqual([]);
});

test('French has no text the source no longer uses', () => {
  const used = new Set(literals().map((l) => l.key));
  expect(Object.keys(FR).filter((k) => !used.has(k))).toEqual([]);
});

test('_t fills names as given; quantity() writes numbers the language’s way', () => {
  expect(_t('Product {id}', { id: 12345 })).toBe('Product 12345');
  expect(quantity(1234.5)).toBe('1,234.5');
  setWordsLanguage('fr');
  expect(quantity(1234.5)).toMatch(/^1\s234,5$/);
  expect(_t('No such text anywhere {x}', { x: 'y' })).toBe('No such text anywhere y');
  expect(_tn('{count} row', '{count} rows', { count: 1 })).toBe('1 row');
  expect(everyLanguage('Nothing translated')).toEqual(['Nothing translated']);
});
