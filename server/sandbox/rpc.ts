// The JSON-RPC layer of Odoo 17: the /jsonrpc envelope, the common/db/object
// services (odoo/service/*.py) and call_kw (odoo/api.py). Errors are serialised
// like odoo.http.serialize_exception: HTTP 200 with error.code 200 "Odoo Server Error".
import { attributeError, fakeTraceback, keyError, OdooError, typeError, userError, valueError, accessError, accessDenied } from './errors';
import { bindArgs } from './orm/call';
import { Env } from './orm/env';
import type { Registry } from './orm/registry';
import type { ResUsers } from './models/res_users';
import { versionInfo } from './versions';

export interface JsonRpcError {
  code: number;
  message: string;
  data: { name: string; debug: string; message: string; arguments: unknown[]; context: Record<string, unknown> };
}

/** The full reply object; `result` is absent when the method returned None. */
export interface JsonRpcReply {
  jsonrpc: '2.0';
  id: unknown;
  result?: unknown;
  error?: JsonRpcError;
}

/** The envelope of an error; `code` is 200 until 18 and 0 in 19. */
export function errorReply(id: unknown, err: unknown, code = 200): JsonRpcReply {
  const e = err instanceof OdooError ? err : new OdooError('builtins.Exception', err instanceof Error ? err.message : String(err));
  return {
    jsonrpc: '2.0',
    id,
    error: {
      code,
      message: 'Odoo Server Error',
      data: { name: e.pyName, debug: fakeTraceback(e), message: e.message, arguments: e.args, context: {} },
    },
  };
}

export function reply(id: unknown, result: unknown): JsonRpcReply {
  // JsonRPCDispatcher._response: no "result" key when the method returned None
  return result === null || result === undefined ? { jsonrpc: '2.0', id } : { jsonrpc: '2.0', id, result };
}

