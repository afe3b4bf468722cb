import type { Page } from '@playwright/test';
import { expect, screenReady, test } from './fixtures';

// Two minutes before midnight on a Wednesday in Berlin; the page stays open across the night, as a
// laptop left open (or put to sleep) on Today does.
test.use({ pinnedNow: '2026-11-04T23:58:00+01:00', timezoneId: 'Europe/Berlin' });

const subtitle = (page: Page) => page.locator('[data-screen="today"] .screen-subtitle');
const nineOClock = (page: Page, day: string) => page.getByRole('gridcell', { name: new RegExp(`^${day}, 09:00`) });

async function openTodayOnWednesday(page: Page): Promise<void> {
  await page.goto('/#/today');
  await screenReady(page, 'today');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(subtitle(page)).toHaveText('Wednesday, November 4, 2026');
  await expect(nineOClock(page, 'Wednesday, November 4')).toBeVisible();
  // Gone after a reload: proves the new day arrived in the same document.
  await page.evaluate(() => Object.assign(window, { openedBeforeMidnight: true }));
}

async function expectThursdayWithoutReload(page: Page): Promise<void> {
  await expect(subtitle(page)).toHaveText('Thursday, November 5, 2026');
  await expect(nineOClock(page, 'Thursday, November 5')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(nineOClock(page, 'Wednesday, November 4')).toHaveCount(0);
  expect(await page.evaluate(() => 'openedBeforeMidnight' in window)).toBe(true);
}

test('Today turns to the new day at midnight while the page stays open', async ({ page }) => {
  await openTodayOnWednesday(page);
  await page.clock.fastForward('03:00');
  await expectThursdayWithoutReload(page);
});

test('Today shows the new day when the page comes back after the machine slept past midnight', async ({ page }) => {
  await openTodayOnWednesday(page);
  // Asleep: the wall clock moves on to the morning and no timer fires meanwhile.
  await page.clock.pauseAt(new Date('2026-11-04T23:58:30+01:00'));
  await page.clock.setSystemTime(new Date('2026-11-05T07:30:00+01:00'));
  await expect(subtitle(page)).toHaveText('Wednesday, November 4, 2026');
  // Waking up: the page becomes visible again and reads the clock, before any timer has fired.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(subtitle(page)).toHaveText('Thursday, November 5, 2026');
  // Timers run again (the day's data loads through them); the clock's own tick is still 30 s away.
  await page.clock.resume();
  await expectThursdayWithoutReload(page);
});

test('Today shows the new day when the clock’s tick arrives hours late', async ({ page }) => {
  await openTodayOnWednesday(page);
  // The minute tick due at 23:59 fires only on waking, at 07:30: it reads the clock, not its schedule.
  await page.clock.fastForward('07:32:00');
  await expectThursdayWithoutReload(page);
});
