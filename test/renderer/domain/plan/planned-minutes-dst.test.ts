import { describe, expect, it } from 'vitest';
import { plannedMinutes } from '../../../../src/renderer/src/domain/budget/planned';
import type { TimeBlock } from '../../../../src/renderer/src/domain/model/time-block';
import { reviewDay } from '../../../../src/renderer/src/domain/plan/review';
import { plannedByDay } from '../../../../src/renderer/src/domain/switching/plan-figures';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { elapsedMinutesBetween, minuteOfDay } from '../../../../src/renderer/src/domain/time/wall-clock';
import { pinMoment } from '../../../support/vitest-clock';

// Planned minutes are wall-clock minutes wherever they are counted (docs/decisions.md, "Time
// edges"): the grid's height, the Today cards and review, budgets' planned spend and Switching's
// planned deep work agree on the 23- and 25-hour days. Found on 2027-03-28 in Berlin: Switching
// counted a 01:30–03:30 deep-work block as 60 minutes while Today's card counted 120.

const block = (day: string, startMinute: number, endMinute: number): TimeBlock => ({
  id: `b-${day}-${startMinute}`,
  day: toDayKey(day),
  startMinute,
  endMinute,
  kind: 'deep_work',
  projectId: 'web',
  taskIds: [],
  title: '',
});

function plannedEverywhere(item: TimeBlock) {
  return {
    review: reviewDay([item], []).plannedDeepWorkMinutes,
    budget: plannedMinutes([item]),
    switching: plannedByDay([item]).get(item.day)?.deepWorkMinutes,
  };
}

describe('planned minutes on daylight-saving days (Europe/Berlin)', () => {
  it('counts 01:30–03:30 on the spring-forward day as 120 minutes, though 60 real minutes pass', () => {
    pinMoment('2027-03-28T03:15:00+02:00', 'Europe/Berlin');
    const item = block('2027-03-28', 90, 210);
    expect(elapsedMinutesBetween(item.day, 90, 210)).toBe(60);
    expect(plannedEverywhere(item)).toEqual({ review: 120, budget: 120, switching: 120 });
    // The now-line is a wall-clock minute too: 03:15 CEST is inside the block, 15 minutes before its end.
    expect(minuteOfDay(new Date())).toBe(195);
  });

  it('counts 02:00–03:00 on the fall-back day as 60 minutes, though the hour is lived twice', () => {
    pinMoment('2026-10-25T02:30:00+01:00', 'Europe/Berlin');
    const item = block('2026-10-25', 120, 180);
    expect(elapsedMinutesBetween(item.day, 120, 180)).toBe(120);
    expect(plannedEverywhere(item)).toEqual({ review: 60, budget: 60, switching: 60 });
    // The second 02:30 (CET) draws the now-line where the first one (CEST) did.
    expect(minuteOfDay(new Date())).toBe(150);
  });
});
