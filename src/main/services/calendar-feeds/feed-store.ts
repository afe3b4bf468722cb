import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CalendarFeedCopy, CalendarFeedRequest, CalendarFeedSummary } from '@shared/calendar-feeds';
import { feedAddressProblem, normaliseFeedAddress } from '@shared/calendar-feeds';
import { writeFileAtomic } from '../backups/atomic-file';
import { logWarning } from '../log/main-log';
import { describeFeedAddress, sameFeedAddress } from './feed-address';
import { FEED_LIMITS, downloadFeed } from './feed-fetch';
import type { FeedFetch, FeedLimits } from './feed-fetch';
import { readFeedList, writeFeedList } from './feed-list-file';
import type { StoredFeed } from './feed-list-file';

// The calendar feeds main keeps in one folder: the list (feeds.json) and each feed's last good copy
// (<id>.ics). A failed refresh records why and keeps the copy, so the meetings stay on the plan offline.

export interface FeedStoreOptions {
  folder: string;
  fetch: FeedFetch;
  limits?: FeedLimits;
  now?: () => Date;
  isOnline?: () => boolean;
  /** called after the list or a copy changed, e.g. to tell the window to read them again */
  onChange?: () => void;
}

export interface FeedStore {
  list(): Promise<CalendarFeedSummary[]>;
  /** Adds the feed and fetches it once (when online); refuses a bad or duplicate address. */
  add(request: CalendarFeedRequest): Promise<CalendarFeedSummary>;
  remove(id: string): Promise<void>;
  /** Fetches one feed, or all; refuses while offline. */
  refresh(id?: string): Promise<CalendarFeedSummary[]>;
  /** The last good copies, for the meetings on the plan. */
  readCopies(): Promise<CalendarFeedCopy[]>;
}

export const OFFLINE_MESSAGE = 'You are offline: the feeds refresh when the connection is back, and their last copies stay on the plan.';

const summaryOf = (feed: StoredFeed): CalendarFeedSummary => ({
  id: feed.id,
  name: feed.name,
  colour: feed.colour,
  address: describeFeedAddress(feed.address),
  refreshedAt: feed.refreshedAt,
  error: feed.error,
});

export function createFeedStore(options: FeedStoreOptions): FeedStore {
  const { folder, fetch } = options;
  const limits = options.limits ?? FEED_LIMITS;
  const now = options.now ?? (() => new Date());
  const isOnline = options.isOnline ?? (() => true);
  const listPath = join(folder, 'feeds.json');
  const copyPath = (id: string) => join(folder, `${id}.ics`);
  let feeds: Promise<StoredFeed[]> | null = null;
  // Changes to the list run one after another; downloads run beside them.
  let queue: Promise<unknown> = Promise.resolve();
  const inFlight = new Map<string, Promise<void>>();

  const load = () => (feeds ??= mkdir(folder, { recursive: true }).then(() => readFeedList(listPath)));

  function change<T>(edit: (current: StoredFeed[]) => Promise<{ next: StoredFeed[]; result: T }>): Promise<T> {
    const run = queue.then(async () => {
      const { next, result } = await edit(await load());
      await writeFeedList(listPath, next);
      feeds = Promise.resolve(next);
      options.onChange?.();
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  async function refreshOne(id: string): Promise<void> {
    const feed = (await load()).find((candidate) => candidate.id === id);
    if (!feed) return;
    const download = await downloadFeed(feed.address, fetch, limits);
    // The feed's id, not its name or address: the one is the user's words, the other a secret.
    if (!download.ok) logWarning('calendar-feeds', `feed ${id} not refreshed: ${download.error}`);
    await change(async (current) => {
      // Removed while it downloaded: its copy must not come back.
      if (!current.some((candidate) => candidate.id === id)) return { next: current, result: undefined };
      if (download.ok) await writeFileAtomic(copyPath(id), new TextEncoder().encode(download.text));
      const patch = download.ok ? { refreshedAt: now().toISOString(), error: null } : { error: download.error };
      return { next: current.map((candidate) => (candidate.id === id ? { ...candidate, ...patch } : candidate)), result: undefined };
    });
  }

  /** One download per feed at a time: a second ask joins the first. */
  function refreshShared(id: string): Promise<void> {
    const running = inFlight.get(id);
    if (running) return running;
    const started = refreshOne(id).finally(() => inFlight.delete(id));
    inFlight.set(id, started);
    return started;
  }

  return {
    async list() {
      return (await load()).map(summaryOf);
    },

    async add(request) {
      const address = normaliseFeedAddress(request.address);
      const problem = feedAddressProblem(address);
      if (problem) throw new Error(problem);
      const name = request.name.trim();
      if (name === '') throw new Error('Give the feed a name.');
      const feed = await change(async (current) => {
        const twin = current.find((candidate) => sameFeedAddress(candidate.address, address));
        if (twin) throw new Error(`This address is already in the list, as “${twin.name}”.`);
        const added: StoredFeed = { id: randomUUID(), name, colour: request.colour, address, refreshedAt: null, error: null };
        return { next: [...current, added], result: added };
      });
      if (isOnline()) await refreshShared(feed.id);
      const stored = (await load()).find((candidate) => candidate.id === feed.id) ?? feed;
      return summaryOf(stored);
    },

    async remove(id) {
      await change(async (current) => ({ next: current.filter((feed) => feed.id !== id), result: undefined }));
      await rm(copyPath(id), { force: true });
    },

    async refresh(id) {
      if (!isOnline()) throw new Error(OFFLINE_MESSAGE);
      const ids = (await load()).map((feed) => feed.id).filter((candidate) => id === undefined || candidate === id);
      if (id !== undefined && ids.length === 0) throw new Error('That feed is no longer in the list.');
      await Promise.all(ids.map(refreshShared));
      return (await load()).map(summaryOf);
    },

    async readCopies() {
      const copies = await Promise.all(
        (await load()).map(async (feed): Promise<CalendarFeedCopy | null> => {
          if (feed.refreshedAt === null) return null;
          try {
            return { id: feed.id, name: feed.name, colour: feed.colour, text: await readFile(copyPath(feed.id), 'utf8') };
          } catch {
            return null;
          }
        }),
      );
      return copies.filter((copy): copy is CalendarFeedCopy => copy !== null);
    },
  };
}
