import {
  PINNED_MOMENT,
  expect,
  expectNoSeriousA11yViolations,
  screenReady,
  screenshotBothSchemes,
  storedRows,
  test,
} from './page-models';
import { CARE_PORTAL_ID, UMBRELLA, seedInvoices } from './seeds/invoices';

test.use(PINNED_MOMENT);

// The invoice document's preview is a frame that may run no script: axe cannot enter it (the PDF spec checks it).
const PREVIEW = 'iframe[title="Invoice preview"]';

interface StoredWork {
  id: string;
  projectId: string;
  invoiceId?: string;
}

test('a client’s uninvoiced time and expenses become a draft, sent and paid in two parts; then nothing is uninvoiced', async ({
  page,
  consoleErrors,
  clientsPage,
  invoicesPage,
  projectsPage,
  timePage,
}) => {
  // A bound, not a measurement: six screens, two dialogs, axe and screenshots on a loaded 2-core machine.
  test.slow();
  await invoicesPage.open();
  await seedInvoices(page);

  // Time: 2:00 and 0:45 on Care portal at £90.00/h (£180.00 + £67.50), 1:00 on the non-billable Pitch deck.
  await timePage.open();
  await timePage.logTime({ project: 'UMCP · Care portal', duration: '2:00', note: 'Patient sign-up flow' });
  await timePage.logTime({ project: 'UMCP · Care portal', duration: '0:45', note: 'Accessibility fixes' });
  await timePage.logTime({ project: 'UMPD · Pitch deck', duration: '1:00', note: 'Pitch rehearsal' });

  // Expenses: £49.90 billable, £15.00 not.
  await page.goto(`/#/projects/${CARE_PORTAL_ID}`);
  await screenReady(page, 'project-detail');
  await projectsPage.addThroughDialog('Add expense', { 'Amount (GBP)': '49.90', Note: 'Stock photos' });
  await page.getByRole('button', { name: 'Add expense', exact: true }).click();
  const expense = page.getByRole('dialog', { name: 'Add expense' });
  await expense.getByLabel('Amount (GBP)').fill('15.00');
  await expense.getByLabel('Note').fill('Team lunch');
  await expense.getByRole('checkbox', { name: 'Billable to the client' }).uncheck();
  await expense.getByRole('button', { name: 'Add expense' }).click();
  await expect(expense).toHaveCount(0);

  // Uninvoiced: £180.00 + £67.50 + £49.90 = £297.40 (the lunch and the pitch are not billable).
  await clientsPage.open();
  await expect(clientsPage.row(/Umbrella Health/)).toContainText('£297.40');

  await invoicesPage.open();
  const dialog = await invoicesPage.startInvoice(UMBRELLA);
  const projects = dialog.getByRole('group', { name: 'Projects' });
  await expect(projects.getByRole('checkbox', { name: 'Care portal (UMCP)' })).toBeChecked();
  await expect(projects).toContainText('£297.40 uninvoiced');
  await expect(projects.getByRole('checkbox', { name: /Pitch deck/ })).toHaveCount(0);
  await expect(dialog.getByLabel('From')).toHaveValue('2026-12-01');
  await expect(dialog.getByLabel('To')).toHaveValue('2026-12-01');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'invoices-new-dialog');
  await dialog.getByRole('button', { name: 'Create draft' }).click();
  await screenReady(page, 'invoice');
  await expect(page.getByRole('heading', { level: 1, name: 'Draft invoice' })).toBeVisible();
  // the draft's total before tax equals the client's Uninvoiced figure
  await expect(invoicesPage.total('Subtotal')).toHaveText('£297.40');
  await expectNoSeriousA11yViolations(page, { exclude: PREVIEW });
  await screenshotBothSchemes(page, 'invoice-draft', { wholeScreen: true });

  await invoicesPage.markSent();
  await expect(page.getByRole('heading', { level: 1, name: 'Invoice 2026-0003' })).toBeVisible();
  await invoicesPage.recordPayment('100');
  await expect(page.locator('.invoice-subtitle .badge')).toHaveText('Partially paid');
  await expect(invoicesPage.total('Balance')).toHaveText('£197.40'); // 297.40 − 100.00
  await expectNoSeriousA11yViolations(page, { exclude: PREVIEW });
  await screenshotBothSchemes(page, 'invoice-sent', { wholeScreen: true });
  await invoicesPage.recordPayment(); // the rest, as the dialog offers it
  await expect(page.locator('.invoice-subtitle .badge')).toHaveText('Paid');
  await expect(invoicesPage.total('Balance')).toHaveText('£0.00');
  const invoiceId = page.url().split('/').pop() ?? '';

  // The billable entries and expense are on the invoice; the non-billable ones are not.
  const entries = await storedRows<StoredWork>(page, 'timeEntries');
  expect(entries.filter((entry) => entry.projectId === CARE_PORTAL_ID).map((entry) => entry.invoiceId)).toEqual([
    invoiceId,
    invoiceId,
  ]);
  expect(entries.filter((entry) => entry.projectId === 'p-pitch').map((entry) => entry.invoiceId)).toEqual([undefined]);
  const expenses = await storedRows<StoredWork & { note: string }>(page, 'expenses');
  expect(Object.fromEntries(expenses.map((row) => [row.note, row.invoiceId]))).toEqual({
    'Stock photos': invoiceId,
    'Team lunch': undefined,
  });

  // The Time screen marks them invoiced.
  await timePage.open();
  await expect(timePage.entries.getByRole('row', { name: /Patient sign-up flow/ })).toContainText('Invoiced 2026-0003');
  await expect(timePage.entries.getByRole('row', { name: /Accessibility fixes/ })).toContainText('Invoiced 2026-0003');
  await expect(timePage.entries.getByRole('row', { name: /Pitch rehearsal/ })).not.toContainText('Invoiced');

  await clientsPage.open();
  await expect(clientsPage.row(/Umbrella Health/)).toContainText('£0.00');

  await invoicesPage.open();
  await expect(invoicesPage.row(/2026-0003/)).toContainText('Paid');
  await expect(invoicesPage.ageing.getByRole('row', { name: /^61–90 days overdue/ })).toContainText('€1,200.00');
  await expect(invoicesPage.ageing.getByRole('row', { name: /^1–30 days overdue/ })).toContainText('$800.00');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'invoices-list', { wholeScreen: true });

  // A row opens its invoice from the keyboard.
  await invoicesPage.row(/2026-0002/).focus();
  await page.keyboard.press('Enter');
  await screenReady(page, 'invoice');
  await expect(page.getByRole('heading', { level: 1, name: 'Invoice 2026-0002' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
