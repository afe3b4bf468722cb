import type { Locator, Page } from '@playwright/test';
import type { CalendarFeedSummary } from '../../src/shared/calendar-feeds';
import {
  PINNED_MOMENT,
  type StoredBlock,
  type TodayPage,
  expect,
  expectNoSeriousA11yViolations,
  feedCopy,
  feedIcs,
  screenshotBothSchemes,
  storedBlock,
  storedRows,
  stubDesktopShell,
  test,
} from './page-models';

// Today on the 23-hour and the 25-hour day in Berlin, and the
// Planner with an imported weekly meeting (VTIMEZONE, EXDATE) beside a calendar feed's daily stand-up.
// The grid is wall-clock (docs/decisions.md, Time edges): every day has the same 24 hour lines, a
// block's height is its wall-clock length, and the now-line sits at now's wall-clock minute.

/** A quarter hour is 20 px tall on the grid (day-grid.tsx), so an hour is 80 px. */
const PX_PER_HOUR = 80;

/** The gridcell of a slot and its top edge in page pixels. */
async function slotTop(todayPage: TodayPage, day: string, time: string): Promise<number> {
  const box = await todayPage.slot(day, time).boundingBox();
  if (!box) throw new Error(`the slot ${day}, ${time} is not drawn`);
  return box.y;
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not drawn');
  return box;
}

/** The screenshots show the grid at rest, without the focus ring the keyboard steps left behind. */
async function blurFocus(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
}

/** The hour labels beside the grid, in the order drawn, with their boxes. */
async function axisLabels(page: Page): Promise<{ text: string; top: number; bottom: number }[]> {
  return page.locator('.dg-axis-label').evaluateAll((labels) =>
    labels.map((label) => {
      const rect = label.getBoundingClientRect();
      return { text: label.textContent ?? '', top: rect.top, bottom: rect.bottom };
    }),
  );
}

test.describe('Today on the spring-forward day (Sunday 28 March 2027, Berlin: 02:00 does not happen)', () => {
  test.use({ pinnedNow: '2027-03-28T10:00:00+02:00', timezoneId: 'Europe/Berlin' });
  const DAY = 'Sunday, March 28';

  test('a 01:30–03:30 deep-work block is drawn over two wall-clock hours, the now-line at 10:00', async ({ page, todayPage }) => {
    // Tall enough for the night block and the now-line in one screenshot.
    await page.setViewportSize({ width: 1360, height: 1500 });
    await todayPage.open();
    await expect(todayPage.subtitle).toHaveText('Sunday, March 28, 2027');
    // The grid's tab stop starts at now.
    await expect(todayPage.tabStop).toHaveAccessibleName(`${DAY}, 10:00`);

    // The work hours start at 09:00, so 01:30 is reached through the dialog's time fields.
    await todayPage.addBlockFromKeyboard({ kind: 'Deep work', title: 'Release migration', start: '01:30', end: '03:30' });
    await todayPage.addBlockFromKeyboard({ kind: 'Meeting', title: 'Family call', start: '11:00', end: '12:00' });

    const night = todayPage.block('Deep work: Release migration, 01:30–03:30');
    const call = todayPage.block('Meeting: Family call, 11:00–12:00');
    await expect(night).toBeVisible();
    await expect(call).toBeVisible();
    await expect(page.locator('.dg-block', { has: night }).locator('.dg-block-time')).toHaveText('01:30–03:30');
    expect(await storedBlock(page, 'Release migration')).toMatchObject({
      day: '2027-03-28',
      startMinute: 90,
      endMinute: 210,
      kind: 'deep_work',
    });
    expect(await storedBlock(page, 'Family call')).toMatchObject({ day: '2027-03-28', startMinute: 660, endMinute: 720 });

    // The grid now starts at 01:00 and keeps its 24 wall-clock hours: 02:00 is drawn although the
    // clock jumps from 02:00 to 03:00 that night, and each hour is 80 px.
    // (The first label is nudged below the grid's top edge, the others are centred on their line.)
    const labels = await axisLabels(page);
    expect(labels.map((label) => label.text).slice(0, 4)).toEqual(['01:00', '02:00', '03:00', '04:00']);
    expect(new Set(labels.map((label) => label.text)).size).toBe(labels.length);
    expect(labels[1]?.top ?? 0).toBeGreaterThanOrEqual(labels[0]?.bottom ?? Infinity);
    for (let i = 2; i < labels.length; i += 1) {
      const [above, below] = [labels[i - 1], labels[i]];
      if (!above || !below) continue;
      expect(below.top - above.top, `${above.text} → ${below.text}`).toBeCloseTo(PX_PER_HOUR, 0);
      expect(below.top, `${below.text} does not overlap ${above.text}`).toBeGreaterThanOrEqual(above.bottom);
    }

    const one = await slotTop(todayPage, DAY, '01:00');
    const four = await slotTop(todayPage, DAY, '04:00');
    expect(four - one).toBeCloseTo(3 * PX_PER_HOUR, 0);
    const block = await boxOf(page.locator('.dg-block', { has: night }));
    expect(block.y - one, 'starts half an hour below the 01:00 line').toBeCloseTo(PX_PER_HOUR / 2, 0);
    expect(four - (block.y + block.height), 'ends half an hour above the 04:00 line').toBeCloseTo(PX_PER_HOUR / 2, 0);
    expect(block.height).toBeCloseTo(2 * PX_PER_HOUR, 0);
    // The slots it covers say so to screen readers, 02:15 (a time that did not exist) among them.
    await expect(todayPage.slot(DAY, '02:15')).toHaveAccessibleName(`${DAY}, 02:15, Deep work: Release migration`);
    await expect(todayPage.slot(DAY, '03:30')).toHaveAccessibleName(`${DAY}, 03:30`);

    // The now-line is at 10:00 wall clock (the clock runs during the test: within a minute of it).
    const nowLine = await boxOf(page.locator('.dg-now'));
    const ten = await slotTop(todayPage, DAY, '10:00');
    expect(nowLine.y - ten).toBeGreaterThanOrEqual(-1);
    expect(nowLine.y - ten).toBeLessThanOrEqual(PX_PER_HOUR / 60 + 1);

    // Planned deep work counts the block's wall-clock length, as decided.
    await expect(page.getByText('2h planned in deep-work blocks.')).toBeVisible();

    await expectNoSeriousA11yViolations(page);
    await blurFocus(page);
    await screenshotBothSchemes(page, 'today-spring-forward');
  });
});

