// A signed-in connection to one Odoo database. Odoo 19 with an API key: JSON-2; every
// other case: /jsonrpc's execute_kw with the uid and secret (19 still serves it, deprecated).
// The secret (password or API key) lives only in this object's memory.
import { ServerInfo } from '../core/model';
import { Dialect, dialectFor, majorOf } from './dialect';
import { _t } from '../core/words/translate';
import { OdooError } from './errors';
import { Json2Caller } from './json2';
import { CallOptions, JsonRpcTransport } from './transport';

export interface Credentials {
  db: string;
  login: string;
  /** Password or API key: Odoo accepts either wherever the password goes on /jsonrpc; JSON-2 takes API keys only. */
  secret: string;
}

/** Which of Odoo's external APIs a connection uses. */
export type OdooApi = 'jsonrpc' | 'json2';

export async function serverInfo(transport: JsonRpcTransport, options?: CallOptions): Promise<ServerInfo> {
  const info = await transport.call<{ server_version: string; server_version_info?: unknown[] }>('common', 'version', [], options);
  return { version: info.server_version, major: majorOf(info.server_version, info.server_version_info) };
}

/** Databases offered by the server; empty when the server hides its list (list_db = False). */
export async function listDatabases(transport: JsonRpcTransport, options?: CallOptions): Promise<string[]> {
  try {
    return await transport.call<string[]>('db', 'list', [], options);
  } catch (error) {
    if (error instanceof OdooError && (error.kind === 'denied' || error.kind === 'access' || error.kind === 'server')) return [];
    throw error;
  }
}

export class OdooClient {
  /** Companies every call runs in (Odoo's allowed_company_ids); null until the user's are known. */
  private companyIds: readonly number[] | null = null;
  /** Odoo's language for its own messages and names (context lang, e.g. "fr_FR"); null: the user's default. */
  private langCode: string | null = null;

  private constructor(
    readonly transport: JsonRpcTransport,
    readonly server: ServerInfo,
    readonly dialect: Dialect,
    readonly db: string,
    readonly uid: number,
    readonly login: string,
    private readonly secret: string,
    private readonly json2: Json2Caller | null,
  ) {}

  /** The API in use: JSON-2 on Odoo 19 signed in with an API key, else JSON-RPC. */
  get api(): OdooApi {
    return this.json2 ? 'json2' : 'jsonrpc';
  }

  /** Check the version first (refusing unsupported ones before anything else), then authenticate. */
  static async connect(transport: JsonRpcTransport, credentials: Credentials, options?: CallOptions): Promise<OdooClient> {
    const server = await serverInfo(transport, options);
    const dialect = dialectFor(server.major);
    if (dialect.json2) {
      const json2 = await signInWithApiKey(transport, credentials, options);
      if (json2) return new OdooClient(transport, server, dialect, credentials.db, json2.uid, credentials.login, credentials.secret, json2.caller);
    }
    const uid = await transport.call<number | false>('common', 'authenticate', [credentials.db, credentials.login, credentials.secret, {}], options);
    if (!uid) {
      throw new OdooError(
        'denied',
        _t('Wrong login, password or API key for "{login}" on database "{database}".', { login: credentials.login, database: credentials.db }),
      );
    }
    return new OdooClient(transport, server, dialect, credentials.db, uid, credentials.login, credentials.secret, null);
  }

  /**
   * Run every later call in these companies, as Odoo's web client does: the first one is
   * Odoo's "current company" (where a record created without a company lands).
   */
  useCompanies(ids: readonly number[]): void {
    this.companyIds = ids.length ? [...ids] : null;
  }

  /**
   * Every later call asks Odoo to answer in this language (context lang, e.g. "fr_FR"), as the
   * web client does; only a language installed in Odoo (res.lang active) should be given.
   */
  useLanguage(code: string | null): void {
    this.langCode = code;
  }

  get language(): string | null {
    return this.langCode;
  }

  /** Odoo's current company for these calls (the user's default one), once known. */
  get currentCompanyId(): number | null {
    return this.companyIds?.[0] ?? null;
  }

  /** The companies calls run in, the given one first (so Odoo's defaults land there). */
  companiesFirst(companyId: number): number[] {
    return [companyId, ...(this.companyIds ?? []).filter((id) => id !== companyId)];
  }

  execute<T>(model: string, method: string, args: unknown[], kwargs: Record<string, unknown> = {}, options?: CallOptions): Promise<T> {
    if (this.companyIds) {
      const context = (kwargs.context ?? {}) as Record<string, unknown>;
      if (!('allowed_company_ids' in context)) kwargs = { ...kwargs, context: { ...context, allowed_company_ids: this.companyIds } };
    }
    if (this.langCode) {
      const context = (kwargs.context ?? {}) as Record<string, unknown>;
      if (!('lang' in context)) kwargs = { ...kwargs, context: { ...context, lang: this.langCode } };
    }
    if (this.json2) return this.json2.call<T>(model, method, args, kwargs, options);
    return this.transport.call<T>('object', 'execute_kw', [this.db, this.uid, this.secret, model, method, args, kwargs], options);
  }

  searchRead<T = Record<string, unknown>>(
    model: string,
    domain: unknown[],
    fields: string[],
    extra: { limit?: number; offset?: number; order?: string; context?: Record<string, unknown> } = {},
    options?: CallOptions,
  ): Promise<T[]> {
    return this.execute<T[]>(model, 'search_read', [domain], { fields, ...extra }, options);
  }

  /** Never expose the secret, not even in a debugger's JSON dump. */
  toJSON(): Record<string, unknown> {
    return { db: this.db, uid: this.uid, login: this.login, server: this.server, api: this.api, companies: this.companyIds };
  }
}

/**
 * JSON-2 takes the secret as an API key. A password is refused there (401): the caller then
 * signs in through /jsonrpc instead. A key of another user than the login typed is refused.
 */
async function signInWithApiKey(
  transport: JsonRpcTransport,
  credentials: Credentials,
  options?: CallOptions,
): Promise<{ uid: number; caller: Json2Caller } | null> {
  const caller = new Json2Caller(transport, credentials.db, credentials.secret);
  let uid: number;
  try {
    uid = (await caller.call<{ uid: number }>('res.users', 'context_get', [], {}, options)).uid;
  } catch (error) {
    if (error instanceof OdooError && error.kind === 'denied') return null;
    throw error;
  }
  const [user] = await caller.call<{ login: string }[]>('res.users', 'read', [[uid], ['login']], {}, options);
  if (user?.login !== credentials.login) {
    throw new OdooError('denied', _t('This API key belongs to "{owner}", not to "{login}".', { owner: user?.login ?? String(uid), login: credentials.login }));
  }
  return { uid, caller };
}
