// A small formula engine: literals, arithmetic, comparisons, "&", cell and range
// references (relative, absolute, other sheets) and a handful of functions. Unknown
// functions give #NAME?, as in Excel. Extra functions (the add-in's custom
// functions in the workbench) are supplied by the caller.
import { columnIndex, MAX_COLUMNS, MAX_ROWS } from './address';
import { CellValue, formatGeneral, formatValue, parseDateText, parseNumberText, roundTo15 } from './values';

export class XError {
  constructor(readonly code: string) {}
}

/** An evaluated value: a scalar, empty (null), an error, or a range's values. */
export type Scalar = number | string | boolean | XError | null;
export type EvalValue = Scalar | Scalar[][];

export type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'err'; v: string }
  | { t: 'ref'; sheet?: string; row: number; col: number; rowAbs: boolean; colAbs: boolean }
  | {
      t: 'range';
      sheet?: string;
      r1: number;
      c1: number;
      r2: number;
      c2: number;
      abs: [boolean, boolean, boolean, boolean];
    }
  | { t: 'fn'; name: string; args: Node[] }
  | { t: 'unary'; op: string; e: Node }
  | { t: 'pct'; e: Node }
  | { t: 'bin'; op: string; l: Node; r: Node }
  | { t: 'name'; name: string }
  | { t: 'missing' };

export interface EvalEnv {
  /** The sheet of the formula's cell (references without a sheet point there). */
  sheet: string;
  /** Offset added to relative references (conditional formats evaluate their formula per cell). */
  rowShift?: number;
  colShift?: number;
  /** A cell's value; null when empty. Unknown sheet: return XError('#REF!'). */
  cell(sheet: string, row: number, column: number): Scalar;
  /** Bounds of a sheet's data, to keep "A:A" from iterating a million rows. */
  usedRows(sheet: string): number;
  usedColumns(sheet: string): number;
  /** Functions beyond the built-in ones; return undefined when the name is unknown. */
  callFunction?(name: string, args: EvalValue[]): EvalValue | undefined;
  /** Today's date, for TODAY()/NOW(). */
  now?: () => Date;
}

// ---------------------------------------------------------------- parsing

type Tok =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'err'; v: string }
  | { k: 'ref'; node: Node }
  | { k: 'fn'; name: string }
  | { k: 'name'; v: string }
  | { k: 'op'; v: string };

