// The size of a value sent as JSON, in UTF-8 bytes, counted without building the string:
// how the workbook adapter and the strict Excel measure an Excel sync against its 5 MB limit.

/** UTF-8 bytes of a value serialised as JSON, without building the JSON string. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? numberBytes(value) : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'string':
      return stringBytes(value);
    case 'object': {
      if (Array.isArray(value)) {
        let total = 2 + Math.max(0, value.length - 1);
        for (const item of value) total += jsonBytes(item);
        return total;
      }
      let total = 2;
      let first = true;
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (item === undefined || typeof item === 'function') continue;
        total += (first ? 0 : 1) + stringBytes(key) + 1 + jsonBytes(item);
        first = false;
      }
      return total;
    }
    default:
      return 4;
  }
}

function numberBytes(n: number): number {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) {
    let digits = n < 0 ? 2 : 1;
    for (let a = Math.abs(n); a >= 10; a = Math.floor(a / 10)) digits++;
    return digits;
  }
  return String(n).length;
}

function stringBytes(s: string): number {
  let bytes = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) bytes += 2;
    else if (c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) bytes += 2;
    else if (c < 0x20) bytes += 6;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
