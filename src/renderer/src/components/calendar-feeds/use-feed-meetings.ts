import { useEffect, useMemo, useState } from 'react';
import type { CalendarFeedCopy } from '@shared/calendar-feeds';
import type { DayKey } from '../../domain/time/day-key';
import { platform } from '../../platform/platform';
import { feedMeetingsOn, type FeedMeetings } from './feed-meetings';

/**
 * The calendar feeds' meetings on the shown days (Today and the Planner). The copies are read from
 * main once and again whenever main says a feed changed; the browser build has none.
 */
export function useFeedMeetings(days: readonly DayKey[] | undefined): FeedMeetings {
  const [copies, setCopies] = useState<readonly CalendarFeedCopy[]>([]);
  useEffect(() => {
    let live = true;
    const read = () =>
      platform.readCalendarFeeds().then(
        (next) => live && setCopies(next),
        // The meetings stay as they were; the next change reads them again.
        () => undefined,
      );
    void read();
    const stop = platform.onCalendarFeedsChanged(() => void read());
    return () => {
      live = false;
      stop();
    };
  }, []);
  const key = days?.join(',') ?? '';
  // Keyed by the days' text: a new array of the same days must not expand the copies again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => feedMeetingsOn(copies, days ?? []), [copies, key]);
}
