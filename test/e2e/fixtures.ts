import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Fails the test on any console error or uncaught page error. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});
export { expect };

/** `exclude`: a selector axe leaves out, e.g. a frame that may run no script (axe cannot enter it). */
export async function expectNoSeriousA11yViolations(page: Page, options: { exclude?: string } = {}): Promise<void> {
  const builder = new AxeBuilder({ page });
  const results = await (options.exclude ? builder.exclude(options.exclude) : builder).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

export async function screenReady(page: Page, screen: string): Promise<void> {
  await expect(page.locator(`[data-screen="${screen}"]`)).toHaveAttribute('data-ready', 'true');
}

// Outside Playwright's outputDir, which it empties at the start of every run.
export const SCREENSHOT_DIR = 'screenshots';

/** Fills a fresh browser's database with the seeded sample agency through Settings. */
export async function loadSampleAgency(page: Page): Promise<void> {
  await page.goto('/#/settings');
  await screenReady(page, 'settings');
  await page.getByRole('button', { name: 'Load sample agency' }).click();
  await expect(page.getByText(/Sample agency loaded/)).toBeVisible({ timeout: 30_000 });
}

/** `${SCREENSHOT_DIR}/<name>-light.png` and `-dark.png` of the page as it is, notifications dismissed first. */
export async function screenshotBothSchemes(page: Page, name: string): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
