import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { TEST_NOW, TEST_WEEK_START } from '../support/test-clock';

// Playwright's clock injects a script into every frame; a frame sandboxed without scripts (the report
// preview) blocks it and Chromium logs that as an error. It says nothing about the app.
const CLOCK_BLOCKED_IN_SANDBOX = /^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/;

/** The week start each page's sample agency gets (null: the sample's own, Monday). */
const weekStartOf = new WeakMap<Page, number | null>();

/**
 * Every page starts at the test clock's instant (`pinnedNow`) in its zone (the config's
 * `timezoneId`); a test about one moment sets both with `test.use({ pinnedNow, timezoneId })`.
 * `weekStart` (the run's TANDEM_TEST_WEEK_START by default) is set in Settings after Load sample
 * agency; a test whose expectations name weekdays sets it to null.
 * Fails the test on any console error or uncaught page error.
 */
export const test = base.extend<{ consoleErrors: string[]; pinnedNow: string; weekStart: number | null }>({
  pinnedNow: [TEST_NOW, { option: true }],
  weekStart: [TEST_WEEK_START ?? null, { option: true }],
  page: async ({ page, pinnedNow, weekStart }, use) => {
    await page.clock.install({ time: new Date(pinnedNow) });
    weekStartOf.set(page, weekStart);
    await use(page);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !CLOCK_BLOCKED_IN_SANDBOX.test(message.text())) errors.push(message.text());
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

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Settings' "Week starts on", chosen as a person would (the sweep runs whole suites with other week starts). */
export async function setWeekStart(page: Page, day: number): Promise<void> {
  await page.goto('/#/settings');
  await screenReady(page, 'settings');
  await page.getByLabel('Week starts on').selectOption({ label: WEEKDAY_NAMES[day] });
  await page.getByRole('button', { name: 'Save settings' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Settings saved' });
  await expect(saved).toBeVisible();
  // Its toast is not the test's: gone, it cannot stand beside the ones a test dismisses or reads.
  await saved.getByRole('button', { name: 'Dismiss notification' }).click();
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
  // The sample brings its own settings; the run's week start goes on top of them.
  const weekStart = weekStartOf.get(page) ?? null;
  if (weekStart !== null) await setWeekStart(page, weekStart);
}

/**
 * Closes every notification on screen. A toast can time out between counting and clicking (a loaded
 * machine, a clock near a toast's end), so a click that finds nothing is not an error.
 */
export async function dismissNotifications(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
  for (let left = await dismiss.count(); left > 0; left = await dismiss.count()) {
    await dismiss
      .first()
      .click({ timeout: 2_000 })
      .catch(() => undefined);
  }
}

/** `${SCREENSHOT_DIR}/<name>-light.png` and `-dark.png` of the page as it is, notifications dismissed first. */
export async function screenshotBothSchemes(page: Page, name: string): Promise<void> {
  await dismissNotifications(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
