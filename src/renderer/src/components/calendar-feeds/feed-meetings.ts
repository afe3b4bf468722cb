import type { CalendarFeedCopy, FeedColour } from '@shared/calendar-feeds';
import { expandIcsEvents } from '../../domain/calendar/ics-expand';
import type { PlanBlock } from '../../domain/plan/overlap';
import type { DayKey } from '../../domain/time/day-key';

// A calendar feed's events on the shown days: read-only meetings beside the plan's own blocks. They
// are never stored: each render expands the last good copy main keeps, so the feed stays the truth.

export interface FeedMeeting extends PlanBlock {
  day: DayKey;
  kind: 'meeting';
  title: string;
  feedName: string;
  colour: FeedColour;
}

export interface FeedMeetings {
  meetings: FeedMeeting[];
  /** feeds whose copy could not be read, with why */
  unreadable: { feedName: string; error: string }[];
}

/** The feeds' meetings on `days` (sorted), each id unique across feeds. */
export function feedMeetingsOn(copies: readonly CalendarFeedCopy[], days: readonly DayKey[]): FeedMeetings {
  const from = days[0];
  const to = days[days.length - 1];
  const result: FeedMeetings = { meetings: [], unreadable: [] };
  if (!from || !to) return result;
  const shown = new Set(days);
  for (const copy of copies) {
    const read = expandIcsEvents(copy.text, { from, to });
    if (!read.ok) {
      result.unreadable.push({ feedName: copy.name, error: read.error });
      continue;
    }
    for (const event of read.value.events) {
      // A week may leave out weekends: only the days drawn.
      if (!shown.has(event.day)) continue;
      result.meetings.push({
        id: `feed:${copy.id}:${event.id}`,
        day: event.day,
        startMinute: event.startMinute,
        endMinute: event.endMinute,
        // Whatever the event says of itself, a feed's event is a meeting on the plan.
        kind: 'meeting',
        title: event.title,
        feedName: copy.name,
        colour: copy.colour,
      });
    }
  }
  result.meetings.sort((a, b) => a.day.localeCompare(b.day) || a.startMinute - b.startMinute);
  return result;
}
