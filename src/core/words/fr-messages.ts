// French for the checks' findings (validation, pre-flight, reconciliation), our errors and progress.
import type { Translation } from './translate';

export const FR_MESSAGES: Record<string, Translation> = {};
