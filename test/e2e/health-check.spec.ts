import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, screenReady, screenshotBothSchemes, test } from './page-models';

// The health check on the sample agency: both checklists render with answers; an evidence link
// opens the right place; adding a billing contact and marking an update sent flip their answers.

const INVOICE = 'Does the client know who to go to when they have an issue with an invoice?';
const BUDGET_VALUE = 'Does the client know where to allocate their budget, and feel confident in the value?';
const ON_BUDGET = 'Is this project on budget? How do I know?';

/** Both colour schemes of the first screenful, then of the whole screen (the window grows to the content, which scrolls inside the shell). */
async function screenshots(page: Page, name: string): Promise<void> {
  await screenshotBothSchemes(page, `${name}-top`);
  await screenshotBothSchemes(page, name, { wholeScreen: true });
}

test('both checklists answer from the sample agency, with coverage, hours per hat and a recommendation', async ({
  page,
  consoleErrors,
  app,
  healthCheckPage,
}) => {
  await app.loadSampleAgency();
  await healthCheckPage.open();

  for (const area of ['Account management', 'Project management']) {
    const section = page.getByRole('region', { name: area });
    await expect(section.getByText(/^\d+% covered$/)).toBeVisible();
    await expect(section.getByRole('article')).toHaveCount(6);
  }
  const summary = page.locator('.hc-summary');
  await expect(summary.getByText('Recommendation')).toBeVisible();
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText(/first|Both|Covered for now/);
  const hats = page.getByRole('region', { name: 'Hours per hat, last four weeks' });
  await expect(hats.getByRole('row')).toHaveCount(6);
  await expect(hats.getByText(/Account and project management took \d+% of your logged hours/)).toBeVisible();
  await screenshots(page, 'health-check');

  // Every active project's budget answer links to its budget view.
  const onBudget = healthCheckPage.question(ON_BUDGET);
  await expect(healthCheckPage.gaps(onBudget).getByRole('listitem').first()).toBeVisible();
  await onBudget.getByText(/answered yes$/).click();
  const budgetLink = healthCheckPage.yesList(onBudget).getByRole('link').first();
  const href = await budgetLink.getAttribute('href');
  expect(href).toMatch(/^#\/budgets\/[\w-]+$/);

  await expectNoSeriousA11yViolations(page);

  await budgetLink.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[/#]/g, '\\$&')}$`));
  await screenReady(page, 'budget-detail');
  expect(consoleErrors).toEqual([]);
});

test('removing and then adding a billing contact flips the invoice answer; the evidence link opens the client', async ({
  page,
  consoleErrors,
  app,
  clientsPage,
  healthCheckPage,
}) => {
  await app.loadSampleAgency();
  await clientsPage.open();
  await clientsPage.openClient(/Kestrel Logistics/);
  const clientUrl = page.url();

  // Nobody receives invoices any more…
  const contacts = clientsPage.contacts;
  const billing = contacts.getByRole('listitem').filter({ has: page.locator('.badge', { hasText: 'Billing' }) });
  while ((await billing.count()) > 0) {
    await billing
      .first()
      .getByRole('button', { name: /^Edit / })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Edit contact' });
    await dialog.getByRole('checkbox', { name: 'Receives invoices (billing)' }).uncheck();
    await dialog.getByRole('button', { name: 'Save contact' }).click();
    await expect(dialog).toHaveCount(0);
  }

  await healthCheckPage.open();
  const invoice = healthCheckPage.question(INVOICE);
  const row = healthCheckPage.gaps(invoice).getByRole('listitem').filter({ hasText: 'Kestrel Logistics' });
  await expect(row.locator('.badge')).toHaveText('No');
  await expect(row).toContainText(/none of \d+ contacts? receives invoices/);

  // …the evidence link opens that client, where a billing contact is added…
  await row.getByRole('link', { name: 'Kestrel Logistics · client' }).click();
  await screenReady(page, 'client-detail');
  expect(page.url()).toBe(clientUrl);
  await contacts.getByRole('button', { name: 'Add contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add contact' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Pat Payable');
  await dialog.getByRole('checkbox', { name: 'Primary contact' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Receives invoices (billing)' }).check();
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog).toHaveCount(0);

  // …and the answer is yes again, with the new contact as evidence. The one gap left is the sample's
  // long-overdue invoice, with its evidence and a link to the invoice.
  await healthCheckPage.open();
  const gaps = healthCheckPage.gaps(healthCheckPage.question(INVOICE)).getByRole('listitem');
  await expect(gaps.filter({ hasText: 'Kestrel Logistics' })).toHaveCount(0);
  const late = gaps.filter({ hasText: 'Brightwater Dental Group' });
  await expect(late).toContainText(/but invoice \d{4}-\d{4} is 45 days overdue with €[\d,.]+ owed\./);
  await expect(late.getByRole('link', { name: 'Brightwater Dental Group · invoice' })).toHaveAttribute(
    'href',
    /^#\/invoices\/[0-9a-f-]{36}$/,
  );
  await healthCheckPage
    .question(INVOICE)
    .getByText(/answered yes$/)
    .click();
  await expect(
    healthCheckPage.yesList(healthCheckPage.question(INVOICE)).getByRole('listitem').filter({ hasText: 'Kestrel Logistics' }),
  ).toContainText('Invoices go to Pat Payable.');
  expect(consoleErrors).toEqual([]);
});

test('marking an update sent flips “confident in the value” for that client', async ({
  page,
  consoleErrors,
  app,
  clientsPage,
  healthCheckPage,
}) => {
  await app.loadSampleAgency();
  await healthCheckPage.open();
  const value = healthCheckPage.question(BUDGET_VALUE);
  const stale = healthCheckPage
    .gaps(value)
    .getByRole('listitem')
    .filter({ hasText: 'no update sent yet' })
    .filter({ has: page.getByRole('link', { name: / · updates$/ }) })
    .first();
  const link = stale.getByRole('link');
  const name = (await link.getAttribute('aria-label'))!.replace(/ · updates$/, '');

  // The evidence link opens that client's updates.
  await link.click();
  await expect(page).toHaveURL(/#\/updates\/[\w-]+$/);
  await screenReady(page, 'updates');
  await page.getByRole('button', { name: 'Generate draft' }).click();
  await page.getByRole('button', { name: 'Mark sent' }).click();
  await expect(page.getByRole('button', { name: 'Back to draft' })).toBeVisible();

  await healthCheckPage.open();
  await expect(
    healthCheckPage.gaps(healthCheckPage.question(BUDGET_VALUE)).getByRole('listitem').filter({ hasText: name }),
  ).toHaveCount(0);
  await healthCheckPage
    .question(BUDGET_VALUE)
    .getByText(/answered yes$/)
    .click();
  await expect(
    healthCheckPage.yesList(healthCheckPage.question(BUDGET_VALUE)).getByRole('listitem').filter({ hasText: name }),
  ).toContainText('(today)');

  // The Clients list shows each client's health with its reason.
  await clientsPage.open();
  await expect(page.getByRole('columnheader', { name: 'Health' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(name) })).not.toContainText('No update sent yet');
  await expect(page.getByRole('row').filter({ hasText: 'No update sent yet' }).first()).toContainText('At risk');
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, 'clients-health');
  expect(consoleErrors).toEqual([]);
});
