import type { Page } from '@playwright/test';
import { TEST_WEEK_START, testDay } from '../support/test-clock';
import {
  SCREENSHOT_DIR,
  type TimePage,
  dismissNotifications,
  expect,
  expectNoSeriousA11yViolations,
  screenReady,
  test,
} from './page-models';

// Switching end to end on the sample agency: every chart draws, a worst day opens its strip,
// the range picker moves, and a new entry on another project shows up in today's switch count.

const CHARTS = ['Switches per day', 'Deep work against the target', 'Focus stretches', /^Hat mix per /];

/** Logs `duration` on the project at `index` of the Log time dialog's list, after today's last entry. */
async function logOnProject(timePage: TimePage, index: number, duration: string): Promise<string> {
  await timePage.open();
  return timePage.logTime({ project: index, duration });
}

test('shows each chart for the sample agency and opens a worst day’s strip', async ({ page, app, switchingPage }) => {
  await app.loadSampleAgency();
  // A whole month before today: the current one can have fewer than five worked days (the 4th, a Monday).
  await switchingPage.open(`month/${testDay(-35)}`);
  for (const name of CHARTS) {
    const card = page.getByRole('region', { name });
    await expect(card).toBeVisible();
    await expect(card.locator('.recharts-surface')).toBeVisible();
    await expect(card.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(card.getByRole('table')).toHaveCount(1); // the text alternative
  }
  await expect(page.getByRole('term').filter({ hasText: 'Time lost to switching' })).toBeVisible();

  const worst = page.getByRole('table', { name: 'Days with the most switches' });
  await expect(worst.getByRole('row')).toHaveCount(6); // header + five days
  const firstDay = (await worst.getByRole('rowheader').first().textContent()) ?? '';
  await worst.getByRole('button', { name: `Show sequence: ${firstDay}` }).click();
  const strip = page.getByRole('region', { name: /^Sequence of / });
  await expect(strip.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(strip.locator('.strip-segment.is-switch').first()).toBeVisible();
  await expect(strip.getByRole('list', { name: 'Logged entries in order' }).getByRole('listitem').first()).toContainText(
    /, a switch|\d/,
  );
  await expect(strip.getByRole('list', { name: 'Planned blocks in order' })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  await strip.getByRole('button', { name: 'Close' }).click();
  await expect(strip).toHaveCount(0);
});

/** 'Jun 29, 2026 – Jul 5, 2026': the week holding `day` with the run's first day of the week (Monday by default). */
function weekHeading(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const back = (date.getUTCDay() - (TEST_WEEK_START ?? 1) + 7) % 7;
  const start = new Date(date.getTime() - back * 86_400_000);
  const end = new Date(start.getTime() + 6 * 86_400_000);
  const format = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  return `${format.format(start)} – ${format.format(end)}`;
}

test.describe('with the sample agency of November 2026', () => {
  // Steps through fixed months of 2026, which hold the sample's six months of history only when it ends then.
  test.use({ pinnedNow: '2026-11-04T09:30:00+01:00', timezoneId: 'Europe/Berlin' });

  test('moves between week, month, quarter and a custom range, refusing a backwards one', async ({
    page,
    app,
    switchingPage,
  }) => {
    await app.loadSampleAgency();
    await switchingPage.open('month/2026-06-10');
    await expect(page.getByRole('heading', { name: 'June 2026' })).toBeVisible();
    await page.getByRole('button', { name: 'Quarter' }).click();
    await screenReady(page, 'switching');
    await expect(page.getByRole('heading', { name: 'Apr 1, 2026 – Jun 30, 2026' })).toBeVisible();
    await page.getByRole('button', { name: 'Next quarter' }).click();
    await expect(page.getByRole('heading', { name: 'Jul 1, 2026 – Sep 30, 2026' })).toBeVisible();
    await page.getByRole('button', { name: 'Week' }).click();
    await expect(page.getByRole('heading', { name: weekHeading('2026-07-01') })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Hat mix per day' })).toBeVisible();

    await page.getByRole('button', { name: 'Custom' }).click();
    const custom = page.getByRole('form', { name: 'Custom range' });
    await custom.getByLabel('From').fill('2026-09-10');
    await custom.getByLabel('To').fill('2026-09-01');
    await custom.getByRole('button', { name: 'Show range' }).click();
    await expect(custom.getByLabel('To')).toHaveAccessibleDescription('The last day must be on or after the first');
    await expect(page.getByRole('heading', { name: weekHeading('2026-07-01') })).toBeVisible();
    await custom.getByLabel('To').fill('2026-10-20');
    await custom.getByRole('button', { name: 'Show range' }).click();
    await screenReady(page, 'switching');
    await expect(page.getByRole('heading', { name: 'Sep 10, 2026 – Oct 20, 2026' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Switches per day' }).locator('.recharts-surface')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test('logging an entry on another project raises today’s switch count', async ({ page, app, switchingPage, timePage }) => {
  await app.loadSampleAgency();
  const first = await logOnProject(timePage, 1, '30m');
  await switchingPage.open();
  const before = await switchingPage.todaySwitches();

  const second = await logOnProject(timePage, 2, '25m');
  expect(second).not.toBe(first);
  await switchingPage.open();
  await expect(page.getByTestId('today-switches')).toHaveText(String(before + 1));
  await expect(page.getByRole('region', { name: 'Today so far' })).toContainText('lost');
  await expectNoSeriousA11yViolations(page);
});

/** No toasts or hover tooltips over what the screenshot is of. */
async function clearOverlays(page: Page): Promise<void> {
  await dismissNotifications(page);
  await page.mouse.move(0, 0);
}

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of the switching screen in ${theme}`, async ({ page, app, switchingPage, timePage }) => {
    await page.emulateMedia({ colorScheme: theme });
    await switchingPage.open();
    await expect(page.getByRole('heading', { name: 'Nothing logged in this range' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/switching-empty-${theme}.png` });
    await app.loadSampleAgency();
    await logOnProject(timePage, 1, '40m');
    await logOnProject(timePage, 3, '20m');
    // The main area scrolls inside the window: a tall window shows the whole screen at once.
    await page.setViewportSize({ width: 1360, height: 2000 });
    await switchingPage.open();
    await clearOverlays(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/switching-month-${theme}.png` });
    const worst = page.getByRole('table', { name: 'Days with the most switches' });
    await worst
      .getByRole('button', { name: /^Show sequence: / })
      .first()
      .click();
    const strip = page.getByRole('region', { name: /^Sequence of / });
    await expect(strip.locator('.strip-segment').first()).toBeVisible();
    await clearOverlays(page);
    await strip.screenshot({ path: `${SCREENSHOT_DIR}/switching-strip-${theme}.png` });
    await page.getByRole('button', { name: 'Quarter' }).click();
    await screenReady(page, 'switching');
    await clearOverlays(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/switching-quarter-${theme}.png` });
    await page.getByRole('button', { name: 'Custom' }).click();
    await page.getByRole('form', { name: 'Custom range' }).getByLabel('From').fill('2025-01-01');
    await page.getByRole('button', { name: 'Show range' }).click();
    await screenReady(page, 'switching');
    await clearOverlays(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/switching-custom-${theme}.png` });
  });
}

test("Today's switch count rises as soon as time is logged on another project", async ({ page, app, timePage, todayPage }) => {
  await app.loadSampleAgency();
  const todayCount = async () => {
    await todayPage.open();
    const text = await page
      .getByText(/switch(es)? so far/)
      .locator('strong')
      .textContent();
    return Number(text);
  };
  const before = await todayCount();
  await logOnProject(timePage, 1, '20m');
  await logOnProject(timePage, 2, '20m');
  expect(await todayCount()).toBeGreaterThan(before);
});
