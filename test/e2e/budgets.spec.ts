import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, dismissNotifications, expect, expectNoSeriousA11yViolations, loadSampleAgency, screenReady, test } from './fixtures';

// Budgets end to end on the sample agency: the table lists red and amber projects with their
// reasons; approving a change request moves a project's baseline and status; the burn chart
// draws a labelled step per approved change; retainers show hours remaining this cycle.

async function openBudgets(page: Page): Promise<void> {
  await page.goto('/#/budgets');
  await screenReady(page, 'budgets');
}

/** Both colour schemes of the whole screen (the window grows to the content, which scrolls inside the shell). */
async function screenshots(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1360, height: 860 };
  const height = await page.evaluate(() => (document.querySelector('.screen')?.scrollHeight ?? 0) + 60);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await dismissNotifications(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(size);
}

/** '€12,345.67' or 'CHF 1,234.00' → 12345.67 (the app formats in en-US here). */
function amountOf(text: string): number {
  return Number(text.replace(/[^0-9.-]/g, ''));
}

const table = (page: Page) => page.getByRole('table', { name: 'Budgets of active projects' });
const stat = (page: Page, label: string) =>
  page
    .locator('.budget-stat')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('.budget-stat-value');
const statusBadge = (page: Page) => page.locator('.budget-status-badge');

test('the Budgets table lists every active project worst first, with reasons, and filters', async ({ page, consoleErrors }) => {
  await loadSampleAgency(page);
  await openBudgets(page);
  const rows = table(page).getByRole('row');
  // a header row plus every active project (only the rows in view are in the DOM)
  const summary = await page.locator('.budget-summary > span').first().innerText();
  const active = Number(/^(\d+) active projects$/.exec(summary)?.[1]);
  expect(active).toBeGreaterThan(5);
  await expect(table(page)).toHaveAttribute('aria-rowcount', String(active + 1));
  const first = rows.nth(1);
  await expect(first.locator('.badge')).toHaveText(/Red|Amber/);
  await expect(first.locator('.budget-reasons')).not.toBeEmpty();
  await expect(page.locator('.budget-summary')).toContainText(/\d+ red/);
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, 'budgets-table');

  await page.getByLabel('Status').selectOption({ label: 'Green' });
  const badges = table(page).getByRole('row').locator('.badge');
  await expect(badges.first()).toHaveText('Green');
  for (const text of await badges.allTextContents()) expect(text).toBe('Green');
  await page.getByLabel('Status').selectOption({ label: 'Any status' });
  await page.getByLabel('Billing').selectOption({ label: 'Retainer' });
  for (const text of await table(page).getByRole('row').locator('[role="cell"]:nth-child(2)').allTextContents())
    expect(text).toBe('Retainer');
  expect(consoleErrors).toEqual([]);
});

test('approving a change request moves the baseline and the status, and draws its step', async ({ page }) => {
  await loadSampleAgency(page);
  await openBudgets(page);
  // the worst project that is billed by fee or by the hour
  await page.getByLabel('Billing').selectOption({ label: 'Fixed fee' });
  const worst = table(page).getByRole('row').nth(1);
  await expect(worst.locator('.badge')).toHaveText(/Red|Amber/);
  await worst.getByRole('link').click();
  await screenReady(page, 'budget-detail');
  await expect(statusBadge(page)).toHaveText(/Red|Amber/);
  await expect(page.locator('.budget-reason').first()).not.toBeEmpty();
  await page.getByRole('radio', { name: 'Money' }).check();
  const before = amountOf(await stat(page, 'Baseline').innerText());
  await expect(page.locator('.budget-chart svg')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, 'budget-view');

  await page.getByRole('button', { name: 'Add change request' }).click();
  const add = page.getByRole('dialog', { name: 'Add change request' });
  await add.getByLabel('Title').fill('Second campaign wave');
  await add.getByLabel('Estimate hours').fill('400h');
  await add.getByLabel(/Amount/).fill('abc');
  await add.getByRole('button', { name: 'Add change request' }).click();
  await expect(add.getByText('Amount may contain only digits, one decimal mark and a minus sign')).toBeVisible();
  await add.getByLabel(/Amount/).fill('100000');
  await add.getByRole('button', { name: 'Add change request' }).click();
  await expect(add).toHaveCount(0);
  const row = page.getByRole('row').filter({ hasText: 'Second campaign wave' });
  await expect(row.getByText('Estimated')).toBeVisible();
  // asked and estimated changes do not move the baseline
  expect(amountOf(await stat(page, 'Baseline').innerText())).toBe(before);

  await row.getByRole('button', { name: 'Approve “Second campaign wave”' }).click();
  const approve = page.getByRole('dialog', { name: 'Approve “Second campaign wave”' });
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(approve.getByText('Say who at the client decided')).toBeVisible();
  await approve.getByLabel('Decided by').fill('Dana Whitfield');
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(approve).toHaveCount(0);

  // baseline + €100,000.00 at once; nothing is over it any more, the EAC is far below it and the
  // run-out falls after the end date: green (PRODUCT.md status rules)
  await expect.poll(async () => amountOf(await stat(page, 'Baseline').innerText())).toBeCloseTo(before + 100_000, 2);
  await expect(statusBadge(page)).toHaveText('Green');
  await expect(page.locator('.budget-reason')).toHaveText([/^No warning rule fired/]);
  await expect(row.getByText('Approved')).toBeVisible();
  await expect(row.getByText('by Dana Whitfield')).toBeVisible();
  await expect(page.locator('.budget-chart svg text', { hasText: 'Second campaign wave' })).toHaveCount(1);
  await expect(page.locator('.budget-chart svg text', { hasText: 'EAC' })).toHaveCount(1);

  await row.getByRole('button', { name: 'Mark communicated: “Second campaign wave”' }).click();
  await expect(row.getByRole('button', { name: /^Mark communicated/ })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Hours' }).check();
  await expect(page.locator('.budget-chart svg text', { hasText: '+400h Second campaign wave' })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, 'budget-view-approved');
});

test('a retainer shows the hours remaining this cycle and its cycles', async ({ page }) => {
  await loadSampleAgency(page);
  await openBudgets(page);
  await page.getByLabel('Billing').selectOption({ label: 'Retainer' });
  await table(page).getByRole('row').nth(1).getByRole('link').click();
  await screenReady(page, 'budget-detail');
  await expect(page.getByRole('heading', { name: /Remaining this cycle|Over this cycle by/ })).toBeVisible();
  await expect(page.locator('.budget-hero-value')).toHaveText(/\d+h|\d+m/);
  await expect(page.locator('.budget-chart svg .recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open project' })).toHaveAttribute('href', /#\/projects\//);
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, 'budget-retainer');
});

test('the burn chart labels each approved change request of the sample as a step', async ({ page }) => {
  await loadSampleAgency(page);
  await openBudgets(page);
  // the sample's Website relaunch (T&M) has one approved change request and one still asked
  await table(page).getByRole('link', { name: 'Website relaunch' }).click();
  await screenReady(page, 'budget-detail');
  await expect(page.getByRole('region', { name: 'Change requests' })).toContainText('Yes to 1');
  await expect(page.locator('.budget-chart svg text.budget-step-label, .budget-chart svg .budget-step-label text')).toHaveText([
    /^\+\S+/,
  ]);
  await expect(page.locator('.budget-chart .recharts-line-curve').first()).toBeVisible();
  await screenshots(page, 'budget-view-tm');
});
