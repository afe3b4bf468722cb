import { useCallback, useEffect, useState } from 'react';
import type { CalendarFeedSummary } from '@shared/calendar-feeds';
import { hasCalendarFeeds, platform } from '../../platform/platform';

export interface CalendarFeedList {
  /** undefined until main answered */
  feeds: CalendarFeedSummary[] | undefined;
  /** Replaces the list with main's newer answer (after add, refresh or remove). */
  show: (feeds: CalendarFeedSummary[]) => void;
  reload: () => Promise<void>;
}

/** The feeds main keeps, read again whenever main says one changed (a refresh in the background). */
export function useCalendarFeedList(): CalendarFeedList {
  const [feeds, setFeeds] = useState<CalendarFeedSummary[] | undefined>(hasCalendarFeeds ? undefined : []);
  const reload = useCallback(async () => {
    try {
      setFeeds(await platform.listCalendarFeeds());
    } catch {
      // The list stays as it was; the next change reads it again.
    }
  }, []);
  useEffect(() => {
    void reload();
    return platform.onCalendarFeedsChanged(() => void reload());
  }, [reload]);
  return { feeds, show: setFeeds, reload };
}
