import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REFRESH_EVERY_MS, scheduleFeedRefresh } from '../../../../src/main/services/calendar-feeds/feed-schedule';
import { fakeFeedStore } from './fake-feed-store';

const store = fakeFeedStore();
const refresh = store.refresh;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  refresh.mockClear();
});
afterEach(() => vi.useRealTimers());

describe('scheduleFeedRefresh', () => {
  it('refreshes at start and every half hour while online', () => {
    const stop = scheduleFeedRefresh(store, { isOnline: () => true });
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(REFRESH_EVERY_MS);
    expect(refresh).toHaveBeenCalledTimes(2);
    stop();
    vi.advanceTimersByTime(REFRESH_EVERY_MS);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('skips the refreshes that fall while offline', () => {
    let online = false;
    const stop = scheduleFeedRefresh(store, { isOnline: () => online });
    vi.advanceTimersByTime(REFRESH_EVERY_MS);
    expect(refresh).not.toHaveBeenCalled();
    online = true;
    vi.advanceTimersByTime(REFRESH_EVERY_MS);
    expect(refresh).toHaveBeenCalledTimes(1);
    stop();
  });
});
