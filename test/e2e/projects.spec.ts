import { SCREENSHOT_DIR, type App, expect, expectNoSeriousA11yViolations, runCommand, screenReady, test } from './page-models';

// The Projects screen end to end. A project needs a client, made through the Clients screen's UI.

/** Projects through the sidebar, as a person goes there. */
const openProjects = (app: App) => app.viaSidebar(/Projects/, 'projects');

test('create a project for a client, fill its page, refuse bad codes, delete with Undo', async ({
  page,
  consoleErrors,
  app,
  clientsPage,
  projectsPage,
}) => {
  await clientsPage.createClient('Acme Studio');
  await clientsPage.createClient('Blue Harbor');
  await openProjects(app);
  await expectNoSeriousA11yViolations(page);

  await projectsPage.createProject({ client: 'Acme Studio', name: 'Website relaunch', code: 'acw', hours: '40h' });
  await screenReady(page, 'project-detail');
  await expect(page.getByRole('heading', { level: 1, name: 'Website relaunch' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Acme Studio' })).toHaveAttribute('href', /#\/clients\//);

  await projectsPage.addThroughDialog('Add milestone', { 'Milestone name': 'Design sign-off', 'Due date': '2026-05-15' });
  await projectsPage.addThroughDialog('Add scope item', { Title: 'Home page', Estimate: '12h', Status: 'In scope' });
  await projectsPage.addThroughDialog('Add change request', {
    Title: 'Blog section',
    'Estimate hours': '8h',
    'Amount (EUR)': '960',
    'Asked on': '2026-03-02',
  });
  await projectsPage.addThroughDialog('Add expense', { 'Amount (EUR)': '49.90', Note: 'Stock photos' });
  await expect(page.getByRole('region', { name: 'Milestones' })).toContainText('Design sign-off');
  await expect(page.getByRole('region', { name: 'Scope' })).toContainText('Home page');
  await expect(page.getByRole('region', { name: 'Change requests' })).toContainText('Blog section');
  await expect(page.getByRole('region', { name: 'Expenses' })).toContainText('Stock photos');
  await expect(page.locator('.projects-figure').filter({ has: page.locator('dt', { hasText: /^Expenses$/ }) })).toContainText(
    '€49.90',
  );
  await expectNoSeriousA11yViolations(page);

  // The list, filtered to the client
  await openProjects(app);
  await page.getByLabel('Client').selectOption({ label: 'Blue Harbor' });
  await expect(page.getByRole('heading', { name: 'No projects match these filters' })).toBeVisible();
  await page.getByLabel('Client').selectOption({ label: 'Acme Studio' });
  const row = projectsPage.row(/ACW/);
  await expect(row).toContainText('Website relaunch');
  await expect(row).toContainText('40h');
  await expect(row).toContainText('€49.90');

  // Invalid codes: a duplicate and a malformed one show their message and save nothing
  await page.getByRole('button', { name: 'New project' }).first().click();
  const dialog = projectsPage.newProjectDialog;
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
  await expect(projectsPage.row(/ACW/)).toBeVisible();
  await projectsPage.row(/ACW/).click();
  await expect(page.getByRole('region', { name: 'Expenses' })).toContainText('Stock photos');
  expect(consoleErrors).toEqual([]);
});

test('the palette offers New project', async ({ page, consoleErrors, app, clientsPage, projectsPage }) => {
  await clientsPage.createClient('Acme Studio');
  await openProjects(app);
  await runCommand(page, 'new project');
  await expect(projectsPage.newProjectDialog).toBeVisible();
  await expect(projectsPage.newProjectDialog.getByLabel('Client')).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

test('screenshots of the list, the project page and the new-project dialog, light and dark', async ({
  page,
  app,
  clientsPage,
  projectsPage,
}) => {
  await clientsPage.createClient('Acme Studio');
  await clientsPage.createClient('Northwind Traders');
  await openProjects(app);
  await projectsPage.createProject({ client: 'Acme Studio', name: 'Website relaunch', code: 'ACW', hours: '40h' });
  await screenReady(page, 'project-detail');
  await projectsPage.addThroughDialog('Add milestone', { 'Milestone name': 'Design sign-off', 'Due date': '2026-05-15' });
  await projectsPage.addThroughDialog('Add milestone', { 'Milestone name': 'Launch', 'Due date': '2026-06-30' });
  // the box follows the saved record, so wait for the write rather than the click
  await page.getByLabel('Milestone “Design sign-off” done').click();
  await expect(page.getByLabel('Milestone “Design sign-off” done')).toBeChecked();
  await projectsPage.addThroughDialog('Add scope item', { Title: 'Home page', Estimate: '12h', Status: 'Done' });
  await projectsPage.addThroughDialog('Add scope item', { Title: 'Product pages', Estimate: '20h', Status: 'In scope' });
  await projectsPage.addThroughDialog('Add change request', {
    Title: 'Blog section',
    'Estimate hours': '8h',
    'Amount (EUR)': '960',
    Status: 'Approved',
    'Asked on': '2026-03-02',
    'Decided by': 'Dana',
    'Decided on': '2026-03-06',
  });
  await projectsPage.addThroughDialog('Add expense', { 'Amount (EUR)': '49.90', Note: 'Stock photos' });
  await openProjects(app);
  await projectsPage.createProject({ client: 'Northwind Traders', name: 'Support retainer', code: 'NWS', hours: '' });
  await openProjects(app);

  // the 'client created' toasts would cover the views: let them time out
  await expect(page.locator('.toast')).toHaveCount(0, { timeout: 15_000 });
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/projects-list-${theme}.png` });
    await page.getByRole('button', { name: 'New project' }).first().click();
    await projectsPage.newProjectDialog.getByLabel('Billing type').selectOption({ label: 'Retainer' });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/projects-new-dialog-${theme}.png` });
    await page.keyboard.press('Escape');
    await projectsPage.row(/ACW/).click();
    await screenReady(page, 'project-detail');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/projects-detail-${theme}.png` });
    // the page scrolls inside <main>, so the lower sections need a second picture
    await page.locator('#main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/projects-detail-lower-${theme}.png` });
    await page.goBack();
    await screenReady(page, 'projects');
  }
});