const ERROR_RE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BUSY!)/i;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const CELL_RANGE_RE = new RegExp(`^(${CELL})(?::(${CELL}))?(?![A-Za-z0-9_(])`);
const COL_RANGE_RE = /^(\$?[A-Za-z]{1,3}):(\$?[A-Za-z]{1,3})(?![A-Za-z0-9_(])/;
const ROW_RANGE_RE = /^(\$?\d+):(\$?\d+)(?![A-Za-z0-9_(])/;

function cellParts(text: string): { row: number; col: number; rowAbs: boolean; colAbs: boolean } {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(text)!;
  return { col: columnIndex(m[2]), row: Number(m[4]) - 1, colAbs: m[1] === '$', rowAbs: m[3] === '$' };
}

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest)) && !/^\d+:\$?\d/.test(rest)) {
      // a number, unless it is the start of a row range such as 3:5
      toks.push({ k: 'num', v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= src.length) throw new SyntaxError('Unterminated string');
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += src[j++];
      }
      toks.push({ k: 'str', v: text });
      i = j + 1;
      continue;
    }
    if ((m = ERROR_RE.exec(rest))) {
      toks.push({ k: 'err', v: m[0].toUpperCase() });
      i += m[0].length;
      continue;
    }
    // optional sheet prefix
    let sheet: string | undefined;
    let j = i;
    if (ch === "'") {
      const sm = /^'((?:[^']|'')+)'!/.exec(rest);
      if (sm) {
        sheet = sm[1].replace(/''/g, "'");
        j = i + sm[0].length;
      }
    } else {
      const sm = /^([A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)!/.exec(rest);
      if (sm) {
        sheet = sm[1];
        j = i + sm[0].length;
      }
    }
    const after = src.slice(j);
    if ((m = CELL_RANGE_RE.exec(after))) {
      const a = cellParts(m[1]);
      if (m[2]) {
        const b = cellParts(m[2]);
        toks.push({
          k: 'ref',
          node: {
            t: 'range',
            sheet,
            r1: Math.min(a.row, b.row),
            c1: Math.min(a.col, b.col),
            r2: Math.max(a.row, b.row),
            c2: Math.max(a.col, b.col),
            abs: [a.rowAbs, a.colAbs, b.rowAbs, b.colAbs],
          },
        });
      } else {
        toks.push({ k: 'ref', node: { t: 'ref', sheet, ...a } });
      }
      i = j + m[0].length;
      continue;
    }
    if ((m = COL_RANGE_RE.exec(after))) {
      const c1 = columnIndex(m[1].replace('$', ''));
      const c2 = columnIndex(m[2].replace('$', ''));
      toks.push({
        k: 'ref',
        node: {
          t: 'range',
          sheet,
          r1: 0,
          c1: Math.min(c1, c2),
          r2: MAX_ROWS - 1,
          c2: Math.max(c1, c2),
          abs: [true, m[1].startsWith('$'), true, m[2].startsWith('$')],
        },
      });
      i = j + m[0].length;
      continue;
    }
    if ((m = ROW_RANGE_RE.exec(after))) {
      const r1 = Number(m[1].replace('$', '')) - 1;
      const r2 = Number(m[2].replace('$', '')) - 1;
      toks.push({
        k: 'ref',
        node: {
          t: 'range',
          sheet,
          r1: Math.min(r1, r2),
          c1: 0,
          r2: Math.max(r1, r2),
          c2: MAX_COLUMNS - 1,
          abs: [m[1].startsWith('$'), true, m[2].startsWith('$'), true],
        },
      });
      i = j + m[0].length;
      continue;
    }
    if (sheet !== undefined) throw new SyntaxError('Bad reference');
    if ((m = /^[A-Za-z_\\][A-Za-z0-9_.\\]*(?=\s*\()/.exec(rest))) {
      toks.push({ k: 'fn', name: m[0].toUpperCase().replace(/^_XLFN\./, '') });
      i += m[0].length;
      continue;
    }
    if ((m = /^[A-Za-z_\\][A-Za-z0-9_.\\]*(\[[^\]]*\])?/.exec(rest))) {
      toks.push({ k: 'name', v: m[0] });
      i += m[0].length;
      continue;
    }
    if ((m = /^(<=|>=|<>|[-+*/^&=<>%(),])/.exec(rest))) {
      toks.push({ k: 'op', v: m[0] });
      i += m[0].length;
      continue;
    }
    throw new SyntaxError(`Unexpected character ${ch}`);
  }
  return toks;
}

class Parser {
  private pos = 0;
  constructor(private readonly toks: Tok[]) {}

  parse(): Node {
    const node = this.expr(0);
    if (this.pos < this.toks.length) throw new SyntaxError('Unexpected token');
    return node;
  }

  private peekOp(): string | null {
    const t = this.toks[this.pos];
    return t && t.k === 'op' ? t.v : null;
  }

  private static readonly PREC: Record<string, number> = { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5 };

  private expr(minPrec: number): Node {
    let left = this.unary();
    for (;;) {
      const op = this.peekOp();
      const prec = op ? Parser.PREC[op] : undefined;
      if (!op || prec === undefined || prec < minPrec) return left;
      this.pos++;
      const right = this.expr(op === '^' ? prec + 1 : prec + 1);
      left = { t: 'bin', op, l: left, r: right };
    }
  }

  private unary(): Node {
    const op = this.peekOp();
    if (op === '-' || op === '+') {
      this.pos++;
      return { t: 'unary', op, e: this.unary() };
    }
    let node = this.primary();
    while (this.peekOp() === '%') {
      this.pos++;
      node = { t: 'pct', e: node };
    }
    return node;
  }

