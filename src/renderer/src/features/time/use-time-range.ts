import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { getSettings } from '../../db/queries/singletons';
import { timeRangeView } from '../../db/queries/time-week';
import type { TimeRangeView } from '../../db/queries/time-week';
import { isDayKey } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import { endOfWeek, startOfWeek } from '../../domain/time/week';
import type { WeekStart } from '../../domain/time/week';
import type { PersonFilterState } from '../../components/people/use-person-filter';

export type TimeView = 'week' | 'day';

export interface TimeLocation {
  view: TimeView;
  anchor: DayKey;
}

/** '#/time' is this week; '#/time/week/2026-03-02' and '#/time/day/2026-03-02' name a week or a day. */
export function parseTimeParams(params: readonly string[], today: DayKey): TimeLocation {
  const [view, day] = params;
  return { view: view === 'day' ? 'day' : 'week', anchor: isDayKey(day) ? day : today };
}

export function rangeOf(location: TimeLocation, weekStart: WeekStart): { from: DayKey; to: DayKey } {
  if (location.view === 'day') return { from: location.anchor, to: location.anchor };
  return { from: startOfWeek(location.anchor, weekStart), to: endOfWeek(location.anchor, weekStart) };
}

/**
 * The shown day or week with its totals, the person's or everyone's; undefined while loading. Only
 * that range is read, and a result of the previous range or person is never shown for the new one.
 */
export function useTimeRange(location: TimeLocation, people: PersonFilterState): TimeRangeView | undefined {
  const weekStart = useLiveQuery(async () => (await getSettings(db)).weekStart, [], undefined);
  const range = weekStart === undefined || !people.ready ? undefined : rangeOf(location, weekStart);
  const from = range?.from;
  const to = range?.to;
  const person = people.filter;
  const view = useLiveQuery(() => (from && to ? timeRangeView(db, from, to, person) : undefined), [from, to, person], undefined);
  return view && view.from === from && view.to === to && view.person === person ? view : undefined;
}
