// What a bench step measured over its repetitions, kept per target in bench/results/*.json so
// that a run of some steps (BENCH_ONLY) updates their rows and leaves the others' as measured.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Measure } from './measure';

/** One repetition: the add-in's run and, measured next to it on fresh data, its floor. */
export interface Sample {
  addin: Measure;
  /** Seconds of the floor (the minimal sequential raw calls doing the same Odoo work). */
  floor?: number;
  /** Seconds a one-call-per-line client takes for the same N (measured on a sample, scaled). */
  perLine?: number;
  /** Seconds of the core's share alone (validation). */
  core?: number;
}

export interface StepResult {
  key: string;
  step: string;
  n: number;
  samples: Sample[];
  note: string;
  /** UTC, "YYYY-MM-DD HH:MM". */
  measuredAt: string;
  /** 1-minute load average of the machine before and after the step (other engineers' work included). */
  load: [number, number];
  command: string;
}

export interface TargetResults {
  target: string;
  version: string;
  machine: string;
  /** Odoo's worker setting as the operator states it (ODOO_WORKERS), or the sandbox's. */
  workers: string;
  steps: StepResult[];
}

const DIR = join(__dirname, 'results');
const file = (target: string) => join(DIR, `${target.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.json`);

export function loadResults(target: string): TargetResults | null {
  return existsSync(file(target)) ? (JSON.parse(readFileSync(file(target), 'utf8')) as TargetResults) : null;
}

/** Replace the stored steps measured again (by key), keep the others, in the bench's order. */
export function saveResults(results: TargetResults, order: readonly string[]): TargetResults {
  const previous = loadResults(results.target);
  const fresh = new Set(results.steps.map((s) => s.key));
  const steps = [...(previous?.steps.filter((s) => !fresh.has(s.key)) ?? []), ...results.steps];
  const rank = (key: string) => (order.indexOf(key) < 0 ? order.length : order.indexOf(key));
  steps.sort((a, b) => rank(a.key) - rank(b.key));
  const merged = { ...results, steps };
  mkdirSync(DIR, { recursive: true });
  writeFileSync(file(results.target), `${JSON.stringify(merged, null, 1)}\n`);
  return merged;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Per-repetition ratios of the add-in to its floor. */
export function ratios(step: StepResult): Spread | null {
  return spread(step.samples.filter((s) => s.floor).map((s) => s.addin.seconds / s.floor!));
}

/** Per-repetition speed-ups over the one-call-per-line client. */
export function perLineSpeedups(step: StepResult): Spread | null {
  return spread(step.samples.filter((s) => s.perLine).map((s) => s.perLine! / s.addin.seconds));
}
