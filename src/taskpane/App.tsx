import { useEffect, useState } from 'react';
import { Button, FluentProvider, Text } from '@fluentui/react-components';
import { Session, getSession, onSessionChange } from '../app/session';
import { disconnect } from '../app/connect';
import { refreshOdooFunctions } from '../app/refresh-functions';
import type { ExcelRunner, ExcelRunnerIn } from '../app/pane-support';
import { ExcelContext, ExcelInContext } from './excel-context';
import { ConnectCard } from './components/ConnectCard';
import { Stepper } from './stepper/Stepper';
import { PaneTaskContext, useTask } from './use-task';
import { FLUENT_THEME, OfficeLook, lookOf, paneLang } from './office-look';
import { PaneLookProvider, usePaneLook } from './pane-look';

/**
 * The pane in Office's theme and language, read once when it starts. Excel has no event for a
 * theme change (Office.EventType.OfficeThemeChanged is Outlook's, Mailbox 1.14): the pane
 * takes a new theme when it is opened again. In Windows high contrast (forced colours) it
 * follows that as it changes.
 */
export function App({ office, ...props }: { run: ExcelRunner; runIn: ExcelRunnerIn; office: OfficeLook }) {
  const [forced, setForced] = useState(!!office.forcedColors);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(forced-colors: active)');
    const changed = () => setForced(query.matches);
    query.addEventListener?.('change', changed);
    return () => query.removeEventListener?.('change', changed);
  }, []);
  const look = lookOf({ ...office, forcedColors: forced });
  const lang = paneLang(office);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.look = look;
  }, [lang, look]);
  return (
    <FluentProvider theme={FLUENT_THEME[look]} className="pane-root" data-look={look}>
      <PaneLookProvider lang={lang}>
        <Pane {...props} />
      </PaneLookProvider>
    </FluentProvider>
  );
}

function Pane({ run, runIn }: { run: ExcelRunner; runIn: ExcelRunnerIn }) {
  const { t } = usePaneLook();
  const [session, setSession] = useState<Session | null>(getSession());
  useEffect(() => onSessionChange(setSession), []);
  // The pane's one task: while it runs, every other button waits.
  const task = useTask();

  return (
    <>
      <ExcelContext.Provider value={run}>
        <ExcelInContext.Provider value={runIn}>
          <PaneTaskContext.Provider value={task}>
            <main className="pane">
              <header className="pane-header">
                <h1>{t('appTitle')}</h1>
                {session && (
                  <div className="who" data-testid="connected-as">
                    <Text size={200}>
                      {session.user.name} · {session.client.db} · Odoo {session.client.server.version}
                      {session.client.api === 'json2' ? ' · JSON-2' : ''}
                      {session.client.api === 'jsonrpc' && session.client.dialect.json2 ? ` · ${t('jsonrpcDeprecated')}` : ''}
                      {session.user.isStockManager ? ` · ${t('stockManager')}` : session.user.isStockUser ? ` · ${t('stockUser')}` : ''}
                    </Text>
                    <Button
                      size="small"
                      appearance="subtle"
                      disabled={task.state.busy}
                      onClick={() => void refreshOdooFunctions(run)}
                      title={t('refreshFunctionsHint')}
                    >
                      {t('refreshFunctions')}
                    </Button>
                    <Button size="small" appearance="subtle" disabled={task.state.busy} onClick={disconnect}>
                      {t('signOut')}
                    </Button>
                  </div>
                )}
              </header>
              {session ? <Stepper key={`${session.client.db}|${session.user.name}`} /> : <ConnectCard />}
            </main>
          </PaneTaskContext.Provider>
        </ExcelInContext.Provider>
      </ExcelContext.Provider>
    </>
  );
}