  private primary(): Node {
    const t = this.toks[this.pos++];
    if (!t) throw new SyntaxError('Unexpected end');
    switch (t.k) {
      case 'num':
        return { t: 'num', v: t.v };
      case 'str':
        return { t: 'str', v: t.v };
      case 'err':
        return { t: 'err', v: t.v };
      case 'ref':
        return t.node;
      case 'name': {
        const upper = t.v.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { t: 'bool', v: upper === 'TRUE' };
        return { t: 'name', name: t.v };
      }
      case 'fn': {
        const open = this.toks[this.pos++];
        if (!open || open.k !== 'op' || open.v !== '(') throw new SyntaxError('Expected (');
        const args: Node[] = [];
        if (this.peekOp() === ')') {
          this.pos++;
          return { t: 'fn', name: t.name, args };
        }
        for (;;) {
          const op = this.peekOp();
          if (op === ',' || op === ')') args.push({ t: 'missing' });
          else args.push(this.expr(0));
          const sep = this.toks[this.pos++];
          if (!sep || sep.k !== 'op') throw new SyntaxError('Expected , or )');
          if (sep.v === ')') break;
          if (sep.v !== ',') throw new SyntaxError('Expected , or )');
        }
        return { t: 'fn', name: t.name, args };
      }
      case 'op':
        if (t.v === '(') {
          const inner = this.expr(0);
          const close = this.toks[this.pos++];
          if (!close || close.k !== 'op' || close.v !== ')') throw new SyntaxError('Expected )');
          return inner;
        }
        throw new SyntaxError(`Unexpected ${t.v}`);
    }
  }
}

const astCache = new Map<string, Node | SyntaxError>();

/** Parses a formula ("=A1+1"); throws SyntaxError when Excel would refuse it. */
export function parseFormula(formula: string): Node {
  let cached = astCache.get(formula);
  if (!cached) {
    try {
      cached = new Parser(tokenize(formula.replace(/^=/, ''))).parse();
    } catch (error) {
      cached = error instanceof SyntaxError ? error : new SyntaxError(String(error));
    }
    if (astCache.size > 20_000) astCache.clear();
    astCache.set(formula, cached);
  }
  if (cached instanceof SyntaxError) throw cached;
  return cached;
}

