// The batch machinery: a request context queues commands from proxy objects and
// applies them to the workbook at sync(), in order; loaded values reach the
// proxies only when the sync succeeds. Modeled on office.js (ClientRequestContext,
// ClientObject, ClientResult), down to its error codes and messages.
import type { Area } from './address';
import { API_SETS } from './api-sets';
import { apiNotFound, ErrorCodes, ExcelSimError, itemNotFound, Messages } from './errors';
import type { SheetModel, WorkbookModel } from './model';
import { jsonBytes } from './payload';

/** One queued action. run() applies it to the workbook and may return what to hand back to the proxies. */
export interface Command {
  location: string;
  /** Counted in stats.commands (object instantiation is not). */
  counted: boolean;
  /** JSON bytes of the values it sends (written values, method arguments), for the payload limit. */
  bytes?: number;
  run(): (() => void) | void;
}

export interface ContextHost {
  readonly strictLocalReads: boolean;
  /** The ExcelApi requirement set this Excel supports ("1.8"), or null for all of them. */
  readonly excelApi: string | null;
  readonly model: WorkbookModel;
  /** context.sync(): executes the queue against the workbook. */
  sync(context: BatchContext): Promise<void>;
  /** Range.select() / Worksheet.activate(), applied at sync. */
  selectRange(sheet: SheetModel, area: Area): void;
}

export class BatchContext {
  queue: Command[] = [];
  ended = false;
  /** True while commands execute: proxies created then (items of a loaded collection) resolve at once. */
  executing = false;
  /** JSON bytes of the values loaded by the sync under way (its response). */
  responseBytes = 0;
  readonly trackedObjects = {
    add: (_objects: unknown): void => undefined,
    remove: (_objects: unknown): void => undefined,
  };

  constructor(readonly host: ContextHost) {}

  enqueue(command: Command): void {
    if (this.ended) throw new ExcelSimError(ErrorCodes.invalidObjectPath, Messages.invalidObjectPath(command.location), command.location);
    this.queue.push(command);
  }

  hasCountedCommands(): boolean {
    return this.queue.some((c) => c.counted);
  }

  load(object: SimObject<unknown>, option?: LoadOption): void {
    object.load(option);
  }

  trace(_message: string): void {
    /* accepted, unused */
  }
}

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[]; top?: number; skip?: number } | undefined;

/** Property paths of a load() call: ["values"], ["format", "font", "bold"], ["items", "name"]. */
export function loadPaths(option: LoadOption): { paths: string[][]; all: boolean; top?: number; skip?: number } {
  const split = (s: string | string[] | undefined): string[] =>
    s === undefined ? [] : (Array.isArray(s) ? s : s.split(',')).map((x) => x.trim()).filter((x) => x !== '');
  if (option === undefined || option === null) return { paths: [], all: true };
  if (typeof option === 'string' || Array.isArray(option)) {
    const names = split(option);
    return { paths: names.map((n) => n.split('/')), all: names.length === 0 };
  }
  const names = [...split(option.select), ...split(option.expand)];
  return { paths: names.map((n) => n.split('/')), all: names.length === 0, top: option.top, skip: option.skip };
}

type State = 'pending' | 'ok' | 'null' | 'failed';

/**
 * Base of every proxy. The server side (_state, _t) is set while commands execute;
 * the client side (_isNull, _fields) only after a successful sync.
 */
export abstract class SimObject<T> {
  readonly context: BatchContext;
  _state: State = 'pending';
  _t: T | undefined;
  _isNull: boolean | undefined;
  _fields: Record<string, unknown> = {};
  readonly _className: string;
  private readonly _children = new Map<string, SimObject<unknown>>();

  private readonly _resolve: () => T | null;
  private readonly _parent: SimObject<unknown> | undefined;

  constructor(context: BatchContext, className: string, resolve: () => T | null, parent?: SimObject<unknown>) {
    this.context = context;
    this._className = className;
    this._resolve = resolve;
    this._parent = parent;
    if (context.executing) {
      this._instantiate();
      this._isNull = this._state === 'null';
    } else {
      context.enqueue({
        location: className,
        counted: false,
        run: () => {
          this._instantiate();
          return () => {
            this._isNull = this._state === 'null';
          };
        },
      });
    }
    // an older Excel: members of newer requirement sets fail at sync with ApiNotFound
    if (context.host.excelApi) return gateByApiSet(this, context.host.excelApi);
  }

  /** Resolves the workbook object (once), in queue order. */
  _instantiate(): void {
    if (this._state !== 'pending') return;
    try {
      if (this._parent) this._parent._instantiate();
      if (this._parent && this._parent._state === 'null') {
        this._state = 'null';
        return;
      }
      const t = this._resolve();
      if (t === null) this._state = 'null';
      else {
        this._t = t;
        this._state = 'ok';
      }
    } catch (error) {
      this._state = 'failed';
      throw error;
    }
  }

