// Odoo 19's JSON-2 API as the sandbox plays it: POST /json/2/<model>/<method> with
// "Authorization: bearer <API key>", a JSON object of named arguments (ids and context
// apart), the bare result as the answer, and errors as {name, message, arguments,
// context, debug} with an HTTP status (http.py's Json2Dispatcher.handle_error).
import { fakeTraceback, OdooError } from './errors';
import type { ResUsers } from './models/res_users';
import type { Registry } from './orm/registry';
import { httpError, RpcDispatcher } from './rpc';

export interface Json2Request {
  model: string;
  method: string;
  authorization: string | undefined;
  /** X-Odoo-Database; the one database is used when absent. */
  database: string | undefined;
  body: Buffer;
}

export interface Json2Response {
  status: number;
  headers: Record<string, string>;
  /** null: the database is not known; the server answers werkzeug's HTML 404. */
  body: string | null;
}

/** HTTP status of each exception, as Odoo 19 declares them (exceptions.py, werkzeug). */
const STATUS: Record<string, number> = {
  'odoo.exceptions.UserError': 422,
  'odoo.exceptions.ValidationError': 422,
  'odoo.exceptions.RedirectWarning': 422,
  'odoo.exceptions.AccessError': 403,
  'odoo.exceptions.AccessDenied': 403,
  'odoo.exceptions.MissingError': 404,
  'odoo.exceptions.ConcurrencyError': 409,
  'werkzeug.exceptions.NotFound': 404,
  'werkzeug.exceptions.UnprocessableEntity': 422,
  'werkzeug.exceptions.Unauthorized': 401,
  'werkzeug.exceptions.BadRequest': 400,
};

export function handleJson2(registry: Registry, dispatcher: RpcDispatcher, req: Json2Request): Json2Response {
  if (req.database !== undefined && req.database !== registry.dbName) return { status: 404, headers: {}, body: null };
  try {
    const uid = authenticate(registry, req.authorization);
    const args = parseBody(req.body);
    const { ids, context, ...kwargs } = args;
    const result = dispatcher.executeNamed(uid, req.model, req.method, ids, context, kwargs);
    return { status: 200, headers: {}, body: JSON.stringify(result ?? null) };
  } catch (err) {
    const e = err instanceof OdooError ? err : new OdooError('builtins.Exception', err instanceof Error ? err.message : String(err));
    const headers: Record<string, string> = e.pyName === 'werkzeug.exceptions.Unauthorized' ? { 'WWW-Authenticate': 'Bearer' } : {};
    const body = { name: e.pyName, message: e.message, arguments: e.args, context: {}, debug: fakeTraceback(e) };
    return { status: STATUS[e.pyName] ?? 500, headers, body: JSON.stringify(body) };
  }
}

/** ir.http._auth_method_bearer: a global API key, else 401. */
function authenticate(registry: Registry, header: string | undefined): number {
  const token = /^bearer\s+(.+)$/i.exec(header ?? '')?.[1];
  if (!token) throw httpError('Unauthorized', 401, 'User not authenticated, use an API Key with a Bearer Authorization header.');
  const uid = (registry.model('res.users') as ResUsers).userOfApiKey(token);
  if (!uid) throw httpError('Unauthorized', 401, 'Invalid apikey');
  return uid;
}

function parseBody(body: Buffer): Record<string, unknown> {
  if (!body.length) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw httpError('BadRequest', 400, `could not parse the body as json: ${(err as Error).message}`);
  }
  // the dispatcher merges the body into the route's parameters: anything but an object is ignored
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
}