/** Python's "missing N required positional arguments: 'a', 'b', and 'c'". */
function missing(fn: string, names: string[]): OdooError {
  const quoted = names.map((n) => `'${n}'`);
  const list =
    quoted.length === 1 ? quoted[0] : quoted.length === 2 ? quoted.join(' and ') : `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  return typeError(`${fn}() missing ${names.length} required positional argument${names.length === 1 ? '' : 's'}: ${list}`);
}

function positional(fn: string, args: unknown[], names: string[], optional = 0): unknown[] {
  const required = names.length - optional;
  if (args.length < required) throw missing(fn, names.slice(args.length, required));
  if (args.length > names.length) {
    const takes = optional ? `from ${required} to ${names.length}` : `${names.length}`;
    throw typeError(
      `${fn}() takes ${takes} positional argument${names.length === 1 ? '' : 's'} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`,
    );
  }
  return args;
}

export class RpcDispatcher {
  constructor(private readonly registry: () => Registry) {}

  /** POST /jsonrpc body -> reply. */
  dispatch(body: unknown): JsonRpcReply {
    const req = (body ?? {}) as Record<string, unknown>;
    const id = req.id ?? null;
    try {
      const params = (req.params ?? {}) as Record<string, unknown>;
      const absent = ['service', 'method', 'args'].filter((k) => !(k in params));
      if (absent.length) throw missing('RPC.jsonrpc', absent);
      const { service, method, args } = params as { service: unknown; method: unknown; args: unknown };
      if (!Array.isArray(args)) throw typeError(`odoo.service.${String(service)}.dispatch() argument after * must be an iterable, not ${pyTypeName(args)}`);
      return reply(id, this.service(String(service), String(method), args));
    } catch (err) {
      return errorReply(id, err, this.registry().traits.rpcErrorCode);
    }
  }

  private service(service: string, method: string, args: unknown[]): unknown {
    switch (service) {
      case 'common':
        return this.common(method, args);
      case 'db':
        return this.db(method, args);
      case 'object':
        return this.object(method, args);
      default:
        throw keyError(service);
    }
  }

  private common(method: string, args: unknown[]): unknown {
    switch (method) {
      case 'version':
        positional('exp_version', args, []);
        return versionInfo(this.registry().traits);
      case 'about': {
        const [extended] = positional('exp_about', args, ['extended'], 1);
        return extended ? ['See http://openerp.com', this.registry().traits.serverVersion] : 'See http://openerp.com';
      }
      case 'set_loglevel':
        positional('exp_set_loglevel', args, ['loglevel', 'logger'], 1);
        return true;
      case 'login': {
        const [db, login, password] = positional('exp_login', args, ['db', 'login', 'password']);
        return this.authenticate(db, login, password);
      }
      case 'authenticate': {
        const [db, login, password] = positional('exp_authenticate', args, ['db', 'login', 'password', 'user_agent_env']);
        return this.authenticate(db, login, password);
      }
      default:
        throw new OdooError('builtins.Exception', `Method not found: ${method}`);
    }
  }

  /** exp_authenticate: the uid, or False instead of AccessDenied. */
  private authenticate(db: unknown, login: unknown, password: unknown): unknown {
    const registry = this.open(db);
    try {
      return (registry.model('res.users') as ResUsers).authenticate(login, password);
    } catch (err) {
      if (err instanceof OdooError && err.pyName === 'odoo.exceptions.AccessDenied') return false;
      throw err;
    }
  }

  private db(method: string, args: unknown[]): unknown {
    const registry = this.registry();
    switch (method) {
      case 'list':
        positional('exp_list', args, ['document'], 1);
        return [registry.dbName];
      case 'db_exist': {
        const [name] = positional('exp_db_exist', args, ['db_name']);
        return name === registry.dbName;
      }
      case 'server_version':
        return registry.traits.serverVersion;
      case 'list_lang':
        return [['en_US', 'English (US)']];
      case 'create_database':
      case 'duplicate_database':
      case 'drop':
      case 'dump':
      case 'restore':
      case 'rename':
      case 'change_admin_password':
      case 'migrate_databases':
      case 'list_countries':
        // these need the master password; the sandbox has none that works
        throw accessDenied();
      default:
        throw keyError(`Method not found: ${method}`);
    }
  }

  private object(method: string, args: unknown[]): unknown {
    // odoo.service.model.dispatch: unpacks db, uid, password and checks them before the method name
    if (args.length < 3) throw new OdooError('builtins.IndexError', 'list index out of range');
    const [db, rawUid, password] = args;
    const uid = pyInt(rawUid);
    const registry = this.open(db);
    (registry.model('res.users') as ResUsers).checkCredentials(uid, password);
    if (method !== 'execute' && method !== 'execute_kw') throw new OdooError('builtins.NameError', `Method not available ${method}`);
    let model: unknown, name: unknown, callArgs: unknown, kwargs: unknown;
    if (method === 'execute_kw') {
      [model, name, callArgs, kwargs] = positional('execute_kw', args.slice(3), ['obj', 'method', 'args', 'kw'], 1);
      if (kwargs === null || kwargs === undefined) kwargs = {};
    } else {
      if (args.length < 5) throw missing('execute', ['obj', 'method'].slice(args.length - 3));
      [model, name] = args.slice(3, 5);
      callArgs = args.slice(5);
      kwargs = {};
    }
    if (!Array.isArray(callArgs)) throw typeError(`odoo.service.model.execute() argument after * must be an iterable, not ${pyTypeName(callArgs)}`);
    if (typeof kwargs !== 'object' || Array.isArray(kwargs))
      throw typeError(`odoo.service.model.execute() argument after ** must be a mapping, not ${pyTypeName(kwargs)}`);
    const run = () => this.execute(registry, uid, String(model), String(name), callArgs as unknown[], { ...(kwargs as Record<string, unknown>) });
    return registry.atOneTime(() => registry.store.transaction(run));
  }

  /** odoo.service.model.execute + odoo.api.call_kw. */
  private execute(registry: Registry, uid: number, modelName: string, method: string, args: unknown[], kwargs: Record<string, unknown>): unknown {
    if (/^(_.*|init)$/.test(method)) throw accessError(registry.traits.privateMethodMessage(modelName, method));
    if (!registry.has(modelName)) throw userError(`Object ${modelName} doesn't exist`);
    const context = (kwargs.context ?? {}) as Record<string, unknown>;
    delete kwargs.context;
    const env = new Env(registry, uid, typeof context === 'object' && context ? context : {});
    const model = registry.model(modelName);
    const spec = model.methods(env)[method];
    if (!spec) throw attributeError(`The method '${method}' does not exist on the model '${modelName}'`);
    if (spec.api === 'multi') {
      if (!args.length) throw new OdooError('builtins.IndexError', 'list index out of range');
      const ids = toIds(args[0]);
      return spec.run(bindArgs(spec, args.slice(1), kwargs), ids);
    }
    if (spec.api === 'create') {
      const bound = bindArgs(spec, args, kwargs);
      const v = bound.vals_list;
      if (!Array.isArray(v) && (typeof v !== 'object' || v === null)) throw valueError(`Wrong value for ${modelName}.create: ${String(v)}`);
    }
    return spec.run(bindArgs(spec, args, kwargs), []);
  }

  /**
   * JSON-2 (Odoo 19's /json/2/<model>/<method>): one call with named arguments as the API
   * key's user, in one transaction. Checks in the order of rpc/controllers/json2.py.
   */
  executeNamed(uid: number, modelName: string, method: string, ids: unknown, context: unknown, kwargs: Record<string, unknown>): unknown {
    const registry = this.registry();
    if (!registry.has(modelName)) throw httpError('NotFound', 404, `the model '${modelName}' does not exist`);
    if (/^(_.*|init)$/.test(method)) throw accessError(registry.traits.privateMethodMessage(modelName, method));
    const ctx = typeof context === 'object' && context !== null && !Array.isArray(context) ? (context as Record<string, unknown>) : {};
    const env = new Env(registry, uid, ctx);
    const spec = registry.model(modelName).methods(env)[method];
    if (!spec) throw httpError('NotFound', 404, `The method '${method}' does not exist on the model '${modelName}'`);
    const recordIds = toIds(ids ?? []);
    if (spec.api !== 'multi' && recordIds.length) throw httpError('UnprocessableEntity', 422, `cannot call ${modelName}.${method} with ids`);
    let bound: Record<string, unknown>;
    try {
      bound = bindArgs(spec, [], kwargs);
    } catch (err) {
      if (err instanceof OdooError && err.pyName === 'builtins.TypeError') throw httpError('UnprocessableEntity', 422, err.message);
      throw err;
    }
    const result = registry.atOneTime(() => registry.store.transaction(() => spec.run(bound, recordIds)));
    // a recordset answers as its ids: create() of one dict too, where execute_kw gives the bare id
    return spec.api === 'create' && typeof result === 'number' ? [result] : result;
  }

  private open(db: unknown): Registry {
    const registry = this.registry();
    if (db !== registry.dbName) {
      throw new OdooError(
        'psycopg2.OperationalError',
        `connection to server at "127.0.0.1", port 5432 failed: FATAL:  database "${String(db)}" does not exist\n`,
      );
    }
    return registry;
  }
}

/** A werkzeug HTTP exception as the JSON-2 dispatcher serialises it (arguments: description, code). */
export function httpError(name: 'NotFound' | 'UnprocessableEntity' | 'Unauthorized' | 'BadRequest', code: number, description: string): OdooError {
  return new OdooError(`werkzeug.exceptions.${name}`, description, [description, code]);
}

/** browse(ids): an int or a list of ints. */
function toIds(value: unknown): number[] {
  if (value === false || value === null || value === undefined) return [];
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) {
    for (const v of value) if (typeof v !== 'number') throw typeError(`unhashable type: '${pyTypeName(v)}'`);
    return value as number[];
  }
  throw typeError(`'${pyTypeName(value)}' object is not iterable`);
}

function pyInt(v: unknown): number {
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && /^\s*[-+]?\d+\s*$/.test(v)) return Number(v);
  if (typeof v === 'string') throw valueError(`invalid literal for int() with base 10: '${v}'`);
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(v)}'`);
}

function pyTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'str';
  if (Array.isArray(v)) return 'list';
  return 'dict';
}
