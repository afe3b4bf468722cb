import { describe, expect, it } from 'vitest';
import { boardSpans, entrySpan, timerSpan } from '../../../../src/renderer/src/domain/plan/actual';
import type { ActualSpan } from '../../../../src/renderer/src/domain/plan/actual';
import { reviewDay } from '../../../../src/renderer/src/domain/plan/review';
import type { PlanBlock } from '../../../../src/renderer/src/domain/plan/overlap';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { localDateAt } from '../../../../src/renderer/src/domain/time/wall-clock';

const DAY = toDayKey('2026-03-03');
const at = (minute: number, day = DAY) => localDateAt(day, minute).toISOString();
const block = (id: string, startMinute: number, endMinute: number, kind: PlanBlock['kind']): PlanBlock => ({
  id,
  day: DAY,
  startMinute,
  endMinute,
  kind,
});
const span = (
  id: string,
  startMinute: number,
  endMinute: number,
  projectId = 'web',
  hat: ActualSpan['hat'] = 'production',
): ActualSpan => ({
  id,
  day: DAY,
  projectId,
  hat,
  startMinute,
  endMinute,
});

describe('logged spans', () => {
  it('places an entry on its day by wall clock', () => {
    const entry = { id: 'e', day: DAY, startedAt: at(555), minutes: 80, projectId: 'web', hat: 'account' as const };
    expect(entrySpan(entry)).toEqual(span('e', 555, 635, 'web', 'account'));
  });

  it('cuts an entry that runs past midnight at the end of its day', () => {
    const entry = { id: 'e', day: DAY, startedAt: at(1410), minutes: 90, projectId: 'web', hat: 'production' as const };
    expect(entrySpan(entry)).toEqual(span('e', 1410, 1440));
  });

  it('draws the running timer up to now, from midnight when it started the day before', () => {
    const timer = { startedAt: at(600), projectId: 'web', hat: 'production' as const };
    expect(timerSpan(timer, DAY, localDateAt(DAY, 645))).toEqual({ ...span('running-timer', 600, 645), running: true });
    const overnight = { ...timer, startedAt: at(1380, toDayKey('2026-03-02')) };
    expect(timerSpan(overnight, DAY, localDateAt(DAY, 30))?.startMinute).toBe(0);
    expect(timerSpan(overnight, toDayKey('2026-03-02'), localDateAt(DAY, 30))).toEqual({
      ...span('running-timer', 1380, 1440),
      day: '2026-03-02',
      running: true,
    });
    expect(timerSpan(timer, toDayKey('2026-03-04'), localDateAt(DAY, 645))).toBeUndefined();
  });
});

describe('board spans', () => {
  it('adds the running timer to the day it runs on', () => {
    const entry = { id: 'e', day: DAY, startedAt: at(540), minutes: 30, projectId: 'web', hat: 'production' as const };
    const timer = { startedAt: at(600), projectId: 'app', hat: 'account' as const };
    const spans = boardSpans([entry], timer, [DAY, toDayKey('2026-03-04')], localDateAt(DAY, 630));
    expect(spans).toEqual([span('e', 540, 570), { ...span('running-timer', 600, 630, 'app', 'account'), running: true }]);
  });
});

describe('end-of-day review', () => {
  // Plan: deep work 09:00–11:30 (150), meeting 10:00–10:30 over it (30), client 11:30–12:30 (60),
  // break 12:30–13:15 (45), PM/admin 13:15–14:00 (45).
  const blocks = [
    block('deep', 540, 690, 'deep_work'),
    block('meet', 600, 630, 'meeting'),
    block('client', 690, 750, 'client'),
    block('lunch', 750, 795, 'break'),
    block('admin', 795, 840, 'pm_admin'),
  ];
  // Logged: production on WEB 08:30–10:45 (135), account on APP 11:45–12:45 (60), production on WEB 15:00–15:40 (40).
  const spans = [span('e1', 510, 645), span('e2', 705, 765, 'app', 'account'), span('e3', 900, 940)];
  const review = reviewDay(blocks, spans);

  it('compares planned and logged minutes per kind', () => {
    const byKind = Object.fromEntries(review.kinds.map((figures) => [figures.kind, figures]));
    // deep work: 09:00–10:00 and 10:30–10:45 (the meeting sits on top from 10:00 to 10:30)
    expect(byKind.deep_work).toEqual({ kind: 'deep_work', plannedMinutes: 150, actualMinutes: 75 });
    expect(byKind.meeting).toEqual({ kind: 'meeting', plannedMinutes: 30, actualMinutes: 30 });
    expect(byKind.client).toEqual({ kind: 'client', plannedMinutes: 60, actualMinutes: 45 });
    expect(byKind.break).toEqual({ kind: 'break', plannedMinutes: 45, actualMinutes: 15 });
    expect(byKind.pm_admin).toEqual({ kind: 'pm_admin', plannedMinutes: 45, actualMinutes: 0 });
    expect(review.plannedMinutes).toBe(330);
  });

  it('lists logged time outside every block as unplanned', () => {
    expect(review.unplanned).toEqual([
      { startMinute: 510, endMinute: 540, projectId: 'web' },
      { startMinute: 900, endMinute: 940, projectId: 'web' },
    ]);
    expect(review.unplannedMinutes).toBe(70);
    expect(review.loggedMinutes).toBe(235);
    const attributed = review.kinds.reduce((sum, figures) => sum + figures.actualMinutes, 0);
    expect(attributed + review.unplannedMinutes).toBe(review.loggedMinutes);
  });

  it('counts the deep-work blocks as planned deep work', () => {
    expect(review.plannedDeepWorkMinutes).toBe(150);
  });

  it('is all zeros for an empty day', () => {
    const empty = reviewDay([], []);
    expect(empty.plannedMinutes + empty.loggedMinutes + empty.unplannedMinutes).toBe(0);
    expect(empty.kinds).toHaveLength(5);
    expect(empty.plannedDeepWorkMinutes).toBe(0);
  });
});
