import { session } from 'electron';
import { feedAddressProblem } from '@shared/calendar-feeds';
import type { FeedFetch } from './feed-fetch';

// Feeds are fetched with Chromium's network stack (system proxy and certificates) in a session of
// their own: in memory, so no cookie outlives the app, and guarded so every request, each redirect
// hop included, goes only to https (or http on this machine). net.fetch cannot stop at a redirect
// ('manual' fails outright), so the guard is where redirects are checked.

export const FEED_PARTITION = 'calendar-feeds';

export function createFeedFetch(): FeedFetch {
  const feedSession = session.fromPartition(FEED_PARTITION, { cache: false });
  feedSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: feedAddressProblem(details.url) !== null });
  });
  return (url, init) => feedSession.fetch(url, init);
}
