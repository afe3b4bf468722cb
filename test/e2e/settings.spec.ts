import { SCREENSHOT_DIR, expect, expectNoSeriousA11yViolations, screenReady, test } from './page-models';

test('settings validate inline, save, survive a reload, and the theme applies at once', async ({
  page,
  consoleErrors,
  settingsPage,
}) => {
  await settingsPage.open();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('Work starts').fill('9am');
  await page.getByLabel('Daily deep-work target').fill('lots');
  await settingsPage.save();
  await expect(page.getByText('Enter a time such as 09:00')).toBeVisible();
  await expect(page.locator('#settings-deep-work-error')).toBeVisible();
  await page.reload();
  await screenReady(page, 'settings');
  await expect(page.getByLabel('Work starts')).toHaveValue('09:00');

  await page.getByLabel('Agency name').fill('Northwind Studio');
  await page.getByLabel('Work starts').fill('08:30');
  await page.getByLabel('Daily deep-work target').fill('2h 30m');
  await page.getByLabel('Theme').selectOption('dark');
  await settingsPage.save();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/settings-dark.png`, fullPage: true });

  await page.reload();
  await screenReady(page, 'settings');
  await expect(page.getByLabel('Agency name')).toHaveValue('Northwind Studio');
  await expect(page.getByLabel('Work starts')).toHaveValue('08:30');
  await expect(page.getByLabel('Daily deep-work target')).toHaveValue('2h 30m');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(consoleErrors).toEqual([]);
});
