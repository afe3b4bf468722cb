import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import {
  PINNED_DAY,
  PINNED_MOMENT,
  SCREENSHOT_DIR,
  type StoredBlock,
  clearStore,
  expect,
  expectNoSeriousA11yViolations,
  screenReady,
  storedRows,
  test,
} from './page-models';

test.use(PINNED_MOMENT);

// Calendar files and block reminders on the Planner, with the sample agency, pinned to Tuesday
// 1 December 2026 10:20 (the shown week is Mon 30 Nov – Fri 4 Dec).

const WEEK_FROM = '2026-11-30';
const WEEK_TO = '2026-12-04';

const weekBlocks = async (page: Page) =>
  (await storedRows<StoredBlock>(page, 'timeBlocks')).filter((block) => block.day >= WEEK_FROM && block.day <= WEEK_TO);

/** 'YYYY-MM-DD HH:MM' for a block's wall-clock minute (1440 is the next day's 00:00). */
function wallClock(day: string, minute: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMinutes(minute);
  return date.toISOString().slice(0, 16).replace('T', ' ');
}
const icalClock = (time: ICAL.Time) => time.toString().slice(0, 16).replace('T', ' ');

const calendar = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//E2E//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');

test('exports the week as .ics that ical.js reads as the same blocks', async ({ page, app, plannerPage }) => {
  await app.loadSampleAgency();
  await plannerPage.openTall();
  const stored = await weekBlocks(page);
  expect(stored.length).toBeGreaterThan(5);

  const file = await plannerPage.exportWeek();
  expect(file.suggestedFilename()).toBe(`tandem-week-${WEEK_FROM}.ics`);
  const text = readFileSync(await file.path(), 'utf8');
  await expect(page.getByRole('status').filter({ hasText: `Exported ${stored.length} blocks` })).toBeVisible();

  expect(text.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const fromFile = events.map((event) => `${event.uid} ${icalClock(event.startDate)} → ${icalClock(event.endDate)}`).sort();
  const fromDb = stored
    .map((block) => `${block.id} ${wallClock(block.day, block.startMinute)} → ${wallClock(block.day, block.endMinute)}`)
    .sort();
  expect(fromFile).toEqual(fromDb);
  for (const event of events) {
    const block = stored.find((candidate) => candidate.id === event.uid);
    if (block?.title) expect(event.summary).toBe(block.title);
    else expect(event.summary.length).toBeGreaterThan(0);
  }
});

test('imports the shown week’s meetings from an .ics file, a weekly one expanded; a malformed file changes nothing', async ({
  page,
  app,
  plannerPage,
}) => {
  await app.loadSampleAgency();
  await plannerPage.openTall();
  const before = await storedRows<StoredBlock>(page, 'timeBlocks');

  await plannerPage.importIcs(
    'broken.ics',
    calendar(
      'BEGIN:VEVENT',
      'UID:ok@example.com',
      'DTSTART:20261202T150000',
      'DTEND:20261202T160000',
      'SUMMARY:Fine',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART:20261202T170000',
    ),
  );
  await expect(page.getByRole('alert')).toContainText(
    'Could not import broken.ics: Line 12: END:VCALENDAR does not close BEGIN:VEVENT from line 10. Nothing was changed.',
  );
  expect(await storedRows<StoredBlock>(page, 'timeBlocks')).toEqual(before);

  await plannerPage.importIcs(
    'client-calls.ics',
    calendar(
      'BEGIN:VEVENT',
      'UID:call-1@example.com',
      'DTSTAMP:20261120T000000Z',
      'DTSTART:20261203T163000',
      'DTEND:20261203T171500',
      'SUMMARY:Call with Northwind\\, budget review',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:holiday@example.com',
      'DTSTAMP:20261120T000000Z',
      'DTSTART;VALUE=DATE:20261204',
      'SUMMARY:Team day',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:team-sync@example.com',
      'DTSTAMP:20261001T000000Z',
      'DTSTART:20261007T173000',
      'DTEND:20261007T180000',
      'RRULE:FREQ=WEEKLY;BYDAY=WE',
      'EXDATE:20261125T173000',
      'SUMMARY:Team sync',
      'END:VEVENT',
    ),
  );
  await expect(
    page.getByRole('status').filter({
      hasText:
        '2 meetings added for the week of Nov 30, 2026 · recurring meetings: import the file again for other weeks · 1 all-day event skipped.',
    }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Meeting: Call with Northwind, budget review, 16:30–17:15$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Meeting: Team sync, 17:30–18:00$/ })).toBeVisible();
  const after = await storedRows<StoredBlock>(page, 'timeBlocks');
  expect(after).toHaveLength(before.length + 2);
  expect(after.find((block) => block.title === 'Team sync')).toMatchObject({ day: '2026-12-02', startMinute: 17 * 60 + 30 });
  expect(after.find((block) => block.title === 'Call with Northwind, budget review')).toMatchObject({
    day: '2026-12-03',
    startMinute: 16 * 60 + 30,
    endMinute: 17 * 60 + 15,
    kind: 'meeting',
  });
  await expectNoSeriousA11yViolations(page);
});

