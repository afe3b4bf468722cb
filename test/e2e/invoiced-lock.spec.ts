import {
  PINNED_MOMENT,
  expect,
  expectNoSeriousA11yViolations,
  screenReady,
  screenshotBothSchemes,
  storedRows,
  test,
} from './page-models';
import { UMBRELLA, seedInvoices } from './seeds/invoices';

test.use(PINNED_MOMENT);

interface StoredEntry {
  note: string;
  invoiceId?: string;
}

test('time on a sent invoice is marked with its number and asks, naming the invoice, before it is changed or deleted', async ({
  page,
  consoleErrors,
  invoicesPage,
  timePage,
}) => {
  // A bound, not a measurement: two screens, three dialogs, axe and screenshots on a loaded 2-core machine.
  test.slow();
  await invoicesPage.open();
  await seedInvoices(page);
  await timePage.open();
  await timePage.logTime({ project: 'UMCP · Care portal', duration: '2:00', note: 'Patient sign-up flow' });
  await timePage.logTime({ project: 'UMCP · Care portal', duration: '0:45', note: 'Accessibility fixes' });

  await invoicesPage.open();
  const dialog = await invoicesPage.startInvoice(UMBRELLA);
  await dialog.getByRole('button', { name: 'Create draft' }).click();
  await screenReady(page, 'invoice');
  await invoicesPage.markSent();
  await expect(page.getByRole('heading', { level: 1, name: 'Invoice 2026-0003' })).toBeVisible();

  await timePage.open();
  const signUp = timePage.entries.getByRole('row', { name: /Patient sign-up flow/ });
  await expect(signUp).toContainText('Invoiced 2026-0003');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'time-invoiced');

  // Delete asks first; Cancel keeps the entry.
  await signUp.getByRole('button', { name: /^Delete entry/ }).click();
  const ask = page.getByRole('dialog', { name: 'Delete an invoiced entry?' });
  await expect(ask).toContainText('This entry is on invoice 2026-0003. Delete it anyway?');
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'time-invoiced-delete');
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(signUp).toBeVisible();

  // A change asks too; Change anyway saves it, still on its invoice.
  await signUp.getByRole('button', { name: /^Edit entry/ }).click();
  const form = page.getByRole('form', { name: 'Edit time entry' });
  await form.getByLabel('Note').fill('Patient sign-up flow and tests');
  await form.getByRole('button', { name: 'Save' }).click();
  const change = page.getByRole('dialog', { name: 'Change an invoiced entry?' });
  await expect(change).toContainText('This entry is on invoice 2026-0003. Change it anyway?');
  await change.getByRole('button', { name: 'Change anyway' }).click();
  await expect(form).toHaveCount(0);
  await expect(timePage.entries.getByRole('row', { name: /sign-up flow and tests/ })).toContainText('Invoiced 2026-0003');
  const stored = await storedRows<StoredEntry>(page, 'timeEntries');
  expect(stored.find((entry) => entry.note === 'Patient sign-up flow and tests')?.invoiceId).toBeTruthy();
  expect(consoleErrors).toEqual([]);
});
