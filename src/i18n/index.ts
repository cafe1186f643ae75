// The pane's languages: English and French, chosen from Office's display language.
// `translator(lang)` gives `t(key, params)`: {name} placeholders, plural forms chosen by
// Intl.PluralRules, numbers in params formatted by Intl.NumberFormat for the language.
// Pure: no React, no Office; the UI passes `t` (or the language) down to what needs it.
import { en } from './en';
import { fr } from './fr';

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

/** A message: a string, or plural forms chosen by params.count. */
export type Message = string | { one: string; other: string };
export type Catalogue = Record<keyof typeof en, Message>;
export type MessageKey = keyof typeof en;
export type Params = Record<string, string | number>;
export type T = (key: MessageKey, params?: Params) => string;

const CATALOGUES: Record<Lang, Catalogue> = { en, fr };

/** "fr-FR", "fr-CA", "fr" → French; anything else → English. */
export function langOf(displayLanguage: string | null | undefined): Lang {
  return /^fr(-|_|$)/i.test(displayLanguage ?? '') ? 'fr' : 'en';
}

/** The BCP 47 locale Intl formats with. */
export const LOCALE: Record<Lang, string> = { en: 'en-US', fr: 'fr-FR' };

export function formatNumber(lang: Lang, x: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LOCALE[lang], options).format(x);
}

/** A date (or an Odoo "YYYY-MM-DD HH:MM:SS" UTC datetime) in the language's way. */
export function formatDate(lang: Lang, value: string | Date, withTime = false): string {
  const date = typeof value === 'string' ? new Date(value.includes('T') || !value.includes(' ') ? value : `${value.replace(' ', 'T')}Z`) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(LOCALE[lang], withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(date);
}

export function translator(lang: Lang): T {
  const catalogue = CATALOGUES[lang];
  const rules = new Intl.PluralRules(LOCALE[lang]);
  return (key, params = {}) => {
    const message = catalogue[key] ?? en[key];
    const text = typeof message === 'string' ? message : message[rules.select(Number(params.count ?? 0)) === 'one' ? 'one' : 'other'];
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(lang, value) : value;
    });
  };
}
