import { type TodayPage, expect, test } from './page-models';

// Two minutes before midnight on a Wednesday in Berlin; the page stays open across the night, as a
// laptop left open (or put to sleep) on Today does.
test.use({ pinnedNow: '2026-11-04T23:58:00+01:00', timezoneId: 'Europe/Berlin' });

async function openTodayOnWednesday(todayPage: TodayPage): Promise<void> {
  const { page } = todayPage;
  await todayPage.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(todayPage.subtitle).toHaveText('Wednesday, November 4, 2026');
  await expect(todayPage.slot('Wednesday, November 4', '09:00')).toBeVisible();
  // Gone after a reload: proves the new day arrived in the same document.
  await page.evaluate(() => Object.assign(window, { openedBeforeMidnight: true }));
}

async function expectThursdayWithoutReload(todayPage: TodayPage): Promise<void> {
  const { page } = todayPage;
  await expect(todayPage.subtitle).toHaveText('Thursday, November 5, 2026');
  await expect(todayPage.slot('Thursday, November 5', '09:00')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(todayPage.slot('Wednesday, November 4', '09:00')).toHaveCount(0);
  expect(await page.evaluate(() => 'openedBeforeMidnight' in window)).toBe(true);
}

test('Today turns to the new day at midnight while the page stays open', async ({ page, todayPage }) => {
  await openTodayOnWednesday(todayPage);
  await page.clock.fastForward('03:00');
  await expectThursdayWithoutReload(todayPage);
});

test('Today shows the new day when the page comes back after the machine slept past midnight', async ({ page, todayPage }) => {
  await openTodayOnWednesday(todayPage);
  // Asleep: the wall clock moves on to the morning and no timer fires meanwhile.
  await page.clock.pauseAt(new Date('2026-11-04T23:58:30+01:00'));
  await page.clock.setSystemTime(new Date('2026-11-05T07:30:00+01:00'));
  await expect(todayPage.subtitle).toHaveText('Wednesday, November 4, 2026');
  // Waking up: the page becomes visible again and reads the clock, before any timer has fired.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(todayPage.subtitle).toHaveText('Thursday, November 5, 2026');
  // Timers run again (the day's data loads through them); the clock's own tick is still 30 s away.
  await page.clock.resume();
  await expectThursdayWithoutReload(todayPage);
});

test('Today shows the new day when the clock’s tick arrives hours late', async ({ page, todayPage }) => {
  await openTodayOnWednesday(todayPage);
  // The minute tick due at 23:59 fires only on waking, at 07:30: it reads the clock, not its schedule.
  await page.clock.fastForward('07:32:00');
  await expectThursdayWithoutReload(todayPage);
});
