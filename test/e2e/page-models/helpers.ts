import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

// What every end-to-end spec shares below the page models: waiting for a screen, axe, toasts,
// screenshots, forms and the browser's file chooser.

// Outside Playwright's outputDir, which it empties at the start of every run.
export const SCREENSHOT_DIR = 'screenshots';

/**
 * Tuesday 1 December 2026, 10:20 in Berlin, in weeks from Monday, whatever the run's test clock: the
 * sample agency plans this week and next around it (09:00–14:00 that day, deep work until 11:30, so
 * the afternoon is free), and specs drag blocks into it and name the week's columns. Use as
 * `test.use(PINNED_MOMENT)`.
 */
export const PINNED_MOMENT = { pinnedNow: '2026-12-01T10:20:00+01:00', timezoneId: 'Europe/Berlin', weekStart: null };
export const PINNED_DAY = '2026-12-01';

/** Waits until `[data-screen="screen"]` says it has read its data. */
export async function screenReady(page: Page, screen: string): Promise<void> {
  await expect(page.locator(`[data-screen="${screen}"]`)).toHaveAttribute('data-ready', 'true');
}

/** `exclude`: a selector axe leaves out, e.g. a frame that may run no script (axe cannot enter it). */
export async function expectNoSeriousA11yViolations(page: Page, options: { exclude?: string } = {}): Promise<void> {
  const builder = new AxeBuilder({ page });
  const results = await (options.exclude ? builder.exclude(options.exclude) : builder).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** A toast of the toaster holding `text` (searched in the toaster alone: screens keep status regions of their own). */
export function toast(page: Page, text: string): Locator {
  return page.getByRole('region', { name: 'Notifications' }).getByRole('status').filter({ hasText: text });
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

export interface ScreenshotOptions {
  /** The window grows to the screen's content (which scrolls inside the shell) for the pictures, then shrinks back. */
  wholeScreen?: boolean;
  /** Playwright's full-page picture. */
  fullPage?: boolean;
}

/** `${SCREENSHOT_DIR}/<name>-light.png` and `-dark.png` of the page as it is, notifications dismissed first. */
export async function screenshotBothSchemes(
  page: Page,
  name: string,
  { wholeScreen = false, fullPage = false }: ScreenshotOptions = {},
): Promise<void> {
  await dismissNotifications(page);
  const size = page.viewportSize() ?? { width: 1360, height: 860 };
  if (wholeScreen) {
    const height = await page.evaluate(() => (document.querySelector('.screen')?.scrollHeight ?? 0) + 60);
    await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  }
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-${scheme}.png`, fullPage });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (wholeScreen) await page.setViewportSize(size);
}

/** Runs `command` from the command palette (Ctrl+K), the keyboard way. */
export async function runCommand(page: Page, command: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Type a command or screen' });
  await input.fill(command);
  await input.press('Enter');
}

/** Fills a form's fields by their exact labels: a select takes the option with that label, any other control is typed into. */
export async function fillFields(form: Locator, fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) {
    const control = form.getByLabel(label, { exact: true });
    if ((await control.evaluate((element) => element.tagName)) === 'SELECT') await control.selectOption({ label: value });
    else await control.fill(value);
  }
}

/** A file for the chooser: a path on disk, or a name with its contents. */
export type ChosenFile = string | { name: string; mimeType: string; buffer: Buffer };

/** Clicks the button `button` and answers the file chooser it opens with `file` (the browser's file input, or the stubbed desktop shell's). */
export async function chooseFile(page: Page, button: string, file: ChosenFile): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}
