import { useEffect, useState } from 'react';
import { Button, Checkbox, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Radio, RadioGroup, Spinner } from '@fluentui/react-components';
import { DEFAULT_ODOO_BASE, connect, discover } from '../../app/connect';
import { loadRemembered, saveRemembered } from '../remembered-key';
import { messageOf } from '../messages';

export function ConnectCard() {
  const remembered = loadRemembered();
  const [baseUrl, setBaseUrl] = useState(DEFAULT_ODOO_BASE);
  const [databases, setDatabases] = useState<string[]>([]);
  const [serverVersion, setServerVersion] = useState('');
  const [db, setDb] = useState(remembered?.db ?? '');
  const [login, setLogin] = useState(remembered?.login ?? '');
  const [kind, setKind] = useState<'password' | 'apiKey'>(remembered ? 'apiKey' : 'password');
  const [secret, setSecret] = useState(remembered?.apiKey ?? '');
  const [remember, setRemember] = useState(!!remembered);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    discover(baseUrl, controller.signal)
      .then(({ version, databases: list }) => {
        setServerVersion(version);
        setDatabases(list);
        if (list.length === 1) setDb((current) => current || list[0]);
        setError('');
      })
      .catch((e) => !controller.signal.aborted && setError(messageOf(e)));
    return () => controller.abort();
  }, [baseUrl]);

  const submit = async () => {
    setBusy(true);
    setError('');
    try {
      await connect(baseUrl, { db, login, secret });
      saveRemembered(remember && kind === 'apiKey' ? { db, login, apiKey: secret } : null);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>Connect to Odoo</h2>
      <Field label="Odoo" hint={serverVersion ? `Odoo ${serverVersion}, reached through this add-in's server` : "Reached through this add-in's server"}>
        <Input value={baseUrl} onChange={(_, d) => setBaseUrl(d.value)} name="odoo-url" />
      </Field>
      <Field label="Database" required>
        {databases.length > 0 ? (
          <Dropdown value={db} selectedOptions={[db]} onOptionSelect={(_, d) => setDb(d.optionValue ?? '')} name="database" aria-label="Database">
            {databases.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        ) : (
          <Input value={db} onChange={(_, d) => setDb(d.value)} name="database" />
        )}
      </Field>
      <Field label="Login" required>
        <Input value={login} onChange={(_, d) => setLogin(d.value)} name="login" autoComplete="username" />
      </Field>
      <RadioGroup layout="horizontal" value={kind} onChange={(_, d) => setKind(d.value as 'password' | 'apiKey')}>
        <Radio value="password" label="Password" />
        <Radio value="apiKey" label="API key" />
      </RadioGroup>
      <Field label={kind === 'apiKey' ? 'API key' : 'Password'} required>
        <Input type="password" value={secret} onChange={(_, d) => setSecret(d.value)} name="secret" autoComplete="current-password" />
      </Field>
      {kind === 'apiKey' && (
        <Checkbox checked={remember} onChange={(_, d) => setRemember(!!d.checked)} label="Remember the API key in this browser (never in the workbook)" />
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" type="submit" disabled={busy || !db || !login || !secret}>
        {busy ? <Spinner size="tiny" label="Connecting" /> : 'Connect'}
      </Button>
    </form>
  );
}
