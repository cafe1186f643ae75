// One measured step: wall time, Odoo calls and bytes each way (from the transport's
// counters), Excel syncs (from the strict in-memory Excel), and the heap's peak.
import { JsonRpcTransport } from '../src/odoo/transport';
import { ExcelSim } from '../src/workbench/excel-sim';

export interface Measure {
  step: string;
  n: number;
  seconds: number;
  calls: number;
  sent: number;
  received: number;
  syncs: number | null;
  heapMb: number;
}

export async function measure<T>(
  step: string,
  n: number,
  transport: JsonRpcTransport | null,
  sim: ExcelSim | null,
  work: () => Promise<T>,
): Promise<{ result: T; m: Measure }> {
  const before = transport ? { ...transport.stats } : { calls: 0, bytesSent: 0, bytesReceived: 0 };
  sim?.resetStats();
  global.gc?.();
  let peak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
  const start = performance.now();
  try {
    const result = await work();
    const seconds = (performance.now() - start) / 1000;
    const after = transport?.stats ?? before;
    return {
      result,
      m: {
        step,
        n,
        seconds,
        calls: after.calls - before.calls,
        sent: after.bytesSent - before.bytesSent,
        received: after.bytesReceived - before.bytesReceived,
        syncs: sim ? sim.stats.syncs : null,
        heapMb: Math.max(peak, process.memoryUsage().heapUsed) / 2 ** 20,
      },
    };
  } finally {
    clearInterval(sampler);
  }
}
