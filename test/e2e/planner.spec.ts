import type { Page } from '@playwright/test';
import {
  PINNED_MOMENT,
  SCREENSHOT_DIR,
  type StoredBlock,
  drag,
  expect,
  expectNoSeriousA11yViolations,
  pointIn,
  screenReady,
  storedRows,
  test,
} from './page-models';

test.use(PINNED_MOMENT);

// Pinned to Tuesday 1 December 2026; the sample agency plans Mon 30 Nov – Fri 11 Dec.

async function storedById(page: Page, id: string): Promise<StoredBlock | undefined> {
  return (await storedRows<StoredBlock>(page, 'timeBlocks')).find((block) => block.id === id);
}

test('steps through weeks: this week, next week with its plan, an empty week, and back', async ({ page, app, plannerPage }) => {
  await app.loadSampleAgency();
  await plannerPage.openTall();
  await expect(plannerPage.weekLabel).toHaveText('Nov 30 – Dec 4, 2026');
  await expect(page.locator('.dg-head-day')).toHaveCount(5);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Next week' }).click();
  await screenReady(page, 'planner');
  await expect(plannerPage.weekLabel).toHaveText('Dec 7 – Dec 11, 2026');
  expect(page.url()).toContain('#/planner/2026-12-08');
  await expect(
    plannerPage
      .column('Monday, December 7')
      .getByRole('button', { name: /^Deep work: / })
      .first(),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Previous week' }).click();
  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect(plannerPage.weekLabel).toHaveText('Nov 23 – Nov 27, 2026');
  await expect(page.locator('.dg-head-total')).toHaveText(Array(5).fill('Nothing planned'));
  await expect(page.locator('.dg-block')).toHaveCount(0);

  await page.getByRole('button', { name: 'This week' }).click();
  await expect(plannerPage.weekLabel).toHaveText('Nov 30 – Dec 4, 2026');
  await expect(page.locator('.dg-head-day.is-today')).toContainText('Tue, Dec 1');
});

test('moves a block to the next day with the keyboard and to another day and time with the mouse', async ({
  page,
  app,
  plannerPage,
}) => {
  await app.loadSampleAgency();
  await plannerPage.openTall();
  const adminName = /^PM \/ admin: Email, planning, timesheets, 13:15–14:00$/;
  const id = await plannerPage.blockId('Monday, November 30', adminName);
  await plannerPage.column('Monday, November 30').getByRole('button', { name: adminName }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(plannerPage.column('Tuesday, December 1').locator(`[data-block-id="${id}"] [role="button"]`)).toBeFocused();
  await expect.poll(async () => (await storedById(page, id))?.day).toBe('2026-12-01');
  // Two PM/admin blocks now share Tuesday 13:15: drawn side by side, marked as overlapping.
  await expect(plannerPage.column('Tuesday, December 1').locator('.dg-block.has-overlap')).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await storedById(page, id))?.startMinute).toBe(810);
  expect(await storedById(page, id)).toMatchObject({ day: '2026-12-01', startMinute: 810, endMinute: 855 });

  // Thursday's admin block dragged one column right and an hour down: Friday 14:15–15:00.
  const thursday = await plannerPage.blockId('Thursday, December 3', adminName);
  const body = page.locator(`[data-block-id="${thursday}"] [role="button"]`);
  const columnWidth = (await plannerPage.column('Thursday, December 3').boundingBox())?.width ?? 0;
  await drag(page, await pointIn(body), await pointIn(body, 80, columnWidth));
  await expect
    .poll(async () => storedById(page, thursday))
    .toMatchObject({ day: '2026-12-04', startMinute: 855, endMinute: 900 });
  await expect(
    plannerPage
      .column('Friday, December 4')
      .getByRole('button', { name: 'PM / admin: Email, planning, timesheets, 14:15–15:00' }),
  ).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of the Planner filled by the sample agency in ${theme}`, async ({ page, app, plannerPage }) => {
    await page.emulateMedia({ colorScheme: theme });
    await app.loadSampleAgency();
    await plannerPage.openTall();
    await page.getByRole('button', { name: 'Dismiss notification' }).click();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/planner-${theme}.png` });
    await plannerPage.column('Wednesday, December 2').getByRole('button').first().dblclick();
    await expect(page.getByRole('dialog', { name: 'Edit block' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/planner-edit-${theme}.png` });
  });
}
