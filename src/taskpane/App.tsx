import { useEffect, useState } from 'react';
import { Button, FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { Session, getSession, onSessionChange } from '../app/session';
import { disconnect } from '../app/connect';
import { refreshOdooFunctions } from '../app/refresh-functions';
import type { ExcelRunner, ExcelRunnerIn } from '../app/pane-support';
import { ExcelContext, ExcelInContext } from './excel-context';
import { ConnectCard } from './components/ConnectCard';
import { Stepper } from './stepper/Stepper';
import { PaneTaskContext, useTask } from './use-task';

export function App({ run, runIn }: { run: ExcelRunner; runIn: ExcelRunnerIn }) {
  const [session, setSession] = useState<Session | null>(getSession());
  useEffect(() => onSessionChange(setSession), []);
  // The pane's one task: while it runs, every other button waits.
  const task = useTask();

  return (
    <FluentProvider theme={webLightTheme}>
      <ExcelContext.Provider value={run}>
        <ExcelInContext.Provider value={runIn}>
          <PaneTaskContext.Provider value={task}>
            <main className="pane">
              <header className="pane-header">
                <h1>Lot Reassign for Odoo</h1>
                {session && (
                  <div className="who" data-testid="connected-as">
                    <Text size={200}>
                      {session.user.name} · {session.client.db} · Odoo {session.client.server.version}
                      {session.client.api === 'json2' ? ' · JSON-2' : ''}
                      {session.client.api === 'jsonrpc' && session.client.dialect.json2
                        ? ' · /jsonrpc (deprecated here: sign in with an API key to use JSON-2)'
                        : ''}
                      {session.user.isStockManager ? ' · stock manager' : session.user.isStockUser ? ' · stock user' : ''}
                    </Text>
                    <Button
                      size="small"
                      appearance="subtle"
                      disabled={task.state.busy}
                      onClick={() => void refreshOdooFunctions(run)}
                      title="Recalculate the =ODOO.* cells with fresh data"
                    >
                      Refresh Odoo functions
                    </Button>
                    <Button size="small" appearance="subtle" disabled={task.state.busy} onClick={disconnect}>
                      Sign out
                    </Button>
                  </div>
                )}
              </header>
              {session ? <Stepper key={`${session.client.db}|${session.user.name}`} /> : <ConnectCard />}
            </main>
          </PaneTaskContext.Provider>
        </ExcelInContext.Provider>
      </ExcelContext.Provider>
    </FluentProvider>
  );
}
