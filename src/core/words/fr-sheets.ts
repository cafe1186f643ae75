// French for the sheets' own words: sheet headers and the texts written in their cells.
import type { Translation } from './translate';

export const FR_SHEETS: Record<string, Translation> = {};
