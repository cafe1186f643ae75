// Odoo 19's JSON-2 API: POST /json/2/<model>/<method> with "Authorization: bearer <API key>"
// and the database in X-Odoo-Database. Arguments are named, so the positional arguments
// the gateway writes for execute_kw are named here, method by method; the answer is the
// bare result, an error is {name, message} with an HTTP status.
import { OdooError, fromJson2Error } from './errors';
import { CallOptions, JsonRpcTransport } from './transport';
import { _t } from '../core/words/translate';

/** Parameter names of the @api.model methods the add-in calls (no records). */
const MODEL_METHODS: Record<string, string[]> = {
  search_read: ['domain', 'fields', 'offset', 'limit', 'order'],
  search_count: ['domain', 'limit'],
  search: ['domain', 'offset', 'limit', 'order'],
  read_group: ['domain', 'fields', 'groupby', 'offset', 'limit', 'orderby', 'lazy'],
  create: ['vals_list'],
  fields_get: ['allfields', 'attributes'],
  context_get: [],
};

/** Parameter names after the records of the record methods with arguments. */
const RECORD_METHODS: Record<string, string[]> = {
  read: ['fields', 'load'],
  write: ['vals'],
  has_group: ['group_ext_id'],
};

export interface NamedCall {
  ids?: number[];
  named: Record<string, unknown>;
}

/**
 * execute_kw's (args, kwargs) as JSON-2's body. A method not in the tables above is a
 * record method without arguments (action_apply_inventory, execute): its only argument is the ids.
 */
export function toNamedCall(model: string, method: string, args: unknown[], kwargs: Record<string, unknown> = {}): NamedCall {
  const named: Record<string, unknown> = { ...kwargs };
  const put = (names: string[], values: unknown[]) => {
    if (values.length > names.length) throw new TypeError(`${model}.${method}: ${values.length} positional arguments, JSON-2 names only ${names.length}.`);
    values.forEach((value, i) => (named[names[i]] = value));
  };
  if (method in MODEL_METHODS) {
    put(MODEL_METHODS[method], args);
    return { named };
  }
  const [ids, ...rest] = args;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'number')) {
    throw new TypeError(`${model}.${method}: JSON-2 needs the records' ids as the first argument of a record method.`);
  }
  put(RECORD_METHODS[method] ?? [], rest);
  return { ids, named };
}

/** Calls as the owner of an API key; the key lives only in this object's memory. */
export class Json2Caller {
  constructor(
    private readonly transport: JsonRpcTransport,
    private readonly database: string,
    private readonly apiKey: string,
  ) {}

  async call<T>(model: string, method: string, args: unknown[], kwargs: Record<string, unknown> = {}, options?: CallOptions): Promise<T> {
    const operation = `${model}.${method}`;
    const { ids, named } = toNamedCall(model, method, args, kwargs);
    const body = JSON.stringify(ids ? { ids, ...named } : named);
    const headers = { Authorization: `bearer ${this.apiKey}`, 'X-Odoo-Database': this.database };
    const path = `/json/2/${encodeURIComponent(model)}/${encodeURIComponent(method)}`;
    const { status, text } = await this.transport.post(path, body, headers, operation, options);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      const hint = status === 404 ? _t('no JSON-2 API or no database "{database}" at this address', { database: this.database }) : `HTTP ${status}`;
      throw new OdooError('protocol', `${hint} (${operation}).`, '', operation);
    }
    if (status >= 200 && status < 300) {
      // JSON-2 answers any recordset as its ids; execute_kw's create of one dict gives the bare id
      const single = method === 'create' && !Array.isArray(args[0]) && Array.isArray(parsed) && parsed.length === 1;
      return (single ? (parsed as unknown[])[0] : (parsed ?? null)) as T;
    }
    throw fromJson2Error(parsed as Parameters<typeof fromJson2Error>[0], status, operation);
  }

  toJSON(): Record<string, unknown> {
    return { database: this.database };
  }
}
