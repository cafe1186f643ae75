import { en } from '../../../src/i18n/en';
import { fr } from '../../../src/i18n/fr';
import { formatDate, formatNumber, langOf, translator } from '../../../src/i18n';
import { FLUENT_THEME, lookOf, luminance } from '../../../src/taskpane/office-look';
import { ACTION, M, STATUS_LABEL, STEP_TITLE } from '../../../src/taskpane/stepper-messages';
import { ACTION_FR, M_FR, STATUS_LABEL_FR, STEP_TITLE_FR } from '../../../src/taskpane/stepper-messages-fr';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';

test("Office's display language: fr-* is French, anything else English", () => {
  expect(['fr-FR', 'fr-CA', 'fr', 'FR-be'].map(langOf)).toEqual(['fr', 'fr', 'fr', 'fr']);
  expect(['en-US', 'de-DE', 'frr', '', null, undefined].map(langOf)).toEqual(['en', 'en', 'en', 'en', 'en', 'en']);
});

test('t(): placeholders, plural forms by Intl.PluralRules, numbers by Intl.NumberFormat', () => {
  const t = translator('en');
  const tf = translator('fr');
  expect(t('errorCount', { count: 1 })).toBe('1 error');
  expect(t('errorCount', { count: 1234 })).toBe('1,234 errors');
  expect(tf('errorCount', { count: 0 })).toBe('0 erreur'); // French: 0 and 1 are singular
  expect(tf('errorCount', { count: 1234 })).toBe('1\u202f234 erreurs');
  expect(tf('odooReached', { version: '17.0' })).toBe('Odoo 17.0, joint par le serveur de ce complément');
  expect(formatNumber('fr', 1234.5)).toBe('1\u202f234,5');
  expect(formatDate('en', '2026-11-23 10:00:00')).toBe('Nov 23, 2026');
  expect(formatDate('fr', '2026-11-23 10:00:00')).toBe('23 nov. 2026');
});

test('every message has its French, and no French is left empty', () => {
  expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  const strings = (x: unknown): string[] => (typeof x === 'string' ? [x] : x && typeof x === 'object' ? Object.values(x).flatMap(strings) : []);
  for (const catalogue of [fr, STEP_TITLE_FR, STATUS_LABEL_FR, ACTION_FR, M_FR]) expect(strings(catalogue).filter((s) => !s.trim())).toEqual([]);
  expect(Object.keys(M_FR).sort()).toEqual(Object.keys(M).sort());
  expect(Object.keys(ACTION_FR)).toEqual(Object.keys(ACTION));
  expect(Object.keys(STEP_TITLE_FR)).toEqual(Object.keys(STEP_TITLE));
  expect(Object.keys(STATUS_LABEL_FR)).toEqual(Object.keys(STATUS_LABEL));
  expect(M_FR.valid(1, 0)).toBe('La ligne est valide.');
  expect(M_FR.valid(1200, 2)).toBe('Les 1\u202f200 lignes sont valides (2 avertissements).');
});

test("Office's theme as Fluent's: isDarkTheme, else the background's luminance; high contrast from forced colours or black on white", () => {
  expect(luminance('#FFFFFF')).toBe(1);
  expect(luminance('#000000')).toBe(0);
  expect(luminance('nope')).toBeNull();
  expect(lookOf({})).toBe('light');
  expect(lookOf({ officeTheme: { isDarkTheme: false, bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#262626' } })).toBe('light');
  expect(lookOf({ officeTheme: { isDarkTheme: true, bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' } })).toBe('dark');
  // A host without isDarkTheme: the background decides.
  expect(lookOf({ officeTheme: { bodyBackgroundColor: '#333333', bodyForegroundColor: '#F0F0F0' } })).toBe('dark');
  expect(lookOf({ officeTheme: { bodyBackgroundColor: '#F3F2F1', bodyForegroundColor: '#201F1E' } })).toBe('light');
  expect(lookOf({ officeTheme: { bodyBackgroundColor: '#000000', bodyForegroundColor: '#FFFFFF', isDarkTheme: true } })).toBe('highContrast');
  expect(lookOf({ officeTheme: { isDarkTheme: false, bodyBackgroundColor: '#FFFFFF' }, forcedColors: true })).toBe('highContrast');
  expect(FLUENT_THEME).toEqual({ light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme });
});
