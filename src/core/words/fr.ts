// French for the core's `_t`, `_tn` and `_lt` texts (translate.ts), keyed by the English
// source text (plural texts by their English plural form). Sheets' words and the checks'
// and errors' words are kept apart, so each can grow without touching the other.
import type { Translation } from './translate';
import { FR_SHEETS } from './fr-sheets';
import { FR_MESSAGES } from './fr-messages';

export const FR: Record<string, Translation> = { ...FR_SHEETS, ...FR_MESSAGES };