test.describe('Today on the fall-back day (Sunday 25 October 2026, Berlin: 02:00–03:00 happens twice)', () => {
  // Inside the repeated hour, its second pass (winter time).
  test.use({ pinnedNow: '2026-10-25T02:30:00+01:00', timezoneId: 'Europe/Berlin' });
  const DAY = 'Sunday, October 25';

  test('a 02:15–02:45 block in the repeated hour is drawn once, at 02:15', async ({ page, todayPage }) => {
    await todayPage.openTall();
    await expect(todayPage.subtitle).toHaveText('Sunday, October 25, 2026');

    await todayPage.addBlockFromKeyboard({ kind: 'Meeting', title: 'On-call handover', start: '02:15', end: '02:45' });
    const handover = page.getByRole('button', { name: /On-call handover/ });
    await expect(handover).toHaveCount(1);
    await expect(handover).toHaveAccessibleName('Meeting: On-call handover, 02:15–02:45');
    const stored = (await storedRows<StoredBlock>(page, 'timeBlocks')).filter((block) => block.title === 'On-call handover');
    expect(stored).toEqual([expect.objectContaining({ day: '2026-10-25', startMinute: 135, endMinute: 165 })]);

    // One 02:00 hour on the grid, one 02:15 slot, and the block starts at that slot.
    const labels = (await axisLabels(page)).map((label) => label.text);
    expect(labels.filter((text) => text === '02:00')).toHaveLength(1);
    expect(labels.slice(0, 3)).toEqual(['02:00', '03:00', '04:00']);
    await expect(todayPage.slot(DAY, '02:15')).toHaveCount(1);
    const block = await boxOf(page.locator('.dg-block', { has: handover }));
    expect(block.y).toBeCloseTo(await slotTop(todayPage, DAY, '02:15'), 0);
    expect(block.y + block.height).toBeCloseTo(await slotTop(todayPage, DAY, '02:45'), 0);

    // Now (02:30, the second time round) is one line, inside the block.
    await expect(page.locator('.dg-now')).toHaveCount(1);
    const nowLine = await boxOf(page.locator('.dg-now'));
    const half = await slotTop(todayPage, DAY, '02:30');
    expect(nowLine.y - half).toBeGreaterThanOrEqual(-1);
    expect(nowLine.y - half).toBeLessThanOrEqual(PX_PER_HOUR / 60 + 1);

    await expectNoSeriousA11yViolations(page);
    await blurFocus(page);
    await screenshotBothSchemes(page, 'today-fall-back');
  });
});

// ---------------------------------------------------------------------------------------------------

const crlf = (...lines: string[]) => [...lines, ''].join('\r\n');

/**
 * A weekly meeting on Monday, Wednesday and Thursday at 14:00 Berlin time, first held in September
 * (summer time: 12:00 UTC then, 13:00 UTC in December), with Wednesday 2 December cancelled.
 */
