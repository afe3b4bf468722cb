import { SCREENSHOT_DIR, expect, expectNoSeriousA11yViolations, screenReady, test } from './page-models';
import { NORTHWIND_ID, seedClients } from './seeds/clients';

test('creates a client from the keyboard, refuses an empty name, adds a contact and a check-in', async ({
  page,
  consoleErrors,
  clientsPage,
}) => {
  await clientsPage.open();
  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const dialog = await clientsPage.newClientFromPalette();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Name is required')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible();

  await clientsPage.newClientFromPalette();
  await page.keyboard.type('Acme Corp');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Currency' })).toBeFocused();
  await page.getByRole('combobox', { name: 'Currency' }).selectOption('GBP');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Sam');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const row = clientsPage.row(/Acme Corp/);
  await expect(row).toContainText('Sam');
  await expect(row).toContainText('GBP');
  await expect(page.getByText('1 client', { exact: true })).toBeVisible();

  await row.focus();
  await page.keyboard.press('Enter');
  await screenReady(page, 'client-detail');
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Corp' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/clients-detail-empty-light.png` });

  const contacts = clientsPage.contacts;
  await contacts.getByRole('button', { name: 'Add contact' }).press('Enter');
  const contactDialog = page.getByRole('dialog', { name: 'Add contact' });
  await page.keyboard.type('Jane Roe');
  await contactDialog.getByRole('textbox', { name: 'Email' }).fill('jane@acme.test');
  await page.keyboard.press('Enter');
  await expect(contactDialog).toHaveCount(0);
  await expect(contacts.getByRole('listitem')).toContainText(['Jane RoePrimary']);

  const checkIns = page.getByRole('region', { name: 'Check-ins' });
  await checkIns.getByRole('button', { name: 'Add check-in' }).press('Enter');
  const checkInDialog = page.getByRole('dialog', { name: 'Add check-in' });
  await checkInDialog.getByRole('combobox', { name: 'Score' }).selectOption('4');
  await checkInDialog.getByRole('textbox', { name: 'Note' }).fill('Kick-off went well');
  await checkInDialog.getByRole('button', { name: 'Add check-in' }).press('Enter');
  await expect(checkInDialog).toHaveCount(0);
  await expect(checkIns).toContainText('Latest 4/5 · Good');
  await expect(checkIns.getByRole('listitem')).toContainText(['Kick-off went well']);

  await expectNoSeriousA11yViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('delete moves the client to the trash and Undo brings it back', async ({ page, consoleErrors, clientsPage }) => {
  await clientsPage.open();
  await seedClients(page);
  await screenReady(page, 'clients');
  await clientsPage.openClient(/Northwind Traders/);
  await page.getByRole('button', { name: 'Delete' }).click();

  await expect(page).toHaveURL(/#\/clients$/);
  await expect(page.getByRole('status').filter({ hasText: 'moved to the trash' })).toContainText(
    'Client “Northwind Traders” with 3 projects',
  );
  await expect(clientsPage.row(/Northwind Traders/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(clientsPage.row(/Northwind Traders/)).toBeVisible();
  await expect(clientsPage.row(/Northwind Traders/)).toContainText('3 · 1 active');
  expect(consoleErrors).toEqual([]);
});

test('the list searches contacts and shows archived clients on request; the page links to projects', async ({
  page,
  consoleErrors,
  app,
  clientsPage,
}) => {
  await clientsPage.open();
  await seedClients(page);
  await screenReady(page, 'clients');
  await expect(page.getByRole('row', { name: /Initech/ })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search clients' }).fill('hank');
  await expect(page.getByRole('row')).toHaveCount(2); // header + Globex
  await expect(page.getByRole('row', { name: /Globex/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search clients' }).fill('');
  await page.getByRole('checkbox', { name: 'Show archived' }).check();
  await expect(page.getByRole('row', { name: /Initech/ })).toContainText('Archived');

  await app.open(`clients/${NORTHWIND_ID}`, 'client-detail');
  // The Profitability card links the project too: the Projects card's link is the one meant here.
  await expect(
    page.getByRole('region', { name: 'Projects' }).getByRole('link', { name: 'NWWEB Website relaunch' }),
  ).toHaveAttribute('href', '#/projects/p-web');
  await expect(page.getByRole('region', { name: 'Opportunities' })).toContainText('Weighted pipeline €16,525.00');
  await expectNoSeriousA11yViolations(page);
  expect(consoleErrors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots in ${theme}: list, page and new-client dialog`, async ({ page, clientsPage }) => {
    await page.emulateMedia({ colorScheme: theme });
    await clientsPage.open();
    await seedClients(page);
    await screenReady(page, 'clients');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/clients-list-${theme}.png` });

    await page.getByRole('button', { name: 'New client' }).click();
    await clientsPage.newClientDialog.getByRole('button', { name: 'Create client' }).click();
    await expect(page.getByText('Name is required')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/clients-new-dialog-${theme}.png` });
    await page.keyboard.press('Escape');

    await clientsPage.openClient(/Northwind Traders/);
    // the main area scrolls on its own, so a taller window shows the whole page
    await page.setViewportSize({ width: 1360, height: 1200 });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/clients-detail-${theme}.png` });
  });
}
