// What Office tells the pane about its look and language: the Office theme (light, dark,
// colourful, high contrast) as a Fluent v9 theme, and the display language as 'en' or 'fr'.
// The pane's entry (index.tsx) reads them from Office.context, or in the workbench from the
// page that plays Office (its ?theme= and ?lang= parameters, src/workbench/office-look.ts).
import { Theme, teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { Lang, langOf } from '../i18n';

export type LookName = 'light' | 'dark' | 'highContrast';

/** What the pane reads from Office (or from the workbench playing Office). */
export interface OfficeLook {
  officeTheme?: Partial<Office.OfficeTheme> | null;
  displayLanguage?: string | null;
  /** The browser runs in forced colours (Windows high contrast): Office's colours do not say so. */
  forcedColors?: boolean;
}

/** Relative luminance of a "#rrggbb" colour (WCAG), or null when it is not one. */
export function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Office's theme as one of Fluent's: forced colours (high contrast) first; then Office's own
 * isDarkTheme where the host answers it; else the luminance of its body background. Colourful
 * and White are light; Black and Dark Gray are dark.
 */
export function lookOf(look: OfficeLook): LookName {
  if (look.forcedColors) return 'highContrast';
  const theme = look.officeTheme;
  if (!theme) return 'light';
  const background = luminance(theme.bodyBackgroundColor);
  const foreground = luminance(theme.bodyForegroundColor);
  // A black page with white text is Office's high-contrast look, not merely dark.
  if (background !== null && foreground !== null && background === 0 && foreground === 1) return 'highContrast';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  return background !== null && background < 0.2 ? 'dark' : 'light';
}

export const FLUENT_THEME: Record<LookName, Theme> = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };

export function paneLang(look: OfficeLook): Lang {
  return langOf(look.displayLanguage ?? (typeof navigator !== 'undefined' ? navigator.language : 'en'));
}