test('round-trips: the exported week imported into an empty plan gives the same blocks', async ({ page, app, plannerPage }) => {
  await app.loadSampleAgency();
  await plannerPage.openTall();
  const stored = await weekBlocks(page);
  const text = readFileSync(await (await plannerPage.exportWeek()).path(), 'utf8');

  await clearStore(page, 'timeBlocks');
  await page.reload();
  await screenReady(page, 'planner');
  await expect(page.locator('.dg-block')).toHaveCount(0);

  await plannerPage.importIcs(`tandem-week-${WEEK_FROM}.ics`, text);
  await expect(
    page.getByRole('status').filter({ hasText: `${stored.length} meetings added for the week of Nov 30, 2026.` }),
  ).toBeVisible();
  const back = await storedRows<StoredBlock>(page, 'timeBlocks');
  const shape = (block: StoredBlock) => `${block.id} ${block.day} ${block.startMinute}-${block.endMinute} ${block.kind}`;
  expect(back.map(shape).sort()).toEqual(stored.map(shape).sort());
  for (const block of stored.filter((candidate) => candidate.title)) {
    expect(back.find((candidate) => candidate.id === block.id)?.title).toBe(block.title);
  }
});

test('shows a browser notification five minutes before the next block', async ({ page, context, app, plannerPage }) => {
  await context.grantPermissions(['notifications']);
  await page.addInitScript(() => {
    const shown: { title: string; body: string }[] = [];
    class RecordingNotification {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      constructor(title: string, options: { body?: string } = {}) {
        shown.push({ title, body: options.body ?? '' });
      }
    }
    Object.assign(window, { Notification: RecordingNotification, shownNotifications: shown });
  });
  await app.loadSampleAgency();
  await plannerPage.openTall();
  const next = (await storedRows<StoredBlock>(page, 'timeBlocks'))
    .filter((block) => block.day === PINNED_DAY && block.startMinute > 10 * 60 + 20)
    .sort((a, b) => a.startMinute - b.startMinute)[0];
  // A block starting within five minutes of 10:20 would be reminded at once: the sample has none.
  if (!next || next.startMinute <= 10 * 60 + 25)
    throw new Error('the sample agency plans no block after 10:25 on the pinned day');
  const shown = () => page.evaluate(() => (window as unknown as { shownNotifications: { title: string }[] }).shownNotifications);

  const minutesToReminder = next.startMinute - 5 - (10 * 60 + 20);
  await page.clock.fastForward((minutesToReminder - 1) * 60_000);
  expect(await shown()).toEqual([]);
  await page.clock.fastForward(65_000);
  await expect.poll(shown).toHaveLength(1);
  const hhmm = `${String(Math.floor(next.startMinute / 60)).padStart(2, '0')}:${String(next.startMinute % 60).padStart(2, '0')}`;
  expect((await shown())[0]?.title).toMatch(new RegExp(`at ${hhmm}$`));
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshot of the Planner with the calendar buttons in ${theme}`, async ({ page, app, plannerPage }) => {
    await page.emulateMedia({ colorScheme: theme });
    await app.loadSampleAgency();
    await plannerPage.openTall();
    await plannerPage.importIcs('broken.ics', 'not a calendar');
    await expect(page.getByRole('alert')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/planner-calendar-${theme}.png` });
  });
}
