import { vi } from 'vitest';
import type { CalendarFeedCopy, CalendarFeedRequest, CalendarFeedSummary } from '../../../../src/shared/calendar-feeds';

// Stands in for platform/platform where a component test needs the desktop shell's calendar feeds
// (import it through vi.hoisted, then vi.mock the platform module with it). Calls are recorded.

export const WORK: CalendarFeedSummary = {
  id: '6f1c2a40-2b9e-4f59-9c1a-0c7f3f0b8e11',
  name: 'Work',
  colour: 'blue',
  address: 'calendar.google.com/…/basic.ics',
  refreshedAt: '2026-03-18T08:30:00.000Z',
  error: null,
};

export const feedPlatform = {
  onMenuCommand: vi.fn(() => () => undefined),
  listCalendarFeeds: vi.fn(async (): Promise<CalendarFeedSummary[]> => []),
  addCalendarFeed: vi.fn(async (request: CalendarFeedRequest): Promise<CalendarFeedSummary> => ({ ...WORK, name: request.name, colour: request.colour })),
  removeCalendarFeed: vi.fn(async (_id: string): Promise<void> => undefined),
  refreshCalendarFeeds: vi.fn(async (_id?: string): Promise<CalendarFeedSummary[]> => []),
  readCalendarFeeds: vi.fn(async (): Promise<CalendarFeedCopy[]> => []),
  changed: new Set<() => void>(),
  onCalendarFeedsChanged: vi.fn((listener: () => void) => {
    feedPlatform.changed.add(listener);
    return () => feedPlatform.changed.delete(listener);
  }),
};

export function resetFeedPlatform(): void {
  vi.clearAllMocks();
  feedPlatform.changed.clear();
  feedPlatform.listCalendarFeeds.mockResolvedValue([]);
  feedPlatform.readCalendarFeeds.mockResolvedValue([]);
}
