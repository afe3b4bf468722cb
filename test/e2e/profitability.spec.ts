import { expect, expectNoSeriousA11yViolations, screenshotBothSchemes, test } from './page-models';

// Cost rates, profitability and the uninvoiced figures end to end on the sample agency: a cost rate
// saved in Settings costs the sample's time; the project page, Budgets and Clients show what it earned
// and what is still to bill.

test('a cost rate costs the logged time; the project page, Budgets and Clients show margin and what is uninvoiced', async ({
  page,
  consoleErrors,
  app,
  settingsPage,
  budgetsPage,
  projectsPage,
  clientsPage,
}) => {
  test.slow();
  await app.loadSampleAgency();
  await settingsPage.addCostRate('You', '2000-01-01', '45');
  await expect(settingsPage.costRates.getByRole('row', { name: /You.*From Jan 1, 2000.*In force today/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'profit-settings-cost-rates', { wholeScreen: true });

  // Budgets: every row has a Margin cell, a figure or why there is none
  await budgetsPage.open();
  await expect(budgetsPage.table.getByRole('columnheader', { name: 'Margin' })).toBeVisible();
  await expect(budgetsPage.table.getByRole('row').nth(1).getByRole('cell').nth(8)).not.toBeEmpty();
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'profit-budgets-margin', { wholeScreen: true });

  // a time-and-materials project's page: its Uninvoiced figure and Profitability card
  await page.getByLabel('Billing').selectOption({ label: 'Time and materials' });
  const href = await budgetsPage.table.getByRole('row').nth(1).getByRole('link').getAttribute('href');
  const projectId = href?.split('/').at(-1) ?? '';
  await projectsPage.openProject(projectId);
  await expect(page.locator('.projects-figure').filter({ hasText: 'Uninvoiced' })).toContainText('€');
  const profit = page.getByRole('region', { name: 'Profitability' });
  await expect(profit).toContainText('Revenue');
  // every entry now has a cost: the card does not ask for cost rates
  await expect(profit.getByText('Set your cost rates')).toHaveCount(0);
  const cost = profit.locator('.projects-profit-row').filter({ has: page.locator('dt', { hasText: /^Cost$/ }) });
  await expect(cost.locator('.projects-profit-value')).not.toHaveText('€0.00');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'profit-project-page', { wholeScreen: true });

  await clientsPage.open();
  await expect(page.getByRole('columnheader', { name: 'Uninvoiced' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'profit-clients-uninvoiced', { wholeScreen: true });

  // a client's page: its Uninvoiced figure and its Profitability card, per project
  await clientsPage.openClient(/Halcyon Health Insurance/);
  await expect(page.getByRole('region', { name: 'Profitability' }).getByRole('columnheader', { name: 'Margin %' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'profit-client-page', { wholeScreen: true });
  expect(consoleErrors).toEqual([]);
});
