import type { Hat } from '../../../../src/renderer/src/domain/model/hat';
import type { TimeBlock } from '../../../../src/renderer/src/domain/model/time-block';
import type { DayEntry } from '../../../../src/renderer/src/domain/switching/day-rollup';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import type { DayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { localDateAt, minutesInDay } from '../../../../src/renderer/src/domain/time/wall-clock';
import { toMinutes } from '../../../../src/renderer/src/domain/units/minutes';
import { pinZone } from '../../../support/vitest-clock';

// Hand-built days. Times are local wall-clock in the zone the tests run in (Europe/Berlin, and
// again America/New_York), turned into instants the way the app stores them.

export const day = (value: string): DayKey => toDayKey(value);

/** An ordinary Monday in both zones. */
export const MONDAY = day('2026-03-02');

let counter = 0;

/** An entry on `project` starting at wall-clock `start` ('HH:MM') of `on`. */
export function entry(project: string, on: DayKey, start: string, minutes: number, hat: Hat = 'production'): DayEntry {
  counter += 1;
  const [hours, mins] = start.split(':').map(Number);
  return {
    id: `e${String(counter).padStart(4, '0')}`,
    projectId: project,
    startedAt: localDateAt(on, (hours ?? 0) * 60 + (mins ?? 0)).toISOString(),
    day: on,
    minutes: toMinutes(minutes),
    hat,
  };
}

export function block(on: DayKey, start: string, end: string, kind: TimeBlock['kind'], projectId?: string): TimeBlock {
  counter += 1;
  const minute = (text: string) => {
    const [hours, mins] = text.split(':').map(Number);
    return (hours ?? 0) * 60 + (mins ?? 0);
  };
  return {
    id: `b${counter}`,
    day: on,
    startMinute: minute(start),
    endMinute: minute(end),
    kind,
    projectId,
    taskIds: [],
    title: '',
  };
}

/**
 * The spring-forward day of the zone the test runs in: Berlin 2026-03-29, New York 2026-03-08. A run
 * zone with neither (the sweep's Asia/Kathmandu, say) is switched to Berlin for the rest of the test.
 */
export function springForwardDay(): DayKey {
  const found = ['2026-03-29', '2026-03-08'].map(day).find((candidate) => minutesInDay(candidate) === 1380);
  if (found) return found;
  pinZone('Europe/Berlin');
  return day('2026-03-29');
}
