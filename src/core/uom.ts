// Quantities are decimals rounded to the unit of measure's rounding, as Odoo does.

/** Number of decimals implied by a rounding such as 0.01 -> 2, 1 -> 0, 0.5 -> 1. */
export function decimalsOf(rounding: number): number {
  if (!(rounding > 0)) return 2;
  let decimals = 0;
  let scaled = rounding;
  while (decimals < 10 && Math.abs(scaled - Math.round(scaled)) > 1e-9) {
    scaled *= 10;
    decimals += 1;
  }
  return decimals;
}

/** Excel number format showing exactly the UoM's precision. */
export function numberFormatFor(rounding: number): string {
  const decimals = decimalsOf(rounding);
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

/** Round half-up to the UoM's rounding (Odoo's float_round default). */
export function roundTo(value: number, rounding: number): number {
  if (!(rounding > 0)) return value;
  const decimals = decimalsOf(rounding);
  const steps = Math.round(value / rounding + Math.sign(value) * 1e-9);
  return Number((steps * rounding).toFixed(decimals));
}

export function isZero(value: number, rounding: number): boolean {
  return roundTo(value, rounding) === 0;
}

/** True when the value has no more precision than the rounding allows. */
export function fitsRounding(value: number, rounding: number): boolean {
  return Math.abs(roundTo(value, rounding) - value) < rounding / 1000;
}
