import { logError } from '../log/main-log';
import type { FeedStore } from './feed-store';

// Feeds refresh when the app starts, then every half hour, while the machine is online. A refresh
// asked for in Settings goes straight to the store.

export const REFRESH_EVERY_MS = 30 * 60 * 1000;

export interface FeedScheduleOptions {
  isOnline: () => boolean;
  everyMs?: number;
}

/** Starts the refreshes; returns the function that stops them. */
export function scheduleFeedRefresh(store: FeedStore, options: FeedScheduleOptions): () => void {
  const tick = () => {
    if (!options.isOnline()) return;
    // Each feed records its own failure; this catches only a list that cannot be written.
    store.refresh().catch((error: unknown) => logError('calendar-feeds', error));
  };
  tick();
  const timer = setInterval(tick, options.everyMs ?? REFRESH_EVERY_MS);
  return () => clearInterval(timer);
}