const RECURRING_ICS = crlf(
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:design-sync@example.com',
  'DTSTAMP:20260901T080000Z',
  'DTSTART;TZID=Europe/Berlin:20260907T140000',
  'DTEND;TZID=Europe/Berlin:20260907T144500',
  'RRULE:FREQ=WEEKLY;BYDAY=MO,WE,TH',
  'EXDATE;TZID=Europe/Berlin:20261202T140000',
  'SUMMARY:Design sync',
  'END:VEVENT',
  'END:VCALENDAR',
);

/** The feed's last copy: a daily stand-up (floating 09:30–09:45, every day of the week). */
const FEED_ICS = feedIcs([
  'BEGIN:VEVENT',
  'UID:standup@example.com',
  'DTSTAMP:20261001T080000Z',
  'DTSTART:20261102T093000',
  'DTEND:20261102T094500',
  'RRULE:FREQ=DAILY',
  'SUMMARY:Daily stand-up',
  'END:VEVENT',
]);

/** The one feed, "Studio", as main lists it. */
const STUDIO: CalendarFeedSummary = {
  id: '3d0c9a52-7f1e-4c3b-8e5a-6b2f0d9c4a17',
  name: 'Studio',
  colour: 'green',
  address: 'calendar.google.com/…/basic.ics',
  refreshedAt: '2026-12-01T08:00:00.000Z',
  error: null,
};

test.describe('Planner with a recurring meeting and a calendar feed', () => {
  test.use(PINNED_MOMENT);

  test('the imported weekly meeting skips its EXDATE; the feed’s stand-ups are read-only and named with the feed', async ({
    page,
    app,
    plannerPage,
  }) => {
    // The sample agency, an import, axe and two screenshots: over a minute on a loaded 2-core machine.
    test.slow();
    // The desktop shell: its openFile takes the .ics file through Playwright's file chooser.
    await stubDesktopShell(page, { feeds: [STUDIO], feedCopies: [feedCopy(STUDIO, FEED_ICS)] });
    await app.loadSampleAgency();
    await plannerPage.openTall('2026-12-01');
    const before = await storedRows<StoredBlock>(page, 'timeBlocks');

    await plannerPage.importIcs('design-sync.ics', RECURRING_ICS);
    await expect(
      page.getByRole('status').filter({
        hasText: /^2 meetings added for the week of .* · recurring meetings: import the file again for other weeks\./,
      }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);

    // Monday and Thursday at 14:00 Berlin time (the zone's winter offset, not September's), not Wednesday.
    const column = (name: string) => plannerPage.column(name);
    const sync = 'Meeting: Design sync, 14:00–14:45';
    await expect(column('Monday, November 30').getByRole('button', { name: sync, exact: true })).toBeVisible();
    await expect(column('Thursday, December 3').getByRole('button', { name: sync, exact: true })).toBeVisible();
    await expect(column('Wednesday, December 2').getByRole('button', { name: /Design sync/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Design sync/ })).toHaveCount(2);
    const added = (await storedRows<StoredBlock>(page, 'timeBlocks')).filter(
      (block) => !before.some((old) => old.id === block.id),
    );
    expect(
      added.map((block) => `${block.day} ${block.startMinute}-${block.endMinute} ${block.kind} ${block.title}`).sort(),
    ).toEqual(['2026-11-30 840-885 meeting Design sync', '2026-12-03 840-885 meeting Design sync']);

    // The feed's stand-up: one on every day shown, read-only, named with the feed, never stored.
    const shownDays = await page.getByRole('group', { name: /^Blocks on / }).count();
    expect(shownDays).toBeGreaterThanOrEqual(5);
    const standUps = page.getByRole('article', {
      name: 'Meeting: Daily stand-up, 09:30–09:45, from Studio (read-only)',
      exact: true,
    });
    await expect(standUps).toHaveCount(shownDays);
    const tuesdayStandUp = column('Tuesday, December 1').getByRole('article', { name: /Daily stand-up/ });
    await expect(tuesdayStandUp).toHaveAttribute('title', 'From the calendar feed Studio: change it in that calendar');
    await expect(tuesdayStandUp.locator('.dg-feed-name')).toHaveText('Studio');
    expect((await storedRows<StoredBlock>(page, 'timeBlocks')).some((block) => block.title === 'Daily stand-up')).toBe(false);
    await tuesdayStandUp.focus();
    await page.keyboard.press('Enter');
    await tuesdayStandUp.dblclick();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // Not one of the plan's movable blocks.
    await expect(page.getByRole('button', { name: /Daily stand-up/ })).toHaveCount(0);

    await expectNoSeriousA11yViolations(page);
    // The morning (stand-ups) down to the afternoon meeting in one picture.
    await plannerPage.slot('Tuesday, December 1', '09:00').scrollIntoViewIfNeeded();
    await page.locator('.dg-head').scrollIntoViewIfNeeded();
    await blurFocus(page);
    await screenshotBothSchemes(page, 'planner-recurring-and-feed');
  });
});
