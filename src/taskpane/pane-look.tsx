// The pane's language and announcements, shared by its components.
// Results and errors are live regions where they show (TaskStatus, ConnectCard). Progress,
// whose bar changes at every batch, is said through one hidden polite region, at most every
// few seconds (ProgressPanel); it stays in the page, as a region added with its text is not read.
import { ReactNode, createContext, useCallback, useContext, useMemo, useState } from 'react';
import { makeStyles } from '@fluentui/react-components';
import { Lang, T, translator } from '../i18n';
import { setWordsLanguage } from '../core/words/translate';

interface PaneLook {
  lang: Lang;
  t: T;
  announce(text: string): void;
}

const PaneLookContext = createContext<PaneLook>({ lang: 'en', t: translator('en'), announce: () => undefined });

export const usePaneLook = () => useContext(PaneLookContext);

const useStyles = makeStyles({
  // Visually hidden, still read (the usual screen-reader-only pattern).
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

export function PaneLookProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const styles = useStyles();
  const [said, setSaid] = useState('');
  const announce = useCallback((text: string) => setSaid(text), []);
  // The core's words (sheet headers, checks, errors) follow the pane's language: set before
  // the children render, so whatever they make from here on is in it.
  setWordsLanguage(lang);
  const value = useMemo(() => ({ lang, t: translator(lang), announce }), [lang, announce]);
  return (
    <PaneLookContext.Provider value={value}>
      {children}
      <div className={styles.hidden} role="status" aria-live="polite" data-testid="announce-progress">
        {said}
      </div>
    </PaneLookContext.Provider>
  );
}
