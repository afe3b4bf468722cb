import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { localDateAt } from '../../../../src/renderer/src/domain/time/wall-clock';
import { TodayScreen } from '../../../../src/renderer/src/features/today/today-screen';
import { renderApp, screenReady } from '../../../support/render-app';
import { DESIGN_REVIEW, OUTLOOK_PRODID, feedIcs, resetFeedsAndDb } from '../settings/feed-fixture';
import { DAY, seedPlannedDay } from './plan-seed';

// A feed's meeting on Today counts as a planned meeting in the end-of-day review. The platform's
// feed copies are faked as main hands them over (floating times: local wall clock in any zone).

const fake = await vi.hoisted(() => import('../settings/fake-feeds-platform'));
vi.mock('../../../../src/renderer/src/platform/platform', () => ({ platform: fake.feedPlatform, hasCalendarFeeds: true }));

const FEED_TEXT = feedIcs(OUTLOOK_PRODID, DESIGN_REVIEW);

beforeEach(async () => {
  await resetFeedsAndDb();
  fake.feedPlatform.readCalendarFeeds.mockResolvedValue([{ id: fake.WORK.id, name: 'Work', colour: 'purple', text: FEED_TEXT }]);
});

describe('calendar feed meetings on Today', () => {
  it('are planned meetings in the review, and time logged in them is not unplanned', async () => {
    const { ads } = await seedPlannedDay();
    await timeEntriesRepo(db).create({
      projectId: ads.id,
      startedAt: localDateAt(toDayKey(DAY), 840).toISOString(),
      minutes: 30,
      hat: 'account',
    });
    const { user } = renderApp(<TodayScreen params={[DAY]} />, { hash: `#/today/${DAY}`, toaster: false });
    await screenReady('today');
    expect(
      await screen.findByRole('article', { name: 'Meeting: Design review, 14:00–15:00, from Work (read-only)' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Review day' }));
    const review = await screen.findByRole('dialog', { name: /^Review of Tuesday, March 3/ });
    // 1h client call from the plan + 1h from the feed; the 30 minutes logged fall in the feed's meeting.
    expect(within(review).getByRole('row', { name: /^Meeting/ })).toHaveTextContent('Meeting2h30m-1h 30m');
    expect(review).toHaveTextContent('Unplanned0m');
  });
});