  /** Property names that load() without arguments brings back. */
  protected abstract readonly _scalars: readonly string[];

  /** Reads one scalar property from the workbook (a snapshot). */
  protected abstract _read(target: T, name: string): unknown;

  /** Navigation properties usable in load paths ("format", "font", "worksheet"...). */
  protected _nav(_name: string): SimObject<unknown> | undefined {
    return undefined;
  }

  /** Whether the workbook object still exists (a deleted sheet or table does not). */
  protected _alive(_target: T): boolean {
    return true;
  }

  /** A sub-object, created once per proxy, as office.js caches them. */
  protected _child<C extends SimObject<unknown>>(key: string, make: () => C): C {
    let child = this._children.get(key);
    if (!child) {
      child = make();
      this._children.set(key, child);
    }
    return child as C;
  }

  /** The workbook object, inside a command. */
  _target(location: string): T {
    if (this._state === 'ok') {
      if (!this._alive(this._t as T)) throw itemNotFound(location);
      return this._t as T;
    }
    if (this._state === 'null') throw itemNotFound(location);
    throw new ExcelSimError(ErrorCodes.invalidObjectPath, Messages.invalidObjectPath(this._className), location);
  }

  protected _queue(location: string, run: () => (() => void) | void, payload?: unknown): void {
    this.context.enqueue({ location, counted: true, run, bytes: payload === undefined ? 0 : jsonBytes(payload) });
  }

  /** A method call; `payload` is what its arguments send (values), for the payload limit. */
  protected _method(name: string, run: (target: T) => void, payload?: unknown): void {
    const location = `${this._className}.${name}`;
    this._queue(location, () => run(this._target(location)), payload);
  }

  protected _get<V>(name: string): V {
    if (Object.prototype.hasOwnProperty.call(this._fields, name)) return this._fields[name] as V;
    if (this._isNull === true) return undefined as V;
    const location = `${this._className}.${name}`;
    throw new ExcelSimError(ErrorCodes.propertyNotLoaded, Messages.propertyNotLoaded(name), location);
  }

  protected _set(name: string, value: unknown, apply: (target: T, value: unknown, location: string) => void): void {
    const location = `${this._className}.${name}`;
    if (this.context.ended) throw new ExcelSimError(ErrorCodes.invalidObjectPath, Messages.invalidObjectPath(location), location);
    // office.js keeps the value you set on the proxy (not what Excel makes of it)
    if (!this.context.host.strictLocalReads) this._fields[name] = value;
    else delete this._fields[name];
    this._queue(location, () => apply(this._target(location), value, location), value);
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) {
      throw new ExcelSimError(ErrorCodes.propertyNotLoaded, Messages.propertyNotLoaded('isNullObject'), `${this._className}.isNullObject`);
    }
    return this._isNull;
  }

  load(option?: LoadOption): this {
    const plan = loadPaths(option);
    const location = `${this._className}.load`;
    const version = this.context.host.excelApi;
    const unknown = version ? plan.paths.find((p) => isNewerSet(API_SETS[`${this._className}.${p[0]}`], version)) : undefined;
    if (unknown) {
      this.context.enqueue(failingCommand(`${this._className}.${unknown[0]}`));
      return this;
    }
    this._queue(location, () => {
      // a load that comes back also says whether the object is a null object (a look-up
      // whose own sync failed learns it here)
      if (this._state === 'null') return () => void (this._isNull = true);
      const apply = this._snapshot(plan.paths, plan.all, location, plan.top, plan.skip);
      return () => {
        this._isNull = false;
        apply();
      };
    });
    return this;
  }

  /** Reads the requested properties now; returns what stores them on the proxies. */
  _snapshot(paths: string[][], all: boolean, location: string, _top?: number, _skip?: number): () => void {
    const target = this._target(location);
    const names = all ? [...this._scalars] : [];
    const nested = new Map<string, string[][]>();
    for (const path of paths) {
      if (path[0] === 'isNullObject') continue;
      if (path.length === 1 && this._scalars.includes(path[0])) {
        if (!names.includes(path[0])) names.push(path[0]);
        continue;
      }
      const child = this._nav(path[0]);
      if (!child)
        throw new ExcelSimError(ErrorCodes.invalidArgument, Messages.notImplemented(`the property '${path.join('/')}' of ${this._className}`), location);
      const list = nested.get(path[0]) ?? [];
      if (path.length > 1) list.push(path.slice(1));
      nested.set(path[0], list);
    }
    const snap = names.map((n) => this._read(target, n));
    this.context.responseBytes += jsonBytes(snap);
    const appliers: (() => void)[] = [];
    for (const [name, sub] of nested) {
      const child = this._nav(name)!;
      child._instantiate();
      if (child._state === 'null') continue;
      appliers.push(child._snapshot(sub, sub.length === 0, location));
    }
    return () => {
      names.forEach((n, i) => (this._fields[n] = snap[i]));
      for (const apply of appliers) apply();
    };
  }

  /** office.js's set(): several properties at once, nested objects included. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      const child = this._nav(key);
      if (child && value && typeof value === 'object' && !Array.isArray(value)) child.set(value as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this._fields)) {
      out[k] = Array.isArray(v) && v.length > 0 && v[0] instanceof SimObject ? v.map((x: SimObject<unknown>) => x.toJSON()) : v;
    }
    return out;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A collection proxy: load('items'), load('items/name'), load('name') (office.js reads that as items/name). */