export function isValidFormula(formula: string): boolean {
  try {
    parseFormula(formula);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- evaluation

const VALUE = new XError('#VALUE!');
const DIV0 = new XError('#DIV/0!');
const NAME = new XError('#NAME?');
const NA = new XError('#N/A');
const NUM = new XError('#NUM!');
const REF = new XError('#REF!');

export function isError(v: unknown): v is XError {
  return v instanceof XError;
}

function toNumber(v: Scalar): number | XError {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof XError) return v;
  const n = parseNumberText(v) ?? parseDateText(v);
  return n ? n.value : VALUE;
}

function toText(v: Scalar): string | XError {
  if (v === null) return '';
  if (typeof v === 'number') return numberToText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

function numberToText(n: number): string {
  const r = roundTo15(n);
  if (Math.abs(r) >= 1e21 || (Math.abs(r) < 1e-9 && r !== 0)) return formatGeneral(r);
  return String(r);
}

function toBool(v: Scalar): boolean | XError {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v instanceof XError) return v;
  const u = v.toUpperCase();
  if (u === 'TRUE') return true;
  if (u === 'FALSE') return false;
  return VALUE;
}

function scalar(v: EvalValue): Scalar {
  if (Array.isArray(v)) {
    if (v.length === 1 && v[0].length === 1) return v[0][0];
    return VALUE;
  }
  return v;
}

function flatten(values: EvalValue[]): Scalar[] {
  const out: Scalar[] = [];
  for (const v of values) {
    if (Array.isArray(v)) for (const row of v) for (const x of row) out.push(x);
    else out.push(v);
  }
  return out;
}

function compare(a: Scalar, b: Scalar): number {
  const rank = (x: Scalar) => (typeof x === 'number' ? 0 : typeof x === 'string' ? 1 : typeof x === 'boolean' ? 2 : 3);
  if (a === null) a = typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0;
  if (b === null) b = typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** COUNTIF-style criteria: 5, "apple", ">10", "<>x", "=". */
function matcher(criteria: Scalar): (v: Scalar) => boolean {
  if (typeof criteria === 'string') {
    const m = /^(<=|>=|<>|=|<|>)?(.*)$/.exec(criteria)!;
    const op = m[1] ?? '=';
    const rhsText = m[2];
    const num = parseNumberText(rhsText);
    const rhs: Scalar = num ? num.value : rhsText;
    return (v) => {
      if (op === '=' && rhsText === '' && m[1]) return v === null || v === '';
      if (typeof rhs === 'string' && typeof v !== 'string' && op === '=') return false;
      if (typeof rhs === 'number' && typeof v !== 'number') return op === '<>';
      const c = compare(v, rhs);
      switch (op) {
        case '=':
          if (typeof rhs === 'string' && /[*?]/.test(rhs)) {
            const re = new RegExp(
              '^' +
                rhs
                  .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                  .replace(/\*/g, '.*')
                  .replace(/\?/g, '.') +
                '$',
              'i',
            );
            return re.test(String(v ?? ''));
          }
          return c === 0;
        case '<>':
          return c !== 0;
        case '<':
          return c < 0;
        case '>':
          return c > 0;
        case '<=':
          return c <= 0;
        default:
          return c >= 0;
      }
    };
  }
  return (v) => v !== null && compare(v, criteria) === 0 && typeof v === typeof criteria;
}

function roundHalfAway(n: number, digits: number): number {
  const factor = Math.pow(10, digits);
  const x = roundTo15(Math.abs(n) * factor);
  return (Math.sign(n) * Math.round(x)) / factor;
}

type Builtin = (args: EvalValue[], env: EvalEnv, raw: Node[]) => EvalValue;

function numbersOf(args: EvalValue[]): number[] | XError {
  const out: number[] = [];
  for (const arg of args) {
    if (Array.isArray(arg)) {
      for (const row of arg)
        for (const v of row) {
          if (v instanceof XError) return v;
          if (typeof v === 'number') out.push(v);
        }
    } else {
      const n = toNumber(arg);
      if (n instanceof XError) return n;
      out.push(n);
    }
  }
  return out;
}

function textArg(v: EvalValue): string | XError {
  return toText(scalar(v));
}

function numArg(v: EvalValue): number | XError {
  return toNumber(scalar(v));
}

const BUILTINS: Record<string, Builtin> = {
  SUM: (args) => {
    const ns = numbersOf(args);
    return ns instanceof XError ? ns : roundTo15(ns.reduce((a, b) => a + b, 0));
  },
  AVERAGE: (args) => {
    const ns = numbersOf(args);
    if (ns instanceof XError) return ns;
    return ns.length ? roundTo15(ns.reduce((a, b) => a + b, 0) / ns.length) : DIV0;
  },
  MIN: (args) => {
    const ns = numbersOf(args);
    return ns instanceof XError ? ns : ns.length ? Math.min(...ns) : 0;
  },
  MAX: (args) => {
    const ns = numbersOf(args);
    return ns instanceof XError ? ns : ns.length ? Math.max(...ns) : 0;
  },
  COUNT: (args) => flatten(args).filter((v) => typeof v === 'number').length,
  COUNTA: (args) => flatten(args).filter((v) => v !== null).length,
  COUNTBLANK: (args) => flatten(args).filter((v) => v === null || v === '').length,
  COUNTIF: (args) => {
    const test = matcher(scalar(args[1] ?? null));
    return flatten([args[0]]).filter(test).length;
  },
  SUMIF: (args) => {
    const test = matcher(scalar(args[1] ?? null));
    const range = flatten([args[0]]);
    const sums = args[2] !== undefined ? flatten([args[2]]) : range;
    let total = 0;
    range.forEach((v, i) => {
      const s = sums[i];
      if (test(v) && typeof s === 'number') total += s;
    });
    return roundTo15(total);
  },
  IF: (args) => {
    const c = toBool(scalar(args[0] ?? null));
    if (c instanceof XError) return c;
    if (c) return args.length > 1 ? (args[1] ?? true) : true;
    return args.length > 2 ? (args[2] ?? false) : false;
  },
  IFERROR: (args) => (scalar(args[0] ?? null) instanceof XError ? (args[1] ?? null) : (args[0] ?? null)),
  IFNA: (args) => {
    const v = scalar(args[0] ?? null);
    return v instanceof XError && v.code === '#N/A' ? (args[1] ?? null) : (args[0] ?? null);
  },
  AND: (args) => {
    for (const v of flatten(args)) {
      if (v === null || typeof v === 'string') continue;
      const b = toBool(v);
      if (b instanceof XError) return b;
      if (!b) return false;
    }
    return true;
  },
  OR: (args) => {
    let any = false;
    for (const v of flatten(args)) {
      if (v === null || typeof v === 'string') continue;
      const b = toBool(v);
      if (b instanceof XError) return b;
      any = any || b;
    }
    return any;
  },
  NOT: (args) => {
    const b = toBool(scalar(args[0] ?? null));
    return b instanceof XError ? b : !b;
  },
  ROUND: (args) => {
    const n = numArg(args[0] ?? null);
    const d = numArg(args[1] ?? 0);
    if (n instanceof XError) return n;
    if (d instanceof XError) return d;
    return roundHalfAway(n, Math.trunc(d));
  },
  INT: (args) => {
    const n = numArg(args[0] ?? null);
    return n instanceof XError ? n : Math.floor(n);
  },
  ABS: (args) => {
    const n = numArg(args[0] ?? null);
    return n instanceof XError ? n : Math.abs(n);
  },
  LEN: (args) => {
    const s = textArg(args[0] ?? null);
    return s instanceof XError ? s : s.length;
  },
  LEFT: (args) => {
    const s = textArg(args[0] ?? null);
    const n = args.length > 1 ? numArg(args[1]) : 1;
    if (s instanceof XError) return s;
    if (n instanceof XError) return n;
    return s.slice(0, n);
  },
  RIGHT: (args) => {
    const s = textArg(args[0] ?? null);
    const n = args.length > 1 ? numArg(args[1]) : 1;
    if (s instanceof XError) return s;
    if (n instanceof XError) return n;
    return n <= 0 ? '' : s.slice(-n);
  },
  MID: (args) => {
    const s = textArg(args[0] ?? null);
    const start = numArg(args[1] ?? null);
    const n = numArg(args[2] ?? null);
    if (s instanceof XError) return s;
    if (start instanceof XError) return start;
    if (n instanceof XError) return n;
    if (start < 1 || n < 0) return VALUE;
    return s.substr(start - 1, n);
  },
  UPPER: (args) => {
    const s = textArg(args[0] ?? null);
    return s instanceof XError ? s : s.toUpperCase();
  },
  LOWER: (args) => {
    const s = textArg(args[0] ?? null);
    return s instanceof XError ? s : s.toLowerCase();
  },
  TRIM: (args) => {
    const s = textArg(args[0] ?? null);
    return s instanceof XError ? s : s.trim().replace(/ {2,}/g, ' ');
  },
  CONCATENATE: (args) => {
    let out = '';
    for (const a of args) {
      const s = textArg(a);
      if (s instanceof XError) return s;
      out += s;
    }
    return out;
  },
  CONCAT: (args) => {
    let out = '';
    for (const v of flatten(args)) {
      const s = toText(v);
      if (s instanceof XError) return s;
      out += s;
    }
    return out;
  },
  TEXT: (args) => {
    const v = scalar(args[0] ?? null);
    const f = textArg(args[1] ?? null);
    if (v instanceof XError) return v;
    if (f instanceof XError) return f;
    return formatValue(v ?? '', f);
  },
  VALUE: (args) => {
    const v = scalar(args[0] ?? null);
    if (typeof v === 'number' || v instanceof XError) return v;
    return toNumber(typeof v === 'string' ? v : (toText(v) as string));
  },
  ISBLANK: (args) => scalar(args[0] ?? null) === null,
  ISNUMBER: (args) => typeof scalar(args[0] ?? null) === 'number',
  ISTEXT: (args) => typeof scalar(args[0] ?? null) === 'string',
  ISERROR: (args) => scalar(args[0] ?? null) instanceof XError,
  ISNA: (args) => {
    const v = scalar(args[0] ?? null);
    return v instanceof XError && v.code === '#N/A';
  },
  NA: () => NA,
  TODAY: (_args, env) => {
    const d = env.now ? env.now() : new Date();
    return Math.round((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000);
  },
  ROWS: (args) => (Array.isArray(args[0]) ? args[0].length : 1),
  COLUMNS: (args) => (Array.isArray(args[0]) ? (args[0][0]?.length ?? 0) : 1),
  MATCH: (args) => {
    const needle = scalar(args[0] ?? null);
    const hay = flatten([args[1] ?? null]);
    const i = hay.findIndex((v) => v !== null && compare(v, needle) === 0);
    return i < 0 ? NA : i + 1;
  },
  INDEX: (args) => {
    const arr = args[0];
    const r = numArg(args[1] ?? 1);
    const c = args.length > 2 ? numArg(args[2]) : 1;
    if (r instanceof XError) return r;
    if (c instanceof XError) return c;
    if (!Array.isArray(arr)) return r <= 1 && c <= 1 ? arr : REF;
    const row = arr.length === 1 && args.length === 2 ? arr[0] : arr[r - 1];
    const v = arr.length === 1 && args.length === 2 ? row?.[r - 1] : row?.[c - 1];
    return v === undefined ? REF : v;
  },
  VLOOKUP: (args) => {
    const needle = scalar(args[0] ?? null);
    const table = args[1];
    const col = numArg(args[2] ?? null);
    if (col instanceof XError) return col;
    if (!Array.isArray(table)) return NA;
    const row = table.find((r) => r[0] !== null && compare(r[0], needle) === 0);
    if (!row) return NA;
    return row[col - 1] === undefined ? REF : row[col - 1];
  },
  XLOOKUP: (args) => {
    const needle = scalar(args[0] ?? null);
    const look = flatten([args[1] ?? null]);
    const ret = args[2];
    const i = look.findIndex((v) => v !== null && compare(v, needle) === 0);
    if (i < 0) return args.length > 3 ? (args[3] ?? NA) : NA;
    if (!Array.isArray(ret)) return ret ?? null;
    return ret.length === 1 ? [[ret[0][i]]] : [ret[i]];
  },
};

export function builtinFunctionNames(): string[] {
  return Object.keys(BUILTINS);
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (a instanceof XError) return a;
  if (b instanceof XError) return b;
  switch (op) {
    case '&': {
      const x = toText(a);
      const y = toText(b);
      if (x instanceof XError) return x;
      if (y instanceof XError) return y;
      return x + y;
    }
    case '=':
      return compare(a, b) === 0;
    case '<>':
      return compare(a, b) !== 0;
    case '<':
      return compare(a, b) < 0;
    case '>':
      return compare(a, b) > 0;
    case '<=':
      return compare(a, b) <= 0;
    case '>=':
      return compare(a, b) >= 0;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (x instanceof XError) return x;
  if (y instanceof XError) return y;
  let r: number;
  switch (op) {
    case '+':
      r = x + y;
      break;
    case '-':
      r = x - y;
      break;
    case '*':
      r = x * y;
      break;
    case '/':
      if (y === 0) return DIV0;
      r = x / y;
      break;
    case '^':
      r = Math.pow(x, y);
      break;
    default:
      return VALUE;
  }
  return Number.isFinite(r) ? roundTo15(r) : NUM;
}

function shiftIndex(index: number, abs: boolean, shift: number | undefined): number {
  return abs || !shift ? index : index + shift;
}

export function evaluateNode(node: Node, env: EvalEnv): EvalValue {
  switch (node.t) {
    case 'num':
      return node.v;
    case 'str':
      return node.v;
    case 'bool':
      return node.v;
    case 'err':
      return new XError(node.v);
    case 'missing':
      return null;
    case 'name':
      return NAME;
    case 'ref': {
      const row = shiftIndex(node.row, node.rowAbs, env.rowShift);
      const col = shiftIndex(node.col, node.colAbs, env.colShift);
      if (row < 0 || col < 0 || row >= MAX_ROWS || col >= MAX_COLUMNS) return REF;
      return env.cell(node.sheet ?? env.sheet, row, col);
    }
    case 'range': {
      const sheet = node.sheet ?? env.sheet;
      const r1 = shiftIndex(node.r1, node.abs[0], env.rowShift);
      const c1 = shiftIndex(node.c1, node.abs[1], env.colShift);
      let r2 = shiftIndex(node.r2, node.abs[2], env.rowShift);
      let c2 = shiftIndex(node.c2, node.abs[3], env.colShift);
      if (r1 < 0 || c1 < 0) return REF;
      // whole columns / rows: only as far as the data goes
      r2 = Math.min(r2, Math.max(r1, env.usedRows(sheet) - 1));
      c2 = Math.min(c2, Math.max(c1, env.usedColumns(sheet) - 1));
      const out: Scalar[][] = [];
      for (let r = r1; r <= r2; r++) {
        const row: Scalar[] = [];
        for (let c = c1; c <= c2; c++) row.push(env.cell(sheet, r, c));
        out.push(row);
      }
      return out;
    }
    case 'unary': {
      const v = scalar(evaluateNode(node.e, env));
      if (node.op === '+') return v;
      const n = toNumber(v);
      return n instanceof XError ? n : -n;
    }
    case 'pct': {
      const n = toNumber(scalar(evaluateNode(node.e, env)));
      return n instanceof XError ? n : roundTo15(n / 100);
    }
    case 'bin':
      return binary(node.op, scalar(evaluateNode(node.l, env)), scalar(evaluateNode(node.r, env)));
    case 'fn': {
      const lazy = node.name === 'IF' || node.name === 'IFERROR' || node.name === 'IFNA';
      if (lazy) {
        // evaluate only the branch taken
        const first = evaluateNode(node.args[0] ?? { t: 'missing' }, env);
        if (node.name === 'IF') {
          const c = toBool(scalar(first));
          if (c instanceof XError) return c;
          const branch = c ? node.args[1] : node.args[2];
          if (!branch) return c ? true : false;
          return evaluateNode(branch, env);
        }
        const v = scalar(first);
        const caught = v instanceof XError && (node.name === 'IFERROR' || v.code === '#N/A');
        return caught ? evaluateNode(node.args[1] ?? { t: 'missing' }, env) : first;
      }
      const args = node.args.map((a) => evaluateNode(a, env));
      const external = env.callFunction?.(node.name, args);
      if (external !== undefined) return external;
      const builtin = BUILTINS[node.name];
      if (!builtin) return NAME;
      return builtin(args, env, node.args);
    }
  }
}

/** The value a formula shows in its cell: a scalar (a range result shows its top-left value). */
export function evaluateFormula(formula: string, env: EvalEnv): { value: CellValue; error: boolean } {
  let node: Node;
  try {
    node = parseFormula(formula);
  } catch {
    return { value: '#NAME?', error: true };
  }
  let result = evaluateNode(node, env);
  if (Array.isArray(result)) result = result[0]?.[0] ?? null;
  if (result instanceof XError) return { value: result.code, error: true };
  if (result === null) return { value: 0, error: false };
  if (typeof result === 'number') return Number.isFinite(result) ? { value: roundTo15(result), error: false } : { value: '#NUM!', error: true };
  return { value: result, error: false };
}
