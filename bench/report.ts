// docs/benchmarks.md: one section per target (sandbox, real Odoo), rewritten by each run
// of that target and left alone by the other's.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Measure } from './measure';

const FILE = join(__dirname, '../docs/benchmarks.md');

const HEADER = `# Benchmarks

Measured by \`npm run bench\` (bench/run.ts). Each step runs the add-in's own code path
(the app layer, the gateway, the strict in-memory Excel for the sheet) and, in the same run
on the same server, **the floor**: the same Odoo work done by the minimal batched sequence of
raw JSON-RPC calls with no add-in around it. *ratio* = add-in / floor. Bytes are JSON-RPC
bodies each way; Excel syncs are counted by the strict in-memory Excel; heap is the Node
process's peak heap during the step (the task pane runs the same code).
`;

export interface Report {
  target: string;
  version: string;
  machine: string;
  command: string;
  rows: (Measure & { floor?: number; note?: string })[];
}

export function writeReport(report: Report): void {
  const kb = (n: number) => (n / 1024).toFixed(0);
  const lines = [
    `<!-- bench:${report.target} -->`,
    `## Against the ${report.target} (Odoo ${report.version})`,
    '',
    `- Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${report.machine}.`,
    `- Command: \`${report.command}\``,
    '',
    '| step | N | add-in (s) | floor (s) | ratio | Odoo calls | KB sent | KB received | Excel syncs | heap peak (MB) | notes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...report.rows.map(
      (r) =>
        `| ${r.step} | ${r.n.toLocaleString('en-US')} | ${r.seconds.toFixed(2)} | ${r.floor !== undefined ? r.floor.toFixed(2) : '–'} | ${r.floor ? (r.seconds / r.floor).toFixed(2) : '–'} | ${r.calls} | ${kb(r.sent)} | ${kb(r.received)} | ${r.syncs ?? '–'} | ${r.heapMb.toFixed(0)} | ${r.note ?? ''} |`,
    ),
    `<!-- /bench:${report.target} -->`,
  ].join('\n');
  let doc = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const pattern = new RegExp(`<!-- bench:${report.target} -->[\\s\\S]*?<!-- /bench:${report.target} -->`);
  doc = pattern.test(doc) ? doc.replace(pattern, lines) : `${doc.trimEnd()}\n\n${lines}\n`;
  writeFileSync(FILE, doc);
  console.log(`\n${lines}\n\nWritten to docs/benchmarks.md`);
}
