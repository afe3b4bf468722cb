import { IPC_INVOKE } from '@shared/ipc';
import type { FeedStore } from '../services/calendar-feeds/feed-store';
import { handle } from './handle';

/** Calendar feeds live in main: the renderer adds, lists, refreshes and removes them and reads their copies. */
export function registerCalendarFeedHandlers(store: FeedStore): void {
  handle(IPC_INVOKE.listCalendarFeeds, () => store.list());
  handle(IPC_INVOKE.addCalendarFeed, (request) => store.add(request));
  handle(IPC_INVOKE.removeCalendarFeed, (id) => store.remove(id));
  handle(IPC_INVOKE.refreshCalendarFeeds, (id) => store.refresh(id));
  handle(IPC_INVOKE.readCalendarFeeds, () => store.readCopies());
}
