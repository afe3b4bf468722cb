import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PlannerScreen } from '../../../../src/renderer/src/features/planner/planner-screen';
import { renderApp, screenReady } from '../../../support/render-app';
import { DESIGN_REVIEW, GOOGLE_PRODID, feedIcs, resetFeedsAndDb } from '../settings/feed-fixture';
import { seedPlannedDay } from '../today/plan-seed';

// A calendar feed's meetings on the Planner. The browser build has no main process to fetch a feed,
// so this is the honest level: the real screen, with the platform's feed copies faked as main would
// hand them over. Floating times (no zone) read as local wall clock in any zone a run uses.

const fake = await vi.hoisted(() => import('../settings/fake-feeds-platform'));
vi.mock('../../../../src/renderer/src/platform/platform', () => ({ platform: fake.feedPlatform, hasCalendarFeeds: true }));

const FEED_TEXT = feedIcs(
  GOOGLE_PRODID,
  [
    'BEGIN:VEVENT',
    'UID:standup@example.com',
    'DTSTAMP:20260301T080000Z',
    'DTSTART:20260302T093000',
    'DTEND:20260302T094500',
    'RRULE:FREQ=DAILY;COUNT=3',
    'SUMMARY:Stand-up',
    'END:VEVENT',
  ],
  DESIGN_REVIEW,
);

beforeEach(resetFeedsAndDb);

async function renderWeek(day: string) {
  const { user } = renderApp(<PlannerScreen params={[day]} />, { hash: `#/planner/${day}`, toaster: false });
  await screenReady('planner');
  return user;
}

describe('calendar feed meetings on the Planner', () => {
  it('shows them as read-only meeting blocks named with their feed, counted in each day’s planned time', async () => {
    await seedPlannedDay();
    fake.feedPlatform.readCalendarFeeds.mockResolvedValue([{ id: fake.WORK.id, name: 'Work', colour: 'green', text: FEED_TEXT }]);
    const user = await renderWeek('2026-03-04');
    const tuesday = screen.getByRole('group', { name: 'Blocks on Tuesday, March 3' });
    const review = await within(tuesday).findByRole('article', {
      name: 'Meeting: Design review, 14:00–15:00, from Work (read-only)',
    });
    expect(
      within(tuesday).getByRole('article', { name: 'Meeting: Stand-up, 09:30–09:45, from Work (read-only)' }),
    ).toBeInTheDocument();
    // The series' three days, and nothing after its COUNT.
    expect(screen.getAllByRole('article', { name: /^Meeting: Stand-up/ })).toHaveLength(3);
    expect(
      within(screen.getByRole('group', { name: 'Blocks on Thursday, March 5' })).queryByRole('article'),
    ).not.toBeInTheDocument();

    // Not a control: no button, no drag handle, nothing a double click or a key opens.
    expect(within(review).queryByRole('button')).not.toBeInTheDocument();
    expect(review.closest('.dg-block')?.querySelector('.dg-resize')).toBeNull();
    await user.dblClick(review);
    review.focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    // Tuesday: 2h30m deep work + 1h client call from the plan, 15 min + 1h from the feed.
    expect(document.querySelectorAll('.dg-head-total')[1]).toHaveTextContent('4h 45m planned');
    expect(screen.getByText(/Read-only meetings from your calendar feeds/).parentElement).toHaveTextContent('Work');
  });

  it('says which feed could not be read instead of dropping its meetings silently', async () => {
    fake.feedPlatform.readCalendarFeeds.mockResolvedValue([
      { id: fake.WORK.id, name: 'Work', colour: 'blue', text: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n' },
    ]);
    await renderWeek('2026-03-04');
    expect(await screen.findByText(/The feed Work could not be read, so its meetings are not shown/)).toBeInTheDocument();
  });

  it('reads the copies again when main says a feed changed', async () => {
    await renderWeek('2026-03-04');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    fake.feedPlatform.readCalendarFeeds.mockResolvedValue([{ id: fake.WORK.id, name: 'Work', colour: 'blue', text: FEED_TEXT }]);
    for (const listener of fake.feedPlatform.changed) listener();
    expect(
      await screen.findByRole('article', { name: 'Meeting: Design review, 14:00–15:00, from Work (read-only)' }),
    ).toBeInTheDocument();
  });
});
