import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, expectNoSeriousA11yViolations, screenReady, test } from './fixtures';

// The Projects screen end to end. A project needs a client, made through the Clients screen's UI.

async function createClient(page: Page, name: string): Promise<void> {
  await page.goto('/#/clients');
  await screenReady(page, 'clients');
  await page.getByRole('button', { name: 'New client' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create client' }).click();
  await expect(dialog).toHaveCount(0);
}

async function openProjects(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Screens' })
    .getByRole('link', { name: /Projects/ })
    .click();
  await screenReady(page, 'projects');
}

async function createProject(page: Page, fields: { client: string; name: string; code: string; hours: string }): Promise<void> {
  await page.getByRole('button', { name: 'New project' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Client').selectOption({ label: fields.client });
  await dialog.getByLabel('Name').fill(fields.name);
  await dialog.getByLabel('Code').fill(fields.code);
  await dialog.getByLabel('Budget hours').fill(fields.hours);
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(dialog).toHaveCount(0);
}

async function addThroughDialog(page: Page, open: string, fields: Record<string, string>, submit = open): Promise<void> {
  await page.getByRole('button', { name: open, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: open });
  for (const [label, value] of Object.entries(fields)) {
    const control = dialog.getByLabel(label, { exact: true });
    if ((await control.evaluate((element) => element.tagName)) === 'SELECT') await control.selectOption({ label: value });
    else await control.fill(value);
  }
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

test('create a project for a client, fill its page, refuse bad codes, delete with Undo', async ({ page, consoleErrors }) => {
  await createClient(page, 'Acme Studio');
  await createClient(page, 'Blue Harbor');
  await openProjects(page);
  await expectNoSeriousA11yViolations(page);

  await createProject(page, { client: 'Acme Studio', name: 'Website relaunch', code: 'acw', hours: '40h' });
  await screenReady(page, 'project-detail');
  await expect(page.getByRole('heading', { level: 1, name: 'Website relaunch' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Acme Studio' })).toHaveAttribute('href', /#\/clients\//);

  await addThroughDialog(page, 'Add milestone', { 'Milestone name': 'Design sign-off', 'Due date': '2026-05-15' });
  await addThroughDialog(page, 'Add scope item', { Title: 'Home page', Estimate: '12h', Status: 'In scope' });
  await addThroughDialog(page, 'Add change request', {
    Title: 'Blog section',
    'Estimate hours': '8h',
    'Amount (EUR)': '960',
    'Asked on': '2026-03-02',
  });
  await addThroughDialog(page, 'Add expense', { 'Amount (EUR)': '49.90', Note: 'Stock photos' });
  await expect(page.getByRole('region', { name: 'Milestones' })).toContainText('Design sign-off');
  await expect(page.getByRole('region', { name: 'Scope' })).toContainText('Home page');
  await expect(page.getByRole('region', { name: 'Change requests' })).toContainText('Blog section');
  await expect(page.getByRole('region', { name: 'Expenses' })).toContainText('Stock photos');
  await expect(page.locator('.projects-figure').filter({ has: page.locator('dt', { hasText: /^Expenses$/ }) })).toContainText(
    '€49.90',
  );
  await expectNoSeriousA11yViolations(page);

  // The list, filtered to the client
  await openProjects(page);
  await page.getByLabel('Client').selectOption({ label: 'Blue Harbor' });
  await expect(page.getByRole('heading', { name: 'No projects match these filters' })).toBeVisible();
  await page.getByLabel('Client').selectOption({ label: 'Acme Studio' });
  const row = page.getByRole('row', { name: /ACW/ });
  await expect(row).toContainText('Website relaunch');
  await expect(row).toContainText('40h');
  await expect(row).toContainText('€49.90');

  // Invalid codes: a duplicate and a malformed one show their message and save nothing
  await page.getByRole('button', { name: 'New project' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Client').selectOption({ label: 'Acme Studio' });
  await dialog.getByLabel('Name').fill('Another site');
  await dialog.getByLabel('Code').fill('ACW');
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(dialog.getByText('Code ACW is already used by “Website relaunch”')).toBeVisible();
  await dialog.getByLabel('Code').fill('A-1');
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(dialog.getByText('Code must be 2–8 letters or digits')).toBeVisible();
  await expect(dialog.getByLabel('Code')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.screen-subtitle')).toHaveText('1 project shown of 1');

  // Delete, then Undo
  await row.click();
  await screenReady(page, 'project-detail');
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/#\/projects$/);
  await expect(page.getByRole('status').filter({ hasText: 'moved to the trash' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No projects yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /ACW/ })).toBeVisible();
  await page.getByRole('row', { name: /ACW/ }).click();
  await expect(page.getByRole('region', { name: 'Expenses' })).toContainText('Stock photos');
  expect(consoleErrors).toEqual([]);
});

test('the palette offers New project', async ({ page, consoleErrors }) => {
  await createClient(page, 'Acme Studio');
  await openProjects(page);
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Type a command or screen' }).fill('new project');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New project' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'New project' }).getByLabel('Client')).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

test('screenshots of the list, the project page and the new-project dialog, light and dark', async ({ page }) => {
  await createClient(page, 'Acme Studio');
  await createClient(page, 'Northwind Traders');
  await openProjects(page);
  await createProject(page, { client: 'Acme Studio', name: 'Website relaunch', code: 'ACW', hours: '40h' });
  await screenReady(page, 'project-detail');
  await addThroughDialog(page, 'Add milestone', { 'Milestone name': 'Design sign-off', 'Due date': '2026-05-15' });
  await addThroughDialog(page, 'Add milestone', { 'Milestone name': 'Launch', 'Due date': '2026-06-30' });
  // the box follows the saved record, so wait for the write rather than the click
  await page.getByLabel('Milestone “Design sign-off” done').click();
  await expect(page.getByLabel('Milestone “Design sign-off” done')).toBeChecked();
  await addThroughDialog(page, 'Add scope item', { Title: 'Home page', Estimate: '12h', Status: 'Done' });
  await addThroughDialog(page, 'Add scope item', { Title: 'Product pages', Estimate: '20h', Status: 'In scope' });
  await addThroughDialog(page, 'Add change request', {
    Title: 'Blog section',
    'Estimate hours': '8h',
    'Amount (EUR)': '960',
    Status: 'Approved',
    'Asked on': '2026-03-02',
    'Decided by': 'Dana',
    'Decided on': '2026-03-06',
  });
  await addThroughDialog(page, 'Add expense', { 'Amount (EUR)': '49.90', Note: 'Stock photos' });
  await openProjects(page);
  await createProject(page, { client: 'Northwind Traders', name: 'Support retainer', code: 'NWS', hours: '' });
  await openProjects(page);

  // the 'client created' toasts would cover the views: let them time out
  await expect(page.locator('.toast')).toHaveCount(0, { timeout: 15_000 });
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/projects-list-${theme}.png` });
    await page.getByRole('button', { name: 'New project' }).first().click();
    await page.getByRole('dialog', { name: 'New project' }).getByLabel('Billing type').selectOption({ label: 'Retainer' });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/projects-new-dialog-${theme}.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('row', { name: /ACW/ }).click();
    await screenReady(page, 'project-detail');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/projects-detail-${theme}.png` });
    // the page scrolls inside <main>, so the lower sections need a second picture
    await page.locator('#main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/projects-detail-lower-${theme}.png` });
    await page.goBack();
    await screenReady(page, 'projects');
  }
});
