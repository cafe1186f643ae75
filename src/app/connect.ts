// Sign in: version check first, then authenticate, then who the user is.
import { currentUser } from '../odoo/reads';
import { Credentials, OdooClient, listDatabases, serverInfo } from '../odoo/client';
import { JsonRpcTransport } from '../odoo/transport';
import { Session, setSession } from './session';

/** The add-in calls its own origin; the server forwards to the one configured Odoo. */
export const DEFAULT_ODOO_BASE = '/odoo';

export async function connect(baseUrl: string, credentials: Credentials, signal?: AbortSignal): Promise<Session> {
  const transport = new JsonRpcTransport(baseUrl);
  const client = await OdooClient.connect(transport, credentials, { signal });
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

export async function discover(baseUrl: string, signal?: AbortSignal): Promise<{ version: string; databases: string[] }> {
  const transport = new JsonRpcTransport(baseUrl);
  const info = await serverInfo(transport, { signal, timeoutMs: 15_000 });
  return { version: info.version, databases: await listDatabases(transport, { signal, timeoutMs: 15_000 }) };
}

export function disconnect(): void {
  setSession(null);
}
