// JSON-RPC over HTTP to Odoo's /jsonrpc, with timeouts, cancellation and counters.
// It never logs request bodies or headers: they carry the password or API key.
import { OdooError, fromRpcError } from './errors';

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface TransportStats {
  calls: number;
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

export class JsonRpcTransport {
  readonly stats: TransportStats = { calls: 0, bytesSent: 0, bytesReceived: 0 };
  private nextId = 1;

  constructor(
    /** Base URL: the add-in's own proxy (e.g. "/odoo") or, on a server, Odoo itself. */
    private readonly baseUrl: string,
    private readonly fetchImpl: FetchLike = (url, init) => fetch(url, init),
    private readonly defaultTimeoutMs = DEFAULT_TIMEOUT_MS,
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
    if (options.signal?.aborted) throw new OdooError('cancelled', 'Cancelled before the call was sent.', '', operation);
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
      if (timedOut) throw new OdooError('timeout', `No answer within ${Math.round(timeoutMs / 1000)} s (${operation}).`, '', operation);
      if (options.signal?.aborted) throw new OdooError('cancelled', 'Cancelled while waiting for Odoo.', '', operation);
      throw new OdooError('network', `${(cause as Error).message} (${operation}).`, '', operation);
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onCancel);
    }
    this.stats.bytesReceived += byteLength(text);
    return { status, text };
  }
}

function parseReply<T>(text: string, status: number, operation: string): T {
  let reply: { result?: T; error?: Parameters<typeof fromRpcError>[0] };
  try {
    reply = JSON.parse(text);
  } catch {
    const hint = status === 404 ? 'no Odoo JSON-RPC endpoint at this address' : `HTTP ${status}`;
    throw new OdooError('protocol', `${hint} (${operation}).`, '', operation);
  }
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
