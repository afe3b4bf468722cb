import { SCREENSHOT_DIR, expect, screenReady, test } from './page-models';

test("logging time and running the timer show the chosen project's remaining budget", async ({
  page,
  consoleErrors,
  app,
  timePage,
}) => {
  await app.loadSampleAgency();
  await timePage.open();
  await page.getByRole('button', { name: 'Log time' }).click();
  const dialog = timePage.logDialog;
  await expect(dialog.getByLabel('Budget of this project')).toHaveCount(0);
  await dialog.getByLabel('Project', { exact: true }).selectOption({ index: 1 });
  await expect(dialog.getByLabel('Budget of this project')).toContainText(/(left|over) of|No budget set/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const timer = timePage.timer;
  await timer.getByRole('combobox', { name: 'Timer project' }).selectOption({ index: 1 });
  await timer.getByRole('button', { name: 'Start timer' }).click();
  await expect(timer.getByLabel('Budget of this project')).toContainText(/(left|over) of|No budget set/);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/timer-budget-hint.png` });
  expect(consoleErrors).toEqual([]);
});

test('Today announces projects past 80 % or 100 % of budget until dismissed', async ({ page, consoleErrors, app, todayPage }) => {
  await app.loadSampleAgency();
  await todayPage.open();
  const banner = page.getByRole('region', { name: 'Budgets crossed a threshold' });
  await expect(banner.getByRole('listitem').first()).toContainText(/passed (80|100)% of its budget/);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/today-budget-alert.png` });
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
  await page.reload();
  await screenReady(page, 'today');
  await expect(page.getByRole('region', { name: 'Budgets crossed a threshold' })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
