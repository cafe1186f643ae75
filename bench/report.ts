// docs/benchmarks.md: one section per target (sandbox, real Odoo), rendered from that
// target's stored results (bench/results/*.json) by each run, the other's left alone. Every
// figure is a median over the repetitions with its spread (min–max); a target is called met
// only when its median is within it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Spread, StepResult, TargetResults, perLineSpeedups, ratios, spread } from './results';

const FILE = join(__dirname, '../docs/benchmarks.md');

const s2 = (x: number) => x.toFixed(2);
const range = (r: Spread | null, f = s2, unit = '') => (r ? `${f(r.median)}${unit} (${f(r.min)}–${f(r.max)})` : '–');
const int = (n: number) => n.toLocaleString('en-US');

export function renderSection(results: TargetResults): string {
  const rows = results.steps.map((st) => {
    const addin = spread(st.samples.map((s) => s.addin.seconds));
    const floor = spread(st.samples.filter((s) => s.floor).map((s) => s.floor!));
    const first = st.samples[0].addin;
    const heap = Math.max(...st.samples.map((s) => s.addin.heapMb));
    const speedup = perLineSpeedups(st);
    const note = [st.note, speedup ? `one call per line: ${range(speedup, (x) => x.toFixed(1), 'x')} slower` : ''].filter(Boolean).join('; ');
    return `| ${st.step} | ${int(st.n)} | ${st.samples.length} | ${range(addin)} | ${range(floor)} | ${range(ratios(st))} | ${first.calls} | ${(first.sent / 1024).toFixed(0)} | ${(first.received / 1024).toFixed(0)} | ${first.syncs ?? '–'} | ${heap.toFixed(0)} | ${note} |`;
  });
  const runs = results.steps.map(
    (st) =>
      `  - ${st.step} (N=${int(st.n)}): finished ${st.measuredAt} UTC, load average (1 min) ${st.load[0].toFixed(1)} when it began, ${st.load[1].toFixed(1)} when it ended; \`${st.command}\``,
  );
  return [
    `<!-- bench:${results.target} -->`,
    `## Against the ${results.target} (Odoo ${results.version})`,
    '',
    `- Machine: ${results.machine}; shared with other engineers' builds and tests while measuring.`,
    `- Odoo: ${results.version}, ${results.workers}.`,
    '- Each step: the runs listed below, each on fresh data (new products), the add-in and its floor one after the other,',
    '  their order swapped every repetition. Seconds and ratios: median (min–max) over the repetitions.',
    '',
    '| step | N | runs | add-in (s) | floor (s) | ratio add-in / floor | Odoo calls | KB sent | KB received | Excel syncs | heap peak (MB) | notes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    '- Measured:',
    ...runs,
    '',
    '### Targets, judged on the medians',
    '',
    '| target | measured: median (min–max) | verdict |',
    '| --- | --- | --- |',
    ...targets(results.steps),
    `<!-- /bench:${results.target} -->`,
  ].join('\n');
}

function targets(steps: StepResult[]): string[] {
  const find = (key: string) => steps.find((s) => s.key === key);
  const lines: string[] = [];
  const judge = (what: string, r: Spread | null, met: (median: number) => boolean, f = s2, unit = 'x') => {
    if (r) lines.push(`| ${what} | ${range(r, f, unit)} | ${met(r.median) ? 'met' : '**missed**'} |`);
  };
  const restore = find('restore-10000');
  if (restore) {
    judge('Restore of 10,000 serials at most 0.8x the sequential floor', ratios(restore), (m) => m <= 0.8);
    judge(
      '... and at least 8x faster than one call per line',
      perLineSpeedups(restore),
      (m) => m >= 8,
      (x) => x.toFixed(1),
    );
    const heap = Math.max(...restore.samples.map((s) => s.addin.heapMb));
    lines.push(`| Heap under 300 MB while restoring 10,000 lines | ${heap.toFixed(0)} MB at most | ${heap < 300 ? 'met' : '**missed**'} |`);
  }
  const zero = find('zero');
  if (zero) judge(`Zeroing ${int(zero.n)} quants at most 1.15x the floor`, ratios(zero), (m) => m <= 1.15);
  const pull = find('pull');
  if (pull) {
    const syncs = pull.samples[0].addin.syncs ?? 0;
    judge(`Pull of ${int(pull.n)} quants at most 1.3x one raw search_read (and ${syncs} Excel syncs, at most 4)`, ratios(pull), (m) => m <= 1.3 && syncs <= 4);
  }
  const validate = find('validate');
  if (validate) {
    const syncs = validate.samples[0].addin.syncs ?? 0;
    judge(
      `Validation of ${int(validate.n)} restore rows: core under 1 s (and ${syncs} Excel syncs, at most 3)`,
      spread(validate.samples.map((s) => s.core ?? 0)),
      (m) => m < 1 && syncs <= 3,
      (x) => (x * 1000).toFixed(0),
      ' ms',
    );
  }
  const onhand = find('functions');
  if (onhand) {
    const reads = spread(onhand.samples.map((s) => s.addin.calls));
    judge(
      '1,000 ONHAND cells: at most 2 Odoo reads',
      reads,
      (m) => m <= 2,
      (x) => x.toFixed(0),
      ' reads',
    );
  }
  return lines;
}

export function writeSection(results: TargetResults): void {
  const section = renderSection(results);
  let doc = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '# Benchmarks\n';
  const pattern = new RegExp(`<!-- bench:${results.target} -->[\\s\\S]*?<!-- /bench:${results.target} -->`);
  doc = pattern.test(doc) ? doc.replace(pattern, () => section) : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(FILE, doc);
  console.log(`\n${section}\n\nWritten to docs/benchmarks.md`);
}
