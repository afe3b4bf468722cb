// One rounding rule for every derived integer in the app: round half away from zero
// (2.5 -> 3, -2.5 -> -3). It is symmetric, so a negative correction mirrors its positive original.

/** Rounds a finite number half away from zero. */
export function roundHalfAwayFromZero(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot round ${value}`);
  return Math.sign(value) * Math.round(Math.abs(value));
}

/**
 * Integer division rounded half away from zero, exact for safe integers (no float fractions):
 * divideRounded(150, 60) === 3, divideRounded(-90, 60) === -2.
 */
export function divideRounded(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) {
    throw new RangeError(`Cannot divide ${numerator} by ${denominator} as integers`);
  }
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  const remainder = n % d; // exact for safe integers, unlike Math.floor(n / d) near 2^53
  const quotient = (n - remainder) / d;
  const rounded = remainder * 2 >= d ? quotient + 1 : quotient;
  return sign * rounded || 0;
}
