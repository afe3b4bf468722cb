import { describe, expect, it } from 'vitest';
import {
  divideCeil,
  divideRoundedBig,
  exceedsPercentOf,
  fraction,
  fractionGreater,
  pointsAbove,
} from '../../../../src/renderer/src/domain/budget/fraction';
import { percentComplete, remainingScopeMinutes } from '../../../../src/renderer/src/domain/budget/scope';
import { formatPercent } from '../../../../src/renderer/src/domain/budget/labels';
import { makeProject } from './fixtures';

describe('exact ratios', () => {
  it('compares percentage points without floating-point crumbs', () => {
    // 0.35 − 0.10 is 0.2499… in floating point; exactly 25 points is not "more than 25"
    expect(0.35 - 0.1 < 0.25).toBe(true);
    expect(pointsAbove(fraction(35, 100), fraction(10, 100), 25)).toBe(false);
    expect(pointsAbove(fraction(3501, 10_000), fraction(1, 10), 25)).toBe(true);
    expect(pointsAbove(fraction(7, 10), fraction(6, 10), 10)).toBe(false);
  });

  it('compares a value with a share of a base exactly, past 2^53 in between', () => {
    expect(exceedsPercentOf(6600, 6000, 110)).toBe(false);
    expect(exceedsPercentOf(6601, 6000, 110)).toBe(true);
    expect(exceedsPercentOf(1, 0, 100)).toBe(true);
    expect(exceedsPercentOf(0, 0, 100)).toBe(false);
    expect(exceedsPercentOf(2 ** 52, 2 ** 52 - 1, 100)).toBe(true);
    expect(fractionGreater(fraction(1, 3), fraction(333, 1000))).toBe(true);
  });

  it('divides with rounding half away from zero and rounds up for whole days', () => {
    expect(divideRoundedBig(7000n, 6n)).toBe(1167);
    expect(divideRoundedBig(5n, 2n)).toBe(3);
    expect(divideRoundedBig(-5n, 2n)).toBe(-3);
    expect(divideCeil(100 * 10, 600)).toBe(2);
    expect(divideCeil(3600 * 10, 600)).toBe(60);
  });

  it('rejects a fraction that is not whole numbers over a positive denominator', () => {
    expect(() => fraction(1, 0)).toThrow(RangeError);
    expect(() => fraction(0.5, 2)).toThrow(RangeError);
  });

  it('prints percentages whole unless that would read as the threshold', () => {
    expect(formatPercent(43.144)).toBe('43%');
    expect(formatPercent(110.0166, 110)).toBe('110.02%');
    expect(formatPercent(100.4, 100)).toBe('100.4%');
    expect(formatPercent(110, 110)).toBe('110%');
    expect(formatPercent(120, 110)).toBe('120%');
  });
});

describe('% complete', () => {
  it('is done estimates over estimates of every item not dropped (planned items count)', () => {
    const project = makeProject({
      scopeItems: [
        { title: 'Home page', estimateMinutes: 1200, status: 'done' },
        { title: 'Shop', estimateMinutes: 1800, status: 'in_scope' },
        { title: 'Blog', estimateMinutes: 600, status: 'dropped' },
        { title: 'Search', estimateMinutes: 3000, status: 'planned' },
      ],
    });
    // 20h done of 20 + 30 + 50 = 100h in scope
    expect(percentComplete(project)).toEqual({ basis: 'scope', value: { num: 1200, den: 6000 } });
    expect(remainingScopeMinutes(project)).toBe(1800 + 3000);
  });

  it('falls back to milestones done over milestones without scope items', () => {
    const project = makeProject({
      milestones: [
        { name: 'Kick-off', due: '2026-01-10', doneAt: '2026-01-09' },
        { name: 'Design', due: '2026-02-10', doneAt: '2026-02-12' },
        { name: 'Beta', due: '2026-03-10', doneAt: '2026-03-11' },
        { name: 'Launch', due: '2026-04-10' },
      ],
    });
    expect(percentComplete(project)).toEqual({ basis: 'milestones', value: { num: 3, den: 4 } });
    expect(remainingScopeMinutes(project)).toBe(0);
  });

  it('uses milestones when every scope item is dropped or estimated at nothing', () => {
    const project = makeProject({
      scopeItems: [
        { title: 'Blog', estimateMinutes: 600, status: 'dropped' },
        { title: 'Ideas', estimateMinutes: 0, status: 'planned' },
      ],
      milestones: [{ name: 'Launch', due: '2026-04-10' }],
    });
    expect(percentComplete(project)).toEqual({ basis: 'milestones', value: { num: 0, den: 1 } });
  });

  it('is unknown, and says why, without scope items and milestones, and for retainers', () => {
    expect(percentComplete(makeProject())).toEqual({ basis: 'unknown', why: 'no-scope-or-milestones' });
    const retainer = makeProject({
      billing: 'retainer',
      retainer: { allowanceMinutesPerMonth: 600 },
      scopeItems: [{ title: 'Audit', estimateMinutes: 600, status: 'done' }],
    });
    expect(percentComplete(retainer)).toEqual({ basis: 'unknown', why: 'retainer' });
    expect(remainingScopeMinutes(retainer)).toBe(0);
  });
});
