// Our own words below the pane: sheet headers, what the checks write in the sheets, and our
// errors. As in o-spreadsheet, the source is written in English through `_t`, and the English
// text is the key of each other language's table (fr.ts). The pane sets the language once,
// from Office's display language (`setWordsLanguage`); a text already made keeps its language.
// A test reads every `_t`, `_tn` and `_lt` literal in src/ and fails when a language lacks it or its {names}.
import { FR } from './fr';

export type WordsLang = 'en' | 'fr';
/** A translation: a string, or plural forms chosen by the `count` parameter. */
export type Translation = string | { one: string; other: string };
export type Params = Record<string, string | number>;

const TABLES: Record<Exclude<WordsLang, 'en'>, Record<string, Translation>> = { fr: FR };
const LOCALES: Record<WordsLang, string> = { en: 'en-US', fr: 'fr-FR' };

let current: WordsLang = 'en';

export function setWordsLanguage(lang: WordsLang): void {
  current = lang;
}

export function wordsLanguage(): WordsLang {
  return current;
}

/**
 * `english` in the current language, its {name} placeholders filled from `params` as given:
 * numbers are not reformatted here, because ids and references must stay as Odoo has them;
 * quantities go through `quantity()` first.
 */
export function _t(english: string, params: Params = {}): string {
  return fill(pick(english, params, english), params);
}

/**
 * Marks a text to translate where it is shown rather than where it is written (a sheet
 * header in a layout made at load time): returns it unchanged; `translated()` shows it.
 */
export function _lt(english: string): string {
  return english;
}

/** A text marked with `_lt` (or given to `_t` elsewhere), in the current language. */
export function translated(english: string, params: Params = {}): string {
  return fill(pick(english, params, english), params);
}

/** Plural text: `one` when params.count is 1 in the current language, else `other` (the key). */
export function _tn(one: string, other: string, params: Params & { count: number }): string {
  return fill(pick(other, params, params.count === 1 ? one : other), params);
}

/** Every language's text for an English text: how a header written in any of them is recognised. */
export function everyLanguage(english: string): string[] {
  const texts = [english];
  for (const table of Object.values(TABLES)) {
    const found = table[english];
    if (typeof found === 'string') texts.push(found);
    else if (found) texts.push(found.one, found.other);
  }
  return texts;
}

/** A quantity in the current language's way (1 234,5 in French), up to 6 decimals. */
export function quantity(x: number): string {
  return formatters(current).number.format(x);
}

/** One formatter and one plural rule per language: a validation of 10,000 rows writes many messages. */
const made = new Map<WordsLang, { number: Intl.NumberFormat; plural: Intl.PluralRules }>();
function formatters(lang: WordsLang) {
  let found = made.get(lang);
  if (!found)
    made.set(lang, (found = { number: new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 6 }), plural: new Intl.PluralRules(LOCALES[lang]) }));
  return found;
}

/** The text for `key` in the current language; `english` when there is none. */
function pick(key: string, params: Params, english: string): string {
  if (current === 'en') return english;
  const found = TABLES[current][key];
  if (found === undefined) return english;
  if (typeof found === 'string') return found;
  const count = Number(params.count ?? 0);
  return formatters(current).plural.select(count) === 'one' ? found.one : found.other;
}

function fill(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}
