import { IPC_INVOKE } from '@shared/ipc';
import {
  addCalendarFeedPayload,
  listCalendarFeedsPayload,
  readCalendarFeedsPayload,
  refreshCalendarFeedsPayload,
  removeCalendarFeedPayload,
} from '@shared/ipc-schemas';
import type { FeedStore } from '../services/calendar-feeds/feed-store';
import { handle } from './handle';

/** Calendar feeds live in main: the renderer adds, lists, refreshes and removes them and reads their copies. */
export function registerCalendarFeedHandlers(store: FeedStore): void {
  handle(IPC_INVOKE.listCalendarFeeds, listCalendarFeedsPayload, () => store.list());
  handle(IPC_INVOKE.addCalendarFeed, addCalendarFeedPayload, (request) => store.add(request));
  handle(IPC_INVOKE.removeCalendarFeed, removeCalendarFeedPayload, (id) => store.remove(id));
  handle(IPC_INVOKE.refreshCalendarFeeds, refreshCalendarFeedsPayload, (id) => store.refresh(id));
  handle(IPC_INVOKE.readCalendarFeeds, readCalendarFeedsPayload, () => store.readCopies());
}
