import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REFRESH_EVERY_MS, scheduleFeedRefresh } from '../../../../src/main/services/calendar-feeds/feed-schedule';
import { closeMainLog, flushMainLog, openMainLog } from '../../../../src/main/services/log/main-log';
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

  it('records a refresh that failed as a whole in the error log', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'tandem-userdata-'));
    try {
      const logFile = openMainLog(userData);
      refresh.mockRejectedValueOnce(new Error('EACCES: permission denied, open feeds.json'));
      const stop = scheduleFeedRefresh(store, { isOnline: () => true });
      stop();
      await vi.waitFor(async () => {
        await flushMainLog();
        expect(readFileSync(logFile, 'utf8')).toContain('"source":"calendar-feeds"');
      });
      expect(JSON.parse(readFileSync(logFile, 'utf8'))).toMatchObject({
        level: 'error',
        message: 'EACCES: permission denied, open feeds.json',
      });
    } finally {
      await closeMainLog();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
