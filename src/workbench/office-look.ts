// The workbench plays Office's look and language for the pane (?theme= and ?lang=), so each
// theme and language can be tried without Office. The pane reads these where it would read
// Office.context.officeTheme and Office.context.displayLanguage (src/taskpane/office-look.ts).

/** The Office themes as Office reports them (colour triplets as Office's API gives them). */
export const PLAYED_THEMES = {
  // Office's "White" (and "Use system setting" in light mode)
  light: {
    themeId: 'White',
    isDarkTheme: false,
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#000000',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#262626',
  },
  // "Colorful": a coloured ribbon, a white pane: light
  colorful: {
    themeId: 'Colorful',
    isDarkTheme: false,
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#262626',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#262626',
  },
  // "Dark Gray" and "Black"
  darkgray: {
    themeId: 'DarkGray',
    isDarkTheme: true,
    bodyBackgroundColor: '#444444',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#666666',
    controlForegroundColor: '#FFFFFF',
  },
  dark: {
    themeId: 'Black',
    isDarkTheme: true,
    bodyBackgroundColor: '#262626',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#363636',
    controlForegroundColor: '#FFFFFF',
  },
  // Windows high contrast: Office's colours are black and white, the browser forces colours.
  highcontrast: {
    themeId: 'Black',
    isDarkTheme: true,
    bodyBackgroundColor: '#000000',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#000000',
    controlForegroundColor: '#FFFFFF',
  },
} as const;

export type PlayedTheme = keyof typeof PLAYED_THEMES;
export const PLAYED_LANGUAGES = { en: 'en-US', fr: 'fr-FR' } as const;

export function playedOffice(search: string) {
  const params = new URLSearchParams(search);
  const theme = (params.get('theme') ?? 'light') as PlayedTheme;
  const lang = (params.get('lang') ?? 'en') as keyof typeof PLAYED_LANGUAGES;
  const played = PLAYED_THEMES[theme] ?? PLAYED_THEMES.light;
  return {
    theme: PLAYED_THEMES[theme] ? theme : 'light',
    lang: PLAYED_LANGUAGES[lang] ? lang : 'en',
    office: {
      officeTheme: played,
      displayLanguage: PLAYED_LANGUAGES[lang] ?? PLAYED_LANGUAGES.en,
      forcedColors: theme === 'highcontrast',
    },
  };
}