export abstract class SimCollection<T, M, I extends SimObject<unknown>> extends SimObject<T> {
  protected abstract _list(target: T): M[];
  protected abstract _item(model: M): I;

  get items(): I[] {
    return this._get<I[]>('items');
  }

  override _snapshot(paths: string[][], all: boolean, location: string, top?: number, skip?: number): () => void {
    const own: string[][] = [];
    const itemPaths: string[][] = [];
    let wantItems = all;
    for (const path of paths) {
      if (path[0] === 'items') {
        wantItems = true;
        if (path.length > 1) itemPaths.push(path.slice(1));
      } else if (this._scalars.includes(path[0]) && path.length === 1) {
        own.push(path);
      } else if (path[0] !== 'isNullObject') {
        wantItems = true;
        itemPaths.push(path);
      }
    }
    const applyOwn = own.length > 0 ? super._snapshot(own, false, location) : () => undefined;
    if (!wantItems) return applyOwn;
    const target = this._target(location);
    let models = this._list(target);
    if (skip) models = models.slice(skip);
    if (top !== undefined) models = models.slice(0, top);
    const items = models.map((m) => this._item(m));
    const appliers = items.map((item) => item._snapshot(itemPaths, itemPaths.length === 0, location));
    return () => {
      applyOwn();
      this._fields.items = items;
      for (const apply of appliers) apply();
    };
  }
}

/** office.js's ClientResult: value readable after the sync that computed it. */
export class SimClientResult<V> {
  private _loaded = false;
  private _value: V | undefined;

  get value(): V {
    if (!this._loaded) throw new ExcelSimError(ErrorCodes.valueNotLoaded, Messages.valueNotLoaded, 'ClientResult.value');
    return this._value as V;
  }

  _resolve(value: V): () => void {
    return () => {
      this._value = value;
      this._loaded = true;
    };
  }
}

/** Checks that an object handed to a method belongs to the same batch. */
export function sameContext(context: BatchContext, object: SimObject<unknown>, location: string): void {
  if (object.context !== context) throw new ExcelSimError(ErrorCodes.invalidRequestContext, Messages.invalidRequestContext, location);
}

/** Whether `set` (an API_SETS entry; undefined: ExcelApi 1.1) is beyond `version` ("1.8"). */
export function isNewerSet(set: string | undefined, version: string): boolean {
  if (set === undefined) return false;
  if (!/^\d+\.\d+$/.test(set)) return true; // ExcelApiOnline, ExcelApiDesktop: not in a numbered Excel
  const [a, b] = set.split('.').map(Number);
  const [x, y] = version.split('.').map(Number);
  return a > x || (a === x && b > y);
}

function failingCommand(location: string): Command {
  return {
    location,
    counted: true,
    run: () => {
      throw apiNotFound(location);
    },
  };
}

/**
 * The proxy as an older Excel serves it: office.js (always the latest) has every member, but
 * a call, a property set or a navigation to a member of a newer set queues a command the
 * host does not know, and the sync fails there with ApiNotFound.
 */
function gateByApiSet<P extends SimObject<unknown>>(object: P, version: string): P {
  const blocked = (prop: string | symbol): string | null => {
    if (typeof prop !== 'string') return null;
    const api = `${object._className}.${prop}`;
    return isNewerSet(API_SETS[api], version) ? api : null;
  };
  return new Proxy(object, {
    get(target, prop, receiver) {
      const api = blocked(prop);
      const value: unknown = Reflect.get(target, prop, receiver);
      if (!api) return value;
      if (typeof value === 'function') {
        return (...args: unknown[]) => {
          target.context.enqueue(failingCommand(api));
          return (value as (...a: unknown[]) => unknown).apply(receiver, args);
        };
      }
      if (value instanceof SimObject) target.context.enqueue(failingCommand(api));
      return value;
    },
    set(target, prop, value, receiver) {
      const api = blocked(prop);
      if (!api) return Reflect.set(target, prop, value, receiver);
      target.context.enqueue(failingCommand(api));
      return true;
    },
  });
}
