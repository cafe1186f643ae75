// Python's repr() of JSON values. Odoo's messages embed Python reprs
// (e.g. "Invalid field stock.quant.foo in leaf ('foo', '=', 1)"), and clients
// may match on them, so we print values the way Python would.

export function pyRepr(value: unknown, asTuple = false): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pyNumber(value);
  if (typeof value === 'string') return pyString(value);
  if (Array.isArray(value)) {
    const inner = value.map((v) => pyRepr(v)).join(', ');
    if (asTuple) return value.length === 1 ? `(${inner},)` : `(${inner})`;
    return `[${inner}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${pyString(k)}: ${pyRepr(v)}`);
    return `{${entries.join(', ')}}`;
  }
  return String(value);
}

/** A domain leaf is a tuple once Odoo has normalised it. */
export function pyLeaf(leaf: unknown[]): string {
  return pyRepr(leaf, true);
}

function pyNumber(n: number): string {
  // JSON cannot tell 1 from 1.0; integers are by far the common case in ids and domains.
  if (Number.isInteger(n)) return String(n);
  return String(n);
}

function pyString(s: string): string {
  // Python prefers single quotes, and switches to double quotes when the text has a single quote only.
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else out += ch;
  }
  return `${quote}${out}${quote}`;
}
