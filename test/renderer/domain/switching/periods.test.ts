import { describe, expect, it } from 'vitest';
import { parsePeriod, periodAround, periodParams, stepPeriod } from '../../../../src/renderer/src/domain/switching/periods';
import { day } from './fixtures';

const TODAY = day('2026-11-29'); // a Sunday

describe('switching periods', () => {
  it('finds the calendar week, month and quarter around a day', () => {
    expect(periodAround('week', TODAY, 1)).toEqual({ kind: 'week', from: day('2026-11-23'), to: day('2026-11-29') });
    expect(periodAround('week', TODAY, 0)).toEqual({ kind: 'week', from: day('2026-11-29'), to: day('2026-12-05') });
    expect(periodAround('month', day('2028-02-10'), 1)).toEqual({
      kind: 'month',
      from: day('2028-02-01'),
      to: day('2028-02-29'),
    });
    expect(periodAround('quarter', TODAY, 1)).toEqual({ kind: 'quarter', from: day('2026-10-01'), to: day('2026-12-31') });
    expect(periodAround('quarter', day('2026-03-31'), 1)).toEqual({
      kind: 'quarter',
      from: day('2026-01-01'),
      to: day('2026-03-31'),
    });
  });

  it('steps whole periods, over year ends and daylight-saving changes', () => {
    const quarter = periodAround('quarter', TODAY, 1);
    expect(stepPeriod(quarter, 1, 1)).toEqual({ kind: 'quarter', from: day('2027-01-01'), to: day('2027-03-31') });
    expect(stepPeriod(periodAround('month', day('2026-03-15'), 1), -1, 1)).toMatchObject({
      from: day('2026-02-01'),
      to: day('2026-02-28'),
    });
    expect(stepPeriod(periodAround('week', day('2026-03-29'), 1), 1, 1)).toMatchObject({
      from: day('2026-03-30'),
      to: day('2026-04-05'),
    });
    expect(stepPeriod({ kind: 'custom', from: day('2026-01-01'), to: day('2026-01-10') }, -1, 1)).toEqual({
      kind: 'custom',
      from: day('2025-12-22'),
      to: day('2025-12-31'),
    });
  });

  it('reads periods from route params, falling back to this month', () => {
    expect(parsePeriod([], TODAY, 1)).toEqual({ kind: 'month', from: day('2026-11-01'), to: day('2026-11-30') });
    expect(parsePeriod(['week', '2026-03-04'], TODAY, 1)).toMatchObject({ kind: 'week', from: day('2026-03-02') });
    expect(parsePeriod(['custom', '2026-01-05', '2026-02-01'], TODAY, 1)).toEqual({
      kind: 'custom',
      from: day('2026-01-05'),
      to: day('2026-02-01'),
    });
    expect(parsePeriod(['custom', '2026-02-05', '2026-02-01'], TODAY, 1).kind).toBe('month');
    expect(parsePeriod(['nonsense', 'x'], TODAY, 1).kind).toBe('month');
    const period = parsePeriod(['quarter', '2026-05-20'], TODAY, 1);
    expect(parsePeriod(periodParams(period), TODAY, 1)).toEqual(period);
  });
});
