import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, expectNoSeriousA11yViolations, loadSampleAgency, screenReady, test } from './fixtures';
import { drag, PINNED_MOMENT, pointIn, storedRows } from './plan-helpers';
import type { StoredBlock } from './plan-helpers';

test.use(PINNED_MOMENT);

// Pinned to Tuesday 1 December 2026; the sample agency plans Mon 30 Nov – Fri 11 Dec.

async function openPlanner(page: Page, hash = '#/planner'): Promise<void> {
  await page.setViewportSize({ width: 1360, height: 1100 });
  await loadSampleAgency(page);
  await page.goto(`/${hash}`);
  await screenReady(page, 'planner');
}

const dayColumn = (page: Page, day: string) => page.getByRole('group', { name: `Blocks on ${day}` });
const label = (page: Page) => page.locator('.planner-nav-label');

async function storedById(page: Page, id: string): Promise<StoredBlock | undefined> {
  return (await storedRows<StoredBlock>(page, 'timeBlocks')).find((block) => block.id === id);
}

async function blockId(page: Page, column: string, name: RegExp): Promise<string> {
  const id = await dayColumn(page, column)
    .locator('.dg-block', { has: page.getByRole('button', { name }) })
    .first()
    .getAttribute('data-block-id');
  if (!id) throw new Error(`no block ${name} on ${column}`);
  return id;
}

test('steps through weeks: this week, next week with its plan, an empty week, and back', async ({ page }) => {
  await openPlanner(page);
  await expect(label(page)).toHaveText('Nov 30 – Dec 4, 2026');
  await expect(page.locator('.dg-head-day')).toHaveCount(5);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Next week' }).click();
  await screenReady(page, 'planner');
  await expect(label(page)).toHaveText('Dec 7 – Dec 11, 2026');
  expect(page.url()).toContain('#/planner/2026-12-08');
  await expect(
    dayColumn(page, 'Monday, December 7')
      .getByRole('button', { name: /^Deep work: / })
      .first(),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Previous week' }).click();
  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect(label(page)).toHaveText('Nov 23 – Nov 27, 2026');
  await expect(page.locator('.dg-head-total')).toHaveText(Array(5).fill('Nothing planned'));
  await expect(page.locator('.dg-block')).toHaveCount(0);

  await page.getByRole('button', { name: 'This week' }).click();
  await expect(label(page)).toHaveText('Nov 30 – Dec 4, 2026');
  await expect(page.locator('.dg-head-day.is-today')).toContainText('Tue, Dec 1');
});

test('moves a block to the next day with the keyboard and to another day and time with the mouse', async ({ page }) => {
  await openPlanner(page);
  const adminName = /^PM \/ admin: Email, planning, timesheets, 13:15–14:00$/;
  const id = await blockId(page, 'Monday, November 30', adminName);
  await dayColumn(page, 'Monday, November 30').getByRole('button', { name: adminName }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(dayColumn(page, 'Tuesday, December 1').locator(`[data-block-id="${id}"] [role="button"]`)).toBeFocused();
  await expect.poll(async () => (await storedById(page, id))?.day).toBe('2026-12-01');
  // Two PM/admin blocks now share Tuesday 13:15: drawn side by side, marked as overlapping.
  await expect(dayColumn(page, 'Tuesday, December 1').locator('.dg-block.has-overlap')).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await storedById(page, id))?.startMinute).toBe(810);
  expect(await storedById(page, id)).toMatchObject({ day: '2026-12-01', startMinute: 810, endMinute: 855 });

  // Thursday's admin block dragged one column right and an hour down: Friday 14:15–15:00.
  const thursday = await blockId(page, 'Thursday, December 3', adminName);
  const body = page.locator(`[data-block-id="${thursday}"] [role="button"]`);
  const columnWidth = (await dayColumn(page, 'Thursday, December 3').boundingBox())?.width ?? 0;
  await drag(page, await pointIn(body), await pointIn(body, 80, columnWidth));
  await expect
    .poll(async () => storedById(page, thursday))
    .toMatchObject({ day: '2026-12-04', startMinute: 855, endMinute: 900 });
  await expect(
    dayColumn(page, 'Friday, December 4').getByRole('button', { name: 'PM / admin: Email, planning, timesheets, 14:15–15:00' }),
  ).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of the Planner filled by the sample agency in ${theme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openPlanner(page);
    await page.getByRole('button', { name: 'Dismiss notification' }).click();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/planner-${theme}.png` });
    await dayColumn(page, 'Wednesday, December 2').getByRole('button').first().dblclick();
    await expect(page.getByRole('dialog', { name: 'Edit block' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/planner-edit-${theme}.png` });
  });
}
