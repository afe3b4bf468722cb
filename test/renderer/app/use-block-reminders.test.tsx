import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BlockReminders } from '../../../src/renderer/src/app/block-reminders';
import { db } from '../../../src/renderer/src/db/db';
import { settingsRepo } from '../../../src/renderer/src/db/repositories/settings-repo';
import { timeBlocksRepo } from '../../../src/renderer/src/db/repositories/time-blocks-repo';
import { platform } from '../../../src/renderer/src/platform/platform';
import { renderApp, resetApp } from '../../support/render-app';
import { seedPlannedDay } from '../features/today/plan-seed';

// Tuesday 3 March 2026 (pinned zone): 'Write sitemap' deep work 09:00–11:30 on WEB, 'Client call' 12:00–13:00 on ADS.

vi.mock('../../../src/renderer/src/platform/platform', () => ({
  platform: { showNotification: vi.fn(async () => true) },
}));
const shown = vi.mocked(platform.showNotification);
const MIN = 60_000;

async function mountAt(hour: number, minute: number) {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'Date'],
    shouldAdvanceTime: true,
    now: new Date(2026, 2, 3, hour, minute),
  });
  const seeded = await seedPlannedDay();
  renderApp(<BlockReminders />, { toaster: false });
  return seeded;
}

/** Waits for the reminders of the live data to be scheduled (one timeout per block plus the clock's next tick). */
const scheduled = (count: number) => vi.waitFor(() => expect(vi.getTimerCount()).toBe(count + 1), { timeout: 3000 });
/** Lets a database change reach the live query (the fake clock moves with real time here). */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 200)));

beforeEach(async () => {
  shown.mockClear();
  await resetApp();
});
afterEach(() => vi.useRealTimers());

describe('block reminders', () => {
  it('notifies five minutes before each of today’s blocks, once, with the project', async () => {
    await mountAt(8, 40);
    await scheduled(2);
    await act(async () => vi.advanceTimersByTime(14 * MIN));
    expect(shown).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(1 * MIN));
    expect(shown).toHaveBeenCalledTimes(1);
    expect(shown).toHaveBeenLastCalledWith({
      title: 'Write sitemap at 09:00',
      body: 'Deep work · Website · 09:00–11:30, starts in 5 minutes',
    });
    await act(async () => vi.advanceTimersByTime(3 * 60 * MIN));
    expect(shown).toHaveBeenCalledTimes(2);
    expect(shown).toHaveBeenLastCalledWith({
      title: 'Client call at 12:00',
      body: 'Meeting · Ads · 12:00–13:00, starts in 5 minutes',
    });
  });

  it('reminds at once of a block starting within five minutes', async () => {
    await mountAt(8, 57);
    await vi.waitFor(() => expect(shown).toHaveBeenCalledTimes(1), { timeout: 3000 });
    expect(shown).toHaveBeenLastCalledWith(expect.objectContaining({ body: expect.stringMatching(/starts in 3 minutes$/) }));
  });

  it('reschedules a moved block', async () => {
    const { deep } = await mountAt(8, 40);
    await scheduled(2);
    await act(async () => {
      await timeBlocksRepo(db).update(deep.id, { startMinute: 600, endMinute: 690 });
    });
    await settle();
    await act(async () => vi.advanceTimersByTime(20 * MIN));
    expect(shown).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(60 * MIN));
    expect(shown).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'Write sitemap at 10:00' }));
  });

  it('stays silent when the setting is off', async () => {
    await mountAt(8, 40);
    await scheduled(2);
    await act(async () => {
      await settingsRepo(db).update({ blockReminders: false });
    });
    await settle();
    await scheduled(0);
    await act(async () => vi.advanceTimersByTime(5 * 60 * MIN));
    expect(shown).not.toHaveBeenCalled();
  });
});
