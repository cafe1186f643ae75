// Binding JSON-RPC args/kwargs to a method the way Python binds arguments, so that
// wrong calls fail with the TypeError Odoo's Python would raise.
import { typeError } from '../errors';

export interface Param {
  name: string;
  /** Present when the parameter is optional; the Python default (None -> null). */
  default?: unknown;
}

export interface MethodSpec {
  /** api.model (no ids), api.model_create_multi (dict or list of dicts), or a record method (ids first). */
  api: 'model' | 'create' | 'multi';
  params: Param[];
  /** Accepts **kwargs (e.g. search_read's read_kwargs). */
  varkw?: boolean;
  /** Python qualname for error messages, e.g. "BaseModel.search_read". */
  qualname: string;
  run(args: Record<string, unknown>, ids: number[]): unknown;
}

export function bindArgs(spec: MethodSpec, positional: unknown[], kwargs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const fname = `${spec.qualname}()`;
  // self (and, for record methods, the recordset) count as positional in Python's messages
  const selfCount = 1;
  if (positional.length > spec.params.length) {
    const min = spec.params.filter((p) => !('default' in p)).length + selfCount;
    const max = spec.params.length + selfCount;
    const takes = min === max ? `${max} positional argument${max === 1 ? '' : 's'}` : `from ${min} to ${max} positional arguments`;
    const given = positional.length + selfCount;
    throw typeError(`${fname} takes ${takes} but ${given} ${given === 1 ? 'was' : 'were'} given`);
  }
  positional.forEach((v, i) => (out[spec.params[i].name] = v));
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(kwargs)) {
    const p = spec.params.find((q) => q.name === k);
    if (p) {
      if (k in out) throw typeError(`${fname} got multiple values for argument '${k}'`);
      out[k] = v;
    } else if (spec.varkw) extra[k] = v;
    else throw typeError(`${fname} got an unexpected keyword argument '${k}'`);
  }
  const missing = spec.params.filter((p) => !(p.name in out) && !('default' in p)).map((p) => `'${p.name}'`);
  if (missing.length) {
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
    throw typeError(`${fname} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  for (const p of spec.params) if (!(p.name in out)) out[p.name] = p.default;
  if (spec.varkw) out.__kwargs = extra;
  return out;
}
