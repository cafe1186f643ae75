// Sign in: version check first, then authenticate, then who the user is.
import { currentUser } from '../odoo/reads';
import { Credentials, OdooClient, listDatabases, serverInfo } from '../odoo/client';
import { OdooError } from '../odoo/errors';
import { JsonRpcTransport } from '../odoo/transport';
import { Session, setSession } from './session';

/** The add-in calls its own origin; the server forwards to the one configured Odoo. */
export const DEFAULT_ODOO_BASE = '/odoo';

/** Odoo's code for the pane's language. */
export const ODOO_LANG: Record<'en' | 'fr', string> = { en: 'en_US', fr: 'fr_FR' };

/**
 * `lang`: the pane's language. Odoo's own messages and names come in it when Odoo has it
 * installed (res.lang active, read once here); otherwise Odoo's default for the user stays.
 */
export async function connect(baseUrl: string, credentials: Credentials, signal?: AbortSignal, lang?: 'en' | 'fr'): Promise<Session> {
  const transport = new JsonRpcTransport(baseUrl);
  const client = await OdooClient.connect(transport, credentials, { signal });
  if (lang) await useOdooLanguage(client, ODOO_LANG[lang], signal);
  const session = await sessionFor(client, signal);
  setSession(session);
  return session;
}

/** Who is signed in, with every later call running in all the user's companies (their default one first). */
export async function sessionFor(client: OdooClient, signal?: AbortSignal): Promise<Session> {
  const user = await currentUser(client, signal);
  // Stock, lots and locations of every company the user may access, as one run.
  client.useCompanies([user.companyId, ...user.companies.map((c) => c.id).filter((id) => id !== user.companyId)]);
  return { client, user };
}

/** Ask Odoo for `code` in every later call if it is installed there; a refusal to read res.lang leaves Odoo's default. */
export async function useOdooLanguage(client: OdooClient, code: string, signal?: AbortSignal): Promise<void> {
  try {
    const active = await client.searchRead<{ code: string }>('res.lang', [['active', '=', true]], ['code'], {}, { signal });
    client.useLanguage(active.some((l) => l.code === code) ? code : null);
  } catch (error) {
    if (!(error instanceof OdooError) || signal?.aborted) throw error;
    client.useLanguage(null);
  }
}

export async function discover(baseUrl: string, signal?: AbortSignal): Promise<{ version: string; databases: string[] }> {
  const transport = new JsonRpcTransport(baseUrl);
  const info = await serverInfo(transport, { signal, timeoutMs: 15_000 });
  return { version: info.version, databases: await listDatabases(transport, { signal, timeoutMs: 15_000 }) };
}

export function disconnect(): void {
  setSession(null);
}
