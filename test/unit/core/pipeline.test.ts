import { CancelledError } from '../../../src/core/batches';
import { batchesWithLots, runPipelined } from '../../../src/core/pipeline';

/** Stages that log when each call starts and ends, each taking the given ticks. */
function recorder(ticks: { prepare: number; apply: number }, fail?: { stage: 'prepare' | 'apply'; index: number }) {
  const log: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const call = async (name: string, n: number) => {
    log.push(`start ${name}`);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    for (let t = 0; t < n; t++) await new Promise((resolve) => setImmediate(resolve));
    inFlight--;
    log.push(`end ${name}`);
    if (fail && name === `${fail.stage} ${fail.index}`) throw new Error(`${name} failed`);
  };
  return {
    log,
    maxInFlight: () => maxInFlight,
    inFlight: () => inFlight,
    stages: {
      prepare: async (i: number) => {
        await call(`prepare ${i}`, ticks.prepare);
        return i * 10;
      },
      apply: async (i: number, prepared: number) => {
        expect(prepared).toBe(i * 10);
        await call(`apply ${i}`, ticks.apply);
      },
    },
  };
}

const order = (log: string[], prefix: string) => log.filter((l) => l.startsWith(prefix));

test('batch k+1 is prepared while batch k is applied; applies one at a time, in order; two calls in flight at most', async () => {
  const r = recorder({ prepare: 2, apply: 5 });
  await runPipelined(5, r.stages);
  expect(order(r.log, 'start apply')).toEqual([0, 1, 2, 3, 4].map((i) => `start apply ${i}`));
  // prepare 1 starts before apply 0 ends
  expect(r.log.indexOf('start prepare 1')).toBeLessThan(r.log.indexOf('end apply 0'));
  // an apply never starts before the previous one ended, nor before its batch is prepared
  for (let i = 1; i < 5; i++) {
    expect(r.log.indexOf(`start apply ${i}`)).toBeGreaterThan(r.log.indexOf(`end apply ${i - 1}`));
    expect(r.log.indexOf(`start apply ${i}`)).toBeGreaterThan(r.log.indexOf(`end prepare ${i}`));
  }
  expect(r.maxInFlight()).toBe(2);
});

test('lookahead bounds how far preparing runs ahead of applying', async () => {
  const r = recorder({ prepare: 1, apply: 10 });
  await runPipelined(6, r.stages, { lookahead: 1 });
  // prepare i starts only after apply i-2 ended
  for (let i = 2; i < 6; i++) expect(r.log.indexOf(`start prepare ${i}`)).toBeGreaterThan(r.log.indexOf(`end apply ${i - 2}`));
  const seq = recorder({ prepare: 1, apply: 3 });
  await runPipelined(4, seq.stages, { lookahead: 0 });
  expect(seq.maxInFlight()).toBe(1);
  expect(seq.log.filter((l) => l.startsWith('start'))).toEqual(
    ['prepare 0', 'apply 0', 'prepare 1', 'apply 1', 'prepare 2', 'apply 2', 'prepare 3', 'apply 3'].map((s) => `start ${s}`),
  );
});

test('a failed apply stops both chains, waits for the call in flight, and applies nothing after it', async () => {
  const r = recorder({ prepare: 3, apply: 2 }, { stage: 'apply', index: 2 });
  await expect(runPipelined(6, r.stages)).rejects.toThrow('apply 2 failed');
  expect(r.inFlight()).toBe(0);
  expect(order(r.log, 'start apply')).toEqual(['start apply 0', 'start apply 1', 'start apply 2']);
  // every call started has ended by the time the post rejects
  expect(order(r.log, 'start').length).toBe(order(r.log, 'end').length);
});

test('a failed prepare stops both chains; the batches before it stay applied', async () => {
  const r = recorder({ prepare: 1, apply: 4 }, { stage: 'prepare', index: 3 });
  await expect(runPipelined(6, r.stages)).rejects.toThrow('prepare 3 failed');
  expect(r.inFlight()).toBe(0);
  // prepare 3 ran beside apply 2, which finished; nothing after
  expect(order(r.log, 'end apply')).toEqual(['end apply 0', 'end apply 1', 'end apply 2']);
  expect(r.log).not.toContain('start apply 3');
  expect(r.log).not.toContain('start prepare 4');
});

test('a cancel stops before the next call', async () => {
  const controller = new AbortController();
  const r = recorder({ prepare: 1, apply: 1 });
  const stages = {
    prepare: r.stages.prepare,
    apply: async (i: number, p: number) => {
      await r.stages.apply(i, p);
      if (i === 1) controller.abort();
    },
  };
  await expect(runPipelined(5, stages, { signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
  expect(r.log).not.toContain('start apply 2');
  expect(r.inFlight()).toBe(0);
});

test('no batches, nothing called', async () => {
  const r = recorder({ prepare: 1, apply: 1 });
  await runPipelined(0, r.stages);
  expect(r.log).toEqual([]);
});

test('each new lot goes with the first batch that uses it', () => {
  const lines = ['A', 'B', 'A', 'C', 'D', 'C'].map((lot, i) => ({ i, lot }));
  const lots = ['C', 'A', 'X'].map((name) => ({ name }));
  const batches = batchesWithLots(lines, lots, 2, { ofLine: (l) => l.lot, ofLot: (l) => l.name });
  expect(batches.map((b) => b.lines.map((l) => l.i))).toEqual([
    [0, 1],
    [2, 3],
    [4, 5],
  ]);
  expect(batches.map((b) => b.lots.map((l) => l.name))).toEqual([['A', 'X'], ['C'], []]);
  expect(batches[0].lots[0]).toBe(lots[1]); // the caller's records, passed through
});
