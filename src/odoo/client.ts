// A signed-in connection to one Odoo database: execute_kw with the uid and secret.
// The secret (password or API key) lives only in this object's memory.
import { ServerInfo } from '../core/model';
import { Dialect, dialectFor, majorOf } from './dialect';
import { OdooError } from './errors';
import { CallOptions, JsonRpcTransport } from './transport';

export interface Credentials {
  db: string;
  login: string;
  /** Password or API key: Odoo accepts either wherever the password goes on /jsonrpc. */
  secret: string;
}

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
  private constructor(
    readonly transport: JsonRpcTransport,
    readonly server: ServerInfo,
    readonly dialect: Dialect,
    readonly db: string,
    readonly uid: number,
    readonly login: string,
    private readonly secret: string,
  ) {}

  /** Check the version first (refusing unsupported ones before anything else), then authenticate. */
  static async connect(transport: JsonRpcTransport, credentials: Credentials, options?: CallOptions): Promise<OdooClient> {
    const server = await serverInfo(transport, options);
    const dialect = dialectFor(server.major);
    const uid = await transport.call<number | false>('common', 'authenticate', [credentials.db, credentials.login, credentials.secret, {}], options);
    if (!uid) {
      throw new OdooError('denied', `Wrong login, password or API key for "${credentials.login}" on database "${credentials.db}".`);
    }
    return new OdooClient(transport, server, dialect, credentials.db, uid, credentials.login, credentials.secret);
  }

  execute<T>(model: string, method: string, args: unknown[], kwargs: Record<string, unknown> = {}, options?: CallOptions): Promise<T> {
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
    return { db: this.db, uid: this.uid, login: this.login, server: this.server };
  }
}
