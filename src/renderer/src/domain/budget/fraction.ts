// Exact ratios for the status rules. Thresholds such as "more than 25 points" must not flip on a
// floating-point crumb (0.35 − 0.10 = 0.2499…), so comparisons cross-multiply in BigInt; products of
// minor units and minutes can pass 2^53.

/** num / den with den > 0 (a share such as % complete: done estimate over all estimates). */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

export function fraction(num: number, den: number): Fraction {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) {
    throw new RangeError(`${num}/${den} is not a fraction of whole numbers with a positive denominator`);
  }
  return { num, den };
}

export function fractionValue(value: Fraction): number {
  return value.num / value.den;
}

/** a > b exactly. */
export function fractionGreater(a: Fraction, b: Fraction): boolean {
  return BigInt(a.num) * BigInt(b.den) > BigInt(b.num) * BigInt(a.den);
}

/** value > percent % of base, exactly (value × 100 > base × percent). */
export function exceedsPercentOf(value: number, base: number, percent: number): boolean {
  return BigInt(value) * 100n > BigInt(base) * BigInt(percent);
}

/** (a − b) × 100 > points, exactly: "a is more than `points` percentage points above b". */
export function pointsAbove(a: Fraction, b: Fraction, points: number): boolean {
  const difference = BigInt(a.num) * BigInt(b.den) - BigInt(b.num) * BigInt(a.den);
  return difference * 100n > BigInt(points) * BigInt(a.den) * BigInt(b.den);
}

/** round(numerator / denominator) half away from zero, for integers beyond 2^53 in between. */
export function divideRoundedBig(numerator: bigint, denominator: bigint): number {
  if (denominator === 0n) throw new RangeError('Cannot divide by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = n / d;
  const rounded = (n % d) * 2n >= d ? quotient + 1n : quotient;
  return Number(negative ? -rounded : rounded);
}

/** ceil(numerator / denominator) for positive integers. */
export function divideCeil(numerator: number, denominator: number): number {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  return Number((n + d - 1n) / d);
}
