import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, screenshotBothSchemes, test } from './page-models';

// Budgets end to end on the sample agency: the table lists red and amber projects with their
// reasons; approving a change request moves a project's baseline and status; the burn chart
// draws a labelled step per approved change; retainers show hours remaining this cycle.

/** '€12,345.67' or 'CHF 1,234.00' → 12345.67 (the app formats in en-US here). */
function amountOf(text: string): number {
  return Number(text.replace(/[^0-9.-]/g, ''));
}

/** Both colour schemes of the whole screen (the window grows to the content, which scrolls inside the shell). */
const screenshots = (page: Page, name: string) => screenshotBothSchemes(page, name, { wholeScreen: true });

test('the Budgets table lists every active project worst first, with reasons, and filters', async ({
  page,
  consoleErrors,
  app,
  budgetsPage,
}) => {
  await app.loadSampleAgency();
  await budgetsPage.open();
  const rows = budgetsPage.table.getByRole('row');
  // a header row plus every active project (only the rows in view are in the DOM)
  const summary = await page.locator('.budget-summary > span').first().innerText();
  const active = Number(/^(\d+) active projects$/.exec(summary)?.[1]);
  expect(active).toBeGreaterThan(5);
  await expect(budgetsPage.table).toHaveAttribute('aria-rowcount', String(active + 1));
  const first = rows.nth(1);
  await expect(first.locator('.badge')).toHaveText(/Red|Amber/);
  await expect(first.locator('.budget-reasons')).not.toBeEmpty();
  await expect(page.locator('.budget-summary')).toContainText(/\d+ red/);
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, 'budgets-table');

  await page.getByLabel('Status').selectOption({ label: 'Green' });
  const badges = budgetsPage.table.getByRole('row').locator('.badge');
  await expect(badges.first()).toHaveText('Green');
  for (const text of await badges.allTextContents()) expect(text).toBe('Green');
  await page.getByLabel('Status').selectOption({ label: 'Any status' });
  await page.getByLabel('Billing').selectOption({ label: 'Retainer' });
  for (const text of await budgetsPage.table.getByRole('row').locator('[role="cell"]:nth-child(2)').allTextContents())
    expect(text).toBe('Retainer');
  expect(consoleErrors).toEqual([]);
});

test('approving a change request moves the baseline and the status, and draws its step', async ({ page, app, budgetsPage }) => {
  await app.loadSampleAgency();
  await budgetsPage.open();
  // the worst project that is billed by fee or by the hour
  await page.getByLabel('Billing').selectOption({ label: 'Fixed fee' });
  const worst = budgetsPage.table.getByRole('row').nth(1);
  await expect(worst.locator('.badge')).toHaveText(/Red|Amber/);
  await budgetsPage.openProject(worst.getByRole('link'));
  await expect(budgetsPage.statusBadge).toHaveText(/Red|Amber/);
  await expect(page.locator('.budget-reason').first()).not.toBeEmpty();
  await page.getByRole('radio', { name: 'Money' }).check();
  const before = amountOf(await budgetsPage.stat('Baseline').innerText());
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
  expect(amountOf(await budgetsPage.stat('Baseline').innerText())).toBe(before);

  await row.getByRole('button', { name: 'Approve “Second campaign wave”' }).click();
  const approve = page.getByRole('dialog', { name: 'Approve “Second campaign wave”' });
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(approve.getByText('Say who at the client decided')).toBeVisible();
  await approve.getByLabel('Decided by').fill('Dana Whitfield');
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(approve).toHaveCount(0);

  // baseline + €100,000.00 at once; nothing is over it any more, the EAC is far below it and the
  // run-out falls after the end date: green (docs/product.md, "Status")
  await expect.poll(async () => amountOf(await budgetsPage.stat('Baseline').innerText())).toBeCloseTo(before + 100_000, 2);
  await expect(budgetsPage.statusBadge).toHaveText('Green');
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

test('a retainer shows the hours remaining this cycle and its cycles', async ({ page, app, budgetsPage }) => {
  await app.loadSampleAgency();
  await budgetsPage.open();
  await page.getByLabel('Billing').selectOption({ label: 'Retainer' });
  await budgetsPage.openProject(budgetsPage.table.getByRole('row').nth(1).getByRole('link'));
  await expect(page.getByRole('heading', { name: /Remaining this cycle|Over this cycle by/ })).toBeVisible();
  await expect(page.locator('.budget-hero-value')).toHaveText(/\d+h|\d+m/);
  await expect(page.locator('.budget-chart svg .recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open project' })).toHaveAttribute('href', /#\/projects\//);
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, 'budget-retainer');
});

test('the burn chart labels each approved change request of the sample as a step', async ({ page, app, budgetsPage }) => {
  await app.loadSampleAgency();
  await budgetsPage.open();
  // the sample's Website relaunch (T&M) has one approved change request and one still asked
  await budgetsPage.openProject(budgetsPage.table.getByRole('link', { name: 'Website relaunch' }));
  await expect(page.getByRole('region', { name: 'Change requests' })).toContainText('Yes to 1');
  await expect(page.locator('.budget-chart svg text.budget-step-label, .budget-chart svg .budget-step-label text')).toHaveText([
    /^\+\S+/,
  ]);
  await expect(page.locator('.budget-chart .recharts-line-curve').first()).toBeVisible();
  await screenshots(page, 'budget-view-tm');
});
