import { describe, expect, it } from 'vitest';
import { fraction } from '../../../../src/renderer/src/domain/budget/fraction';
import { acknowledge, reachedThreshold, thresholdAlerts } from '../../../../src/renderer/src/domain/budget/threshold-alerts';

const project = (projectId: string, num: number, den: number) => ({ projectId, label: projectId.toUpperCase(), percentSpent: fraction(num, den) });

describe('budget threshold alerts', () => {
  it('reaches 80 % and 100 % exactly at the threshold, not a hair before', () => {
    expect(reachedThreshold(fraction(7999, 10000))).toBe(0);
    expect(reachedThreshold(fraction(80, 100))).toBe(80);
    expect(reachedThreshold(fraction(99, 100))).toBe(80);
    expect(reachedThreshold(fraction(1, 1))).toBe(100);
    expect(reachedThreshold(fraction(130, 100))).toBe(100);
    expect(reachedThreshold(null)).toBe(0);
  });

  it('announces a project once per threshold, highest first', () => {
    const sources = [project('a', 85, 100), project('b', 120, 100), project('c', 50, 100)];
    expect(thresholdAlerts(sources, {})).toEqual([
      { projectId: 'b', label: 'B', threshold: 100 },
      { projectId: 'a', label: 'A', threshold: 80 },
    ]);
    const seen = acknowledge(sources, {});
    expect(seen).toEqual({ a: 80, b: 100 });
    expect(thresholdAlerts(sources, seen)).toEqual([]);
    // a, seen at 80 %, now crosses 100 %: announced again
    expect(thresholdAlerts([project('a', 100, 100)], seen)).toEqual([{ projectId: 'a', label: 'A', threshold: 100 }]);
  });

  it('forgets a mark when spending falls back under it, so a later crossing is announced again', () => {
    const seen = acknowledge([project('a', 60, 100)], { a: 100 });
    expect(seen).toEqual({});
    expect(thresholdAlerts([project('a', 90, 100)], seen)).toEqual([{ projectId: 'a', label: 'A', threshold: 80 }]);
  });
});
