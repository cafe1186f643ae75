// JSON-RPC over HTTP to Odoo's /jsonrpc, with timeouts, cancellation, retries and counters.
// It never logs request bodies or headers: they carry the password or API key.
//
// Retries: a 502, 503 or 504, or a failed connection, is tried again after 0.5, 1 and 2 s
// (4 tries at most; cancelling stops the wait). A read is tried again after any of them.
// A write is tried again only when it is certain nothing reached Odoo: the connection was
// refused, or this add-in's proxy answered that it could not reach Odoo and forwarded
// nothing. Otherwise the write is not sent again and the error says Odoo may have applied
// it: the steps read Odoo back before posting, so resuming never posts anything twice.
// A timeout is not retried: the same wait would only repeat.
import { OdooError, fromRpcError } from './errors';
import { _t } from '../core/words/translate';

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface TransportStats {
  calls: number;
  /** Calls sent again after a transient failure (counted in `calls` too). */
  retries: number;
  bytesSent: number;
  bytesReceived: number;
}

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal },
) => Promise<{
  ok: boolean;
  status: number;
  text(): Promise<string>;
}>;

/** Odoo kills requests after 120 s (limit_time_real); we wait a bit less by default. */
export const DEFAULT_TIMEOUT_MS = 110_000;

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts?: number;
  /** Wait before the first retry; doubled for each next one. */
  firstDelayMs?: number;
  /** How to wait (tests replace it); must end early, rejecting, when the signal aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Methods that change nothing in Odoo, safe to send again whatever happened to the first try.
 * Anything else counts as a write.
 */
export const READ_METHODS = new Set([
  'search_read',
  'read',
  'search',
  'search_count',
  'fields_get',
  'read_group',
  'formatted_read_group',
  'web_search_read',
  'web_read',
  'name_search',
  'has_group',
  'check_access_rights',
  'context_get',
  'default_get',
  // common and db services, and the sign-in
  'version',
  'login',
  'authenticate',
  'list',
  'server_version',
]);

/** Errors of a connection that was never made: nothing of the request was sent. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
/** data.name of the proxy's own errors (server/proxy.ts). */
const PROXY_ERROR_NAME = 'lot_reassign.proxy';

type Outcome = { status: number; text: string } | { failed: OdooError; undelivered: boolean };

/** What a transient failure means, or null when the outcome is final. */
function transient(outcome: Outcome): { undelivered: boolean; reason: string } | null {
  if ('failed' in outcome) return outcome.failed.kind === 'network' ? { undelivered: outcome.undelivered, reason: outcome.failed.odooMessage } : null;
  if (outcome.status !== 502 && outcome.status !== 503 && outcome.status !== 504) return null;
  const proxy = proxyError(outcome.text);
  if (proxy) return { undelivered: proxy.delivered === false && outcome.status !== 504, reason: proxy.message };
  return { undelivered: false, reason: `HTTP ${outcome.status}` };
}

