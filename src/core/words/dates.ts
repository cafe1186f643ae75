// A calendar day in the user's way inside a message: 15/03/2027 in French. English keeps
// the year-first form the add-in asks users to type (2027-03-15), which reads the same everywhere.
import { wordsLanguage } from './translate';

/** "YYYY-MM-DD" (or an Odoo datetime, whose day is taken) as the current language writes a day. */
export function day(iso: string): string {
  const date = iso.slice(0, 10);
  if (wordsLanguage() === 'en' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
