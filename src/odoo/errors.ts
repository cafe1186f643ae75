// Odoo's error payload, turned into something a user can act on.
// Odoo answers JSON-RPC errors with HTTP 200 and {error: {code, message, data: {name, message, ...}}},
// and JSON-2 errors with an HTTP status and {name, message, arguments, ...}.
// Our words around Odoo's message are in the user's language; Odoo's message stays as Odoo sent it.
import { _t } from '../core/words/translate';

export type OdooErrorKind =
  | 'user' // odoo.exceptions.UserError: a business rule said no
  | 'validation' // odoo.exceptions.ValidationError: a constraint failed
  | 'access' // odoo.exceptions.AccessError: the user lacks a right
  | 'denied' // odoo.exceptions.AccessDenied: wrong login, password or API key
  | 'missing' // odoo.exceptions.MissingError: a record was deleted
  | 'session' // code 100: session expired
  | 'server' // any other server-side exception
  | 'network' // Odoo could not be reached
  | 'uncertain' // a write whose fate is unknown (the connection failed after it was sent)
  | 'timeout'
  | 'cancelled'
  | 'protocol'; // the reply is not Odoo's JSON-RPC

const KIND_BY_NAME: Record<string, OdooErrorKind> = {
  'odoo.exceptions.UserError': 'user',
  'odoo.exceptions.ValidationError': 'validation',
  'odoo.exceptions.AccessError': 'access',
  'odoo.exceptions.AccessDenied': 'denied',
  'odoo.exceptions.MissingError': 'missing',
  'odoo.http.SessionExpiredException': 'session',
  // JSON-2 (Odoo 19) answers HTTP errors in the same shape
  'werkzeug.exceptions.Unauthorized': 'denied',
  // the add-in's own proxy: Odoo could not be reached
  'lot_reassign.proxy': 'network',
};

/** The kind in plain words, in the user's language (Odoo's own text follows it untouched). */
function prefix(kind: OdooErrorKind): string {
  switch (kind) {
    case 'user':
      return _t('Odoo refused');
    case 'validation':
      return _t('Odoo rejected the data');
    case 'access':
      return _t('Your Odoo user is not allowed to do this');
    case 'denied':
      return _t('Odoo did not accept the login');
    case 'missing':
      return _t('A record no longer exists in Odoo');
    case 'session':
      return _t('The Odoo session expired; sign in again');
    case 'server':
      return _t('Odoo reported an error');
    case 'network':
      return _t('Odoo could not be reached');
    case 'uncertain':
      return _t('Odoo may have applied this change');
    case 'timeout':
      return _t('Odoo did not answer in time');
    case 'cancelled':
      return _t('Cancelled');
    case 'protocol':
      return _t('Unexpected answer from Odoo');
  }
}

export class OdooError extends Error {
  constructor(
    readonly kind: OdooErrorKind,
    /** Odoo's own message, verbatim (or ours for network/timeout/protocol). */
    readonly odooMessage: string,
    /** The exception's Python name, e.g. odoo.exceptions.UserError. */
    readonly odooName = '',
    /** What was being done, e.g. "stock.quant.action_apply_inventory". */
    readonly operation = '',
  ) {
    super(_t('{kind}: {message}', { kind: prefix(kind), message: odooMessage }));
    this.name = 'OdooError';
  }

  /** Message for the task pane: the kind in plain words, then Odoo's text. */
  get userMessage(): string {
    return this.message;
  }
}

interface RpcErrorPayload {
  code?: number;
  message?: string;
  data?: { name?: string; message?: string; arguments?: unknown[] };
}

/** Build an OdooError from the `error` member of a JSON-RPC reply. */
export function fromRpcError(error: RpcErrorPayload, operation: string): OdooError {
  const name = error.data?.name ?? '';
  const text = (error.data?.message || error.message || _t('Unknown error')).trim();
  const kind: OdooErrorKind = error.code === 100 ? 'session' : (KIND_BY_NAME[name] ?? 'server');
  return new OdooError(kind, text, name, operation);
}

/**
 * Odoo's refusal of `model` when it does not have it (a module not installed). The sentence is
 * not matched: Odoo words it with `_()`, which in `execute_cr` falls back to the user's own
 * language ("Object x doesn't exist" in English, translated for a French user). What tells it
 * is the refusal's kind (a UserError over JSON-RPC, a NotFound over JSON-2) naming the model.
 */
export function isUnknownModel(error: unknown, model: string): boolean {
  if (!(error instanceof OdooError)) return false;
  if (error.odooName !== 'odoo.exceptions.UserError' && error.odooName !== 'werkzeug.exceptions.NotFound') return false;
  const named = new RegExp(`(^|[^\\w.])${model.replace(/\./g, '\\.')}([^\\w.]|$)`);
  return named.test(error.odooMessage);
}

/** Build an OdooError from a JSON-2 error answer (its body and HTTP status). */
export function fromJson2Error(body: { name?: string; message?: string } | null, status: number, operation: string): OdooError {
  const name = body?.name ?? '';
  const text = (body?.message || `HTTP ${status}`).trim();
  const kind: OdooErrorKind = status === 401 ? 'denied' : (KIND_BY_NAME[name] ?? 'server');
  const message = status === 401 ? _t("{message}: Odoo 19's JSON-2 API signs in with an API key, not a password", { message: text }) : text;
  return new OdooError(kind, message, name, operation);
}