function proxyError(text: string): { delivered: unknown; message: string } | null {
  try {
    const data = JSON.parse(text)?.error?.data;
    return data?.name === PROXY_ERROR_NAME ? { delivered: data.delivered, message: String(data.message ?? '') } : null;
  } catch {
    return null;
  }
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class JsonRpcTransport {
  readonly stats: TransportStats = { calls: 0, retries: 0, bytesSent: 0, bytesReceived: 0 };
  private nextId = 1;

  constructor(
    /** Base URL: the add-in's own proxy (e.g. "/odoo") or, on a server, Odoo itself. */
    private readonly baseUrl: string,
    private readonly fetchImpl: FetchLike = (url, init) => fetch(url, init),
    private readonly defaultTimeoutMs = DEFAULT_TIMEOUT_MS,
    private readonly retry: RetryOptions = {},
  ) {}

  /** One JSON-RPC call to /jsonrpc (service common, db or object). */
  async call<T>(service: string, method: string, args: unknown[], options: CallOptions = {}): Promise<T> {
    const operation = describe(service, method, args);
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'call', params: { service, method, args }, id: this.nextId++ });
    const { status, text } = await this.post('/jsonrpc', body, {}, operation, options);
    return parseReply<T>(text, status, operation);
  }

  /**
   * POST a JSON body to a path of the Odoo base URL, with the timeout, cancellation and
   * counters every call shares (JSON-RPC here, JSON-2 in json2.ts).
   */
  async post(
    path: string,
    body: string,
    headers: Record<string, string>,
    operation: string,
    options: CallOptions = {},
  ): Promise<{ status: number; text: string }> {
    const attempts = this.retry.attempts ?? 4;
    const firstDelayMs = this.retry.firstDelayMs ?? 500;
    const sleep = this.retry.sleep ?? wait;
    const isRead = READ_METHODS.has(operation.slice(operation.lastIndexOf('.') + 1));
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.once(path, body, headers, operation, options);
      const failure = transient(outcome);
      if (!failure) {
        if ('failed' in outcome) throw outcome.failed;
        return outcome;
      }
      if (!failure.undelivered && !isRead) {
        throw new OdooError(
          'uncertain',
          _t(
            '{reason}; {operation} may have reached Odoo and was not sent again. Posting again is safe: the step reads Odoo back first, so nothing is posted twice.',
            {
              reason: failure.reason,
              operation,
            },
          ),
          '',
          operation,
        );
      }
      if (attempt >= attempts) {
        const what = failure.undelivered ? _t('Odoo could not be reached') : failure.reason;
        throw new OdooError('network', _t('{reason} ({operation}, {count} tries).', { reason: what, operation, count: attempts }), '', operation);
      }
      try {
        await sleep(firstDelayMs * 2 ** (attempt - 1), options.signal);
      } catch {
        /* cancelled while waiting */
      }
      if (options.signal?.aborted) throw new OdooError('cancelled', _t('Cancelled while waiting to try again.'), '', operation);
      this.stats.retries += 1;
    }
  }

  /** One try: Odoo's answer, or the failure with whether the request certainly never left. */
  private async once(path: string, body: string, headers: Record<string, string>, operation: string, options: CallOptions): Promise<Outcome> {
    if (options.signal?.aborted) throw new OdooError('cancelled', _t('Cancelled before the call was sent.'), '', operation);
    const controller = new AbortController();
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onCancel = () => controller.abort();
    options.signal?.addEventListener('abort', onCancel);
    this.stats.calls += 1;
    this.stats.bytesSent += byteLength(body);
    let text: string;
    let status: number;
    try {
      const response = await this.fetchImpl(`${this.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body,
        signal: controller.signal,
      });
      status = response.status;
      text = await response.text();
    } catch (cause) {
      if (timedOut)
        throw new OdooError('timeout', _t('No answer within {seconds} s ({operation}).', { seconds: Math.round(timeoutMs / 1000), operation }), '', operation);
      if (options.signal?.aborted) throw new OdooError('cancelled', _t('Cancelled while waiting for Odoo.'), '', operation);
      const code = String(((cause as { cause?: { code?: unknown } }).cause ?? {}).code ?? '');
      return { failed: new OdooError('network', `${(cause as Error).message} (${operation}).`, '', operation), undelivered: NOT_CONNECTED.has(code) };
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onCancel);
    }
    this.stats.bytesReceived += byteLength(text);
    return { status, text };
  }
}

function parseReply<T>(text: string, status: number, operation: string): T {
  let reply: { result?: T; error?: Parameters<typeof fromRpcError>[0] | string };
  try {
    reply = JSON.parse(text);
  } catch {
    const hint = status === 404 ? _t('no Odoo JSON-RPC endpoint at this address') : `HTTP ${status}`;
    throw new OdooError('protocol', `${hint} (${operation}).`, '', operation);
  }
  // This add-in's server answers its own refusals (404, 405, 413) as {"error": "<text>"}.
  if (typeof reply.error === 'string') throw new OdooError('protocol', `${reply.error} (HTTP ${status}, ${operation}).`, '', operation);
  if (reply.error) throw fromRpcError(reply.error, operation);
  // Methods that return None (action_apply_inventory, for one) answer without a `result` key.
  return (reply.result === undefined ? null : reply.result) as T;
}

/** Name the call for messages without ever including its arguments' secrets. */
function describe(service: string, method: string, args: unknown[]): string {
  if (service === 'object' && method === 'execute_kw') return `${String(args[3])}.${String(args[4])}`;
  return `${service}.${method}`;
}

function byteLength(text: string): number {
  return typeof Buffer !== 'undefined' ? Buffer.byteLength(text) : new TextEncoder().encode(text).length;
}
