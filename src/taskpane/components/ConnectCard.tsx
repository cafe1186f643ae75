import { useEffect, useState } from 'react';
import { Button, Checkbox, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Radio, RadioGroup, Spinner } from '@fluentui/react-components';
import { DEFAULT_ODOO_BASE, connect, discover } from '../../app/connect';
import { loadRemembered, saveRemembered } from '../remembered-key';
import { messageOf } from '../messages';
import { usePaneLook } from '../pane-look';

export function ConnectCard() {
  const { t, lang } = usePaneLook();
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
      await connect(baseUrl, { db, login, secret }, undefined, lang);
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
      <h2>{t('connectTitle')}</h2>
      <Field label={t('odoo')} hint={serverVersion ? t('odooReached', { version: serverVersion }) : t('reached')}>
        <Input value={baseUrl} onChange={(_, d) => setBaseUrl(d.value)} name="odoo-url" />
      </Field>
      <Field label={t('database')} required>
        {databases.length > 0 ? (
          <Dropdown value={db} selectedOptions={[db]} onOptionSelect={(_, d) => setDb(d.optionValue ?? '')} name="database" aria-label={t('database')}>
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
      <Field label={t('login')} required>
        <Input value={login} onChange={(_, d) => setLogin(d.value)} name="login" autoComplete="username" />
      </Field>
      <Field label={t('secretKind')}>
        <RadioGroup layout="horizontal" value={kind} onChange={(_, d) => setKind(d.value as 'password' | 'apiKey')} name="secret-kind">
          <Radio value="password" label={t('password')} />
          <Radio value="apiKey" label={t('apiKey')} />
        </RadioGroup>
      </Field>
      <Field label={kind === 'apiKey' ? t('apiKey') : t('password')} required>
        <Input type="password" value={secret} onChange={(_, d) => setSecret(d.value)} name="secret" autoComplete="current-password" />
      </Field>
      {kind === 'apiKey' && <Checkbox checked={remember} onChange={(_, d) => setRemember(!!d.checked)} label={t('remember')} />}
      <div role="alert" aria-live="assertive">
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <Button appearance="primary" type="submit" disabled={busy || !db || !login || !secret}>
        {busy ? <Spinner size="tiny" label={t('connecting')} /> : t('connect')}
      </Button>
    </form>
  );
}
