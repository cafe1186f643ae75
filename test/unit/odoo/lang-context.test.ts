// Odoo answers in the pane's language: after sign-in the add-in reads res.lang's active codes
// once; every later call carries context.lang only when that language is installed.
import { OdooClient } from '../../../src/odoo/client';
import { FetchLike, JsonRpcTransport } from '../../../src/odoo/transport';
import { useOdooLanguage } from '../../../src/app/connect';

function odoo(langs: unknown) {
  const calls: { method: string; model?: string; kwargs?: Record<string, unknown> }[] = [];
  const fetchImpl: FetchLike = async (_url, init) => {
    const { params } = JSON.parse(init.body) as { params: { service: string; method: string; args: unknown[] } };
    const [, , , model, method, , kwargs] = params.args as [string, number, string, string, string, unknown[], Record<string, unknown>];
    calls.push({ method: params.method === 'execute_kw' ? method : params.method, model, kwargs });
    const result =
      params.method === 'version'
        ? { server_version: '17.0', server_version_info: [17, 0, 0, 'final', 0, ''] }
        : params.method === 'authenticate'
          ? 2
          : model === 'res.lang'
            ? langs
            : [];
    if (result instanceof Error)
      return {
        ok: true,
        status: 200,
        text: async () =>
          JSON.stringify({
            jsonrpc: '2.0',
            id: 1,
            error: { code: 200, message: 'Odoo Server Error', data: { name: 'builtins.KeyError', message: "'res.lang'" } },
          }),
      };
    return { ok: true, status: 200, text: async () => JSON.stringify({ jsonrpc: '2.0', id: 1, result }) };
  };
  return { transport: new JsonRpcTransport('/odoo', fetchImpl), calls };
}

const signIn = (transport: JsonRpcTransport) => OdooClient.connect(transport, { db: 'db', login: 'admin', secret: 'admin' });

test('French installed in Odoo: every later call asks for fr_FR', async () => {
  const { transport, calls } = odoo([{ code: 'en_US' }, { code: 'fr_FR' }]);
  const client = await signIn(transport);
  await useOdooLanguage(client, 'fr_FR');
  await client.searchRead('stock.quant', [], ['quantity']);
  expect(calls.find((c) => c.model === 'res.lang')!.kwargs!.context).toBeUndefined();
  expect(calls.at(-1)!.kwargs!.context).toEqual({ lang: 'fr_FR' });
  // A call that names its own language keeps it.
  await client.searchRead('stock.quant', [], ['quantity'], { context: { lang: 'en_US' } });
  expect(calls.at(-1)!.kwargs!.context).toEqual({ lang: 'en_US' });
});

test("French not installed: Odoo's default stays (no lang in the context)", async () => {
  const { transport, calls } = odoo([{ code: 'en_US' }]);
  const client = await signIn(transport);
  await useOdooLanguage(client, 'fr_FR');
  await client.searchRead('stock.quant', [], ['quantity']);
  expect(client.language).toBeNull();
  expect(calls.at(-1)!.kwargs!.context).toBeUndefined();
});

test("res.lang cannot be read: Odoo's default stays and sign-in goes on", async () => {
  const { transport, calls } = odoo(new Error('no res.lang'));
  const client = await signIn(transport);
  await useOdooLanguage(client, 'fr_FR');
  await client.searchRead('stock.quant', [], ['quantity']);
  expect(client.language).toBeNull();
  expect(calls.at(-1)!.kwargs!.context).toBeUndefined();
});
