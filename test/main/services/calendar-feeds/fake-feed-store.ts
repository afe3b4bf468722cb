import { vi } from 'vitest';
import type { CalendarFeedCopy, CalendarFeedSummary } from '@shared/calendar-feeds';
import type { FeedStore } from '../../../../src/main/services/calendar-feeds/feed-store';

export const SUMMARY: CalendarFeedSummary = { id: '6f1c2a40-2b9e-4f59-9c1a-0c7f3f0b8e11', name: 'Work', colour: 'blue', address: 'calendar.example.com/…/basic.ics', refreshedAt: null, error: null };

/** A feed store that records calls, for code that only passes requests on to it. */
export function fakeFeedStore() {
  return {
    list: vi.fn(async (): Promise<CalendarFeedSummary[]> => []),
    add: vi.fn(async (): Promise<CalendarFeedSummary> => SUMMARY),
    remove: vi.fn(async (): Promise<void> => undefined),
    refresh: vi.fn(async (_id?: string): Promise<CalendarFeedSummary[]> => []),
    readCopies: vi.fn(async (): Promise<CalendarFeedCopy[]> => []),
  } satisfies FeedStore;
}
