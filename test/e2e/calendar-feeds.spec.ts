import type { Page } from '@playwright/test';
import type { CalendarFeedSummary } from '../../src/shared/calendar-feeds';
import {
  expect,
  expectNoSeriousA11yViolations,
  feedCopy,
  feedIcs,
  screenshotBothSchemes,
  stubDesktopShell,
  test,
} from './page-models';

// Calendar feeds are fetched by the desktop app's main process, which the web build does not have.
// The browser build is tested as it is (the Settings section points to the .ics import); the desktop
// look is tested with window.tandem stubbed as the preload would expose it, handing over the feed
// list and a feed's last copy as main would. The route names the week, and the feed's times are
// floating (local wall clock), so nothing here depends on today's date or the zone.

const FEED_TEXT = feedIcs(
  [
    'BEGIN:VEVENT',
    'UID:standup@example.com',
    'DTSTAMP:20261001T080000Z',
    'DTSTART:20261102T093000',
    'DTEND:20261102T094500',
    'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    'SUMMARY:Team stand-up',
    'END:VEVENT',
  ],
  [
    'BEGIN:VEVENT',
    'UID:review@example.com',
    'DTSTAMP:20261001T080000Z',
    'DTSTART:20261104T140000',
    'DTEND:20261104T150000',
    'SUMMARY:Design review with Northwind',
    'END:VEVENT',
  ],
);

const WORK: CalendarFeedSummary = {
  id: '6f1c2a40-2b9e-4f59-9c1a-0c7f3f0b8e11',
  name: 'Work',
  colour: 'green',
  address: 'calendar.google.com/…/basic.ics',
  refreshedAt: '2026-11-04T08:00:00.000Z',
  error: null,
};
const FAMILY: CalendarFeedSummary = {
  ...WORK,
  id: '0b8e6f1c-2a40-4f59-9c1a-2b9e0c7f3f11',
  name: 'Family',
  colour: 'purple',
  address: 'p42-caldav.icloud.com/…',
  error: 'The server answered 404 Not Found.',
};

/** The desktop shell with two feeds, the second failing, and the first one's last copy. */
const stubFeeds = (page: Page) => stubDesktopShell(page, { feeds: [WORK, FAMILY], feedCopies: [feedCopy(WORK, FEED_TEXT)] });

test('in the browser, Settings says feeds need the desktop app and points to the Planner’s .ics import', async ({
  page,
  consoleErrors,
  settingsPage,
}) => {
  void consoleErrors;
  await settingsPage.open();
  const section = page.getByRole('region', { name: 'Calendar feeds' });
  await expect(section).toContainText('Calendar feeds need the desktop app');
  await expect(section.getByRole('link', { name: 'Planner' })).toHaveAttribute('href', '#/planner');
  await section.scrollIntoViewIfNeeded();
  await screenshotBothSchemes(page, 'calendar-feeds-settings-web');
});

test('in the desktop shell, Settings lists the feeds with their state and the form to add one', async ({
  page,
  consoleErrors,
  settingsPage,
}) => {
  void consoleErrors;
  await stubFeeds(page);
  await settingsPage.open();
  const section = page.getByRole('region', { name: 'Calendar feeds' });
  const list = section.getByRole('list', { name: 'Calendar feeds' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').nth(1)).toContainText('Last refresh failed: The server answered 404 Not Found.');
  await section.getByRole('button', { name: 'Add feed' }).click();
  await expect(section.getByText('Enter the calendar’s private .ics address.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await section.scrollIntoViewIfNeeded();
  await screenshotBothSchemes(page, 'calendar-feeds-settings-desktop');
});

test('in the desktop shell, a feed’s meetings are read-only, named meeting blocks on the Planner', async ({
  page,
  consoleErrors,
  plannerPage,
}) => {
  void consoleErrors;
  await stubFeeds(page);
  await plannerPage.open('2026-11-04');
  const wednesday = plannerPage.column('Wednesday, November 4');
  const review = wednesday.getByRole('article', {
    name: 'Meeting: Design review with Northwind, 14:00–15:00, from Work (read-only)',
  });
  await expect(review).toBeVisible();
  await expect(page.getByRole('article', { name: /^Meeting: Team stand-up, 09:30–09:45, from Work/ })).toHaveCount(5);
  // Dragging it does nothing: it stays where the feed puts it.
  const before = await review.boundingBox();
  await review.hover();
  await page.mouse.down();
  await page.mouse.move((before?.x ?? 0) + 10, (before?.y ?? 0) + 120, { steps: 5 });
  await page.mouse.up();
  expect(await review.boundingBox()).toEqual(before);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await review.scrollIntoViewIfNeeded();
  await screenshotBothSchemes(page, 'calendar-feeds-planner');
});
