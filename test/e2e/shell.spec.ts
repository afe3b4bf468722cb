import { SCREENSHOT_DIR, expect, expectNoSeriousA11yViolations, screenReady, test } from './page-models';

test('the shell loads, every sidebar entry works from the keyboard, axe finds nothing serious', async ({
  page,
  consoleErrors,
  app,
}) => {
  // A bound, not a measurement: thirteen screens, each with an axe scan, took over 60 s on a loaded 2-core machine.
  test.slow();
  await page.goto('/');
  await screenReady(page, 'today');
  const links = app.sidebar.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const link = links.nth(index);
    const screen = (await link.getAttribute('href'))?.replace('#/', '') ?? '';
    await link.focus();
    await page.keyboard.press('Enter');
    await screenReady(page, screen);
    await expect(page.locator(`[data-screen="${screen}"]`).getByRole('heading', { level: 1 })).toBeVisible();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expectNoSeriousA11yViolations(page);
  }
  expect(consoleErrors).toEqual([]);
});

test('the command palette opens with Ctrl+K and navigates from the keyboard alone', async ({ page, consoleErrors }) => {
  await page.goto('/');
  await screenReady(page, 'today');
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Type a command or screen' });
  await expect(input).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await input.fill('today');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/today$/);
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshot in ${theme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/');
    await screenReady(page, 'today');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/shell-${theme}.png` });
  });
}
