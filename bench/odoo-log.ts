// `npx tsx bench/odoo-log.ts <odoo log> <database> [from HH:MM:SS] [to HH:MM:SS]`: how long Odoo's
// big restore calls took when they ran alone and when another big call ran beside them, from
// the werkzeug lines of Odoo's log (each ends with: query count, SQL seconds, other seconds).
// Tells whether a second worker made the work go faster or only shared the same CPU.
import { readFileSync } from 'node:fs';

interface Call {
  kind: string;
  start: number;
  end: number;
  queries: number;
  sql: number;
  other: number;
}

const [file, db, from = '00:00:00', to = '23:59:59'] = process.argv.slice(2);
if (!file || !db) {
  console.error('usage: tsx bench/odoo-log.ts <odoo log> <database> [from HH:MM:SS] [to HH:MM:SS]');
  process.exit(2);
}
const seconds = (hms: string) => hms.split(/[:,]/).reduce((t, part, i) => (i < 3 ? t * 60 + Number(part) : t + Number(part) / 1000), 0);
const line = new RegExp(`^\\S+ (\\d\\d:\\d\\d:\\d\\d,\\d+) \\d+ INFO ${db} werkzeug: .*" 200 - (\\d+) ([\\d.]+) ([\\d.]+)$`);
// Odoo's query counts per call of 1,000 lines in the bench: counting ~5,000, applying ~9,000
const kindOf = (queries: number) => (queries >= 8000 ? 'apply (1,000 lines)' : queries >= 4500 ? 'count (1,000 lines)' : null);

const calls: Call[] = [];
for (const text of readFileSync(file, 'utf8').split('\n')) {
  const m = line.exec(text);
  if (!m || m[1] < from || m[1] > to) continue;
  const kind = kindOf(Number(m[2]));
  if (!kind) continue;
  const sql = Number(m[3]);
  const other = Number(m[4]);
  const end = seconds(m[1]);
  calls.push({ kind, start: end - sql - other, end, queries: Number(m[2]), sql, other });
}
const overlaps = (a: Call) => calls.some((b) => b !== a && b.start < a.end - 1 && a.start < b.end - 1);
for (const kind of [...new Set(calls.map((c) => c.kind))]) {
  for (const beside of [false, true]) {
    const group = calls.filter((c) => c.kind === kind && overlaps(c) === beside);
    if (!group.length) continue;
    const mean = (f: (c: Call) => number) => (group.reduce((t, c) => t + f(c), 0) / group.length).toFixed(1);
    console.log(
      `${kind}, ${beside ? 'beside another big call' : 'alone'}: ${group.length} calls, mean ${mean((c) => c.sql + c.other)} s (SQL ${mean((c) => c.sql)} s)`,
    );
  }
}
