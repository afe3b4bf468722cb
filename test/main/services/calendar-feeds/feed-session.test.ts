import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeElectron, session } from '../../fake-electron';
import { FEED_PARTITION, createFeedFetch } from '../../../../src/main/services/calendar-feeds/feed-session';

vi.mock('electron', () => import('../../fake-electron'));

beforeEach(resetFakeElectron);

describe('feed session', () => {
  it('fetches through a session of its own, without a disk cache', async () => {
    const fetchFeed = createFeedFetch();
    const init = { signal: new AbortController().signal, redirect: 'follow', headers: {} } as const;
    await fetchFeed('https://calendar.example.com/basic.ics', init);
    expect(session.fromPartition).toHaveBeenCalledWith(FEED_PARTITION, { cache: false });
    expect(session.partitions.get(FEED_PARTITION)?.fetch).toHaveBeenCalledWith('https://calendar.example.com/basic.ics', init);
  });

  it.each([
    ['https://calendar.example.com/basic.ics', false],
    ['http://127.0.0.1:8080/basic.ics', false],
    ['http://localhost/basic.ics', false],
    // A redirect hop to plain http elsewhere, or to another scheme, is cancelled.
    ['http://calendar.example.com/basic.ics', true],
    ['file:///etc/passwd', true],
  ])('lets a request to %s through unless it is cancelled (%s)', (url, cancel) => {
    createFeedFetch();
    const guard = session.partitions.get(FEED_PARTITION)?.beforeRequest;
    const callback = vi.fn();
    guard?.({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel });
  });
});
