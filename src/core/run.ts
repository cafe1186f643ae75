// A run is one reassign, traced in Odoo by its reference: every move it posts is
// named after it, so Odoo's Moves History shows the run and a later session can find it.

/** e.g. RA-20261123-ab12 */
export function newRunReference(now: Date, random: () => number = Math.random): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  const suffix = Math.floor(random() * 0x10000)
    .toString(16)
    .padStart(4, '0');
  return `RA-${day}-${suffix}`;
}

export const RUN_REFERENCE = /^RA-\d{8}-[0-9a-f]{4}$/;

export type RunPhase = 'zero' | 'restore' | 'undo';

/** The adjustment name Odoo puts on each move (`inventory_name`). */
export function adjustmentName(run: string, phase: RunPhase): string {
  return `Lot reassign ${run}: ${phase}`;
}

/**
 * Odoo appends " (<user name>)" to the adjustment name when the count has a user,
 * so a move's reference starts with the name rather than equals it.
 */
export function isMoveOfRun(reference: string, run: string, phase: RunPhase): boolean {
  const name = adjustmentName(run, phase);
  return reference === name || reference.startsWith(`${name} (`);
}

/** The run and phase named in a move reference, if it is one of ours. */
export function parseRunMove(reference: string): { run: string; phase: RunPhase } | null {
  const match = /^Lot reassign (RA-\d{8}-[0-9a-f]{4}): (zero|restore|undo)(?: \(.*\))?$/.exec(reference);
  return match ? { run: match[1], phase: match[2] as RunPhase } : null;
}
