import {
  PINNED_MOMENT,
  SCREENSHOT_DIR,
  type ClientsPage,
  type ProjectsPage,
  type TimePage,
  expect,
  expectNoSeriousA11yViolations,
  screenReady,
  test,
} from './page-models';

/** Client "Acme" and its active, billable project ACME "Website", made through the Clients and Projects screens; then the Time screen. */
async function openWithAcmeWebsite(clientsPage: ClientsPage, projectsPage: ProjectsPage, timePage: TimePage): Promise<void> {
  await clientsPage.createClient('Acme');
  await projectsPage.open();
  await projectsPage.createProject({ client: 'Acme', name: 'Website', code: 'ACME', status: 'Active' });
  await timePage.open();
}

/** One entry on ACME through Log time. */
const logTime = (timePage: TimePage, duration: string, note: string, start = '') =>
  timePage.logTime({ project: 'ACME · Website', duration, note, start });

test('logs 90 minutes, keeps it over a reload with the right totals, and saves nothing from an invalid form', async ({
  page,
  clientsPage,
  projectsPage,
  timePage,
}) => {
  await openWithAcmeWebsite(clientsPage, projectsPage, timePage);
  await expect(page.getByRole('heading', { name: 'No time logged this week' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Log time' }).click();
  const dialog = timePage.logDialog;
  await dialog.getByLabel('Duration', { exact: true }).fill('abc');
  await dialog.getByRole('button', { name: 'Save entry' }).click();
  await expect(dialog.getByLabel('Project', { exact: true })).toHaveAccessibleDescription('Choose a project');
  await expect(dialog.getByLabel('Duration', { exact: true })).toHaveAccessibleDescription(
    'Enter a duration like 1:30, 90m, 1.5h or 1h 30m',
  );
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'No time logged this week' })).toBeVisible();

  await logTime(timePage, '90m', 'Kick-off workshop');
  await page.reload();
  await screenReady(page, 'time');
  const row = timePage.entries.getByRole('row', { name: /Kick-off workshop/ });
  await expect(row).toContainText('ACME');
  await expect(row).toContainText('1h 30m');
  await expect(timePage.entries.locator('.day-row')).toContainText('1h 30m');
  await expect(page.locator('.week-total')).toHaveText('Week 1h 30m');
  await expect(
    page.getByRole('table', { name: 'Time per project this week' }).getByRole('row', { name: /ACME Website/ }),
  ).toContainText('1h 30m');

  await page.getByRole('button', { name: 'Day' }).click();
  await screenReady(page, 'time');
  await expect(timePage.entries.locator('.day-row')).toContainText('1h 30m');
  await expect(page.getByRole('table', { name: 'Time per project this day' })).toContainText('1h 30m');
  await expectNoSeriousA11yViolations(page);
});

test.describe('on a weekday morning', () => {
  // A pinned morning: an hour after a late-evening start would fall on the next day, even the
  // next week, and the entry would not be on the week shown.
  test.use(PINNED_MOMENT);

  test('the timer survives a reload and stopping it logs the entry', async ({ page, clientsPage, projectsPage, timePage }) => {
    await openWithAcmeWebsite(clientsPage, projectsPage, timePage);
    const timer = timePage.timer;
    await timer.getByRole('combobox', { name: 'Timer project' }).selectOption({ label: 'ACME · Website' });
    await timer.getByRole('combobox', { name: 'Timer hat' }).selectOption({ label: 'Account mgmt' });
    await timer.getByRole('button', { name: 'Start timer' }).click();
    await expect(timer).toContainText('ACME Website · Account mgmt');

    await page.reload();
    await screenReady(page, 'time');
    await expect(timer).toContainText('Timer running on ACME Website');
    await page.clock.fastForward('01:05:00');
    await expect(timer.locator('.timer-elapsed')).toContainText(/1:05:\d\d/);
    await expectNoSeriousA11yViolations(page);

    await timer.getByRole('button', { name: 'Stop timer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Logged' })).toContainText('Logged 1h 5m on ACME Website');
    await expect(timer.getByRole('button', { name: 'Start timer' })).toBeVisible();
    const row = timePage.entries.getByRole('row', { name: /ACME/ });
    await expect(row).toContainText('1h 5m');
    await expect(row).toContainText('Account mgmt');
  });
});

test('edits an entry in place, deletes it and brings it back with Undo', async ({
  page,
  clientsPage,
  projectsPage,
  timePage,
}) => {
  await openWithAcmeWebsite(clientsPage, projectsPage, timePage);
  await logTime(timePage, '1:30', 'Design review', '10:00');

  const row = timePage.entries.getByRole('row', { name: /Design review/ });
  await row.focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('form', { name: 'Edit time entry' });
  await expect(editor.getByLabel('Project', { exact: true })).toBeFocused();
  await editor.getByLabel('Duration', { exact: true }).fill('later');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByText('Enter a duration like 1:30, 90m, 1.5h or 1h 30m')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await editor.getByLabel('Duration', { exact: true }).fill('45m');
  await editor.getByLabel('Note').fill('Design review, round 2');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);
  const edited = timePage.entries.getByRole('row', { name: /round 2/ });
  await expect(edited).toContainText('45m');
  await expect(timePage.entries.locator('.day-row')).toContainText('45m');

  await edited.click();
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);

  await page.getByRole('button', { name: /^Delete entry ACME/ }).click();
  await expect(page.getByRole('heading', { name: 'No time logged this week' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(timePage.entries.getByRole('row', { name: /round 2/ })).toContainText('45m');
  await page.reload();
  await screenReady(page, 'time');
  await expect(timePage.entries.getByRole('row', { name: /round 2/ })).toContainText('45m');
});

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of the week, Log time and the running timer in ${theme}`, async ({
    page,
    clientsPage,
    projectsPage,
    timePage,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await timePage.open();
    await expect(page.getByRole('heading', { name: 'Create a project first' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/time-no-projects-${theme}.png` });
    await openWithAcmeWebsite(clientsPage, projectsPage, timePage);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/time-empty-week-${theme}.png` });
    await logTime(timePage, '1:30', 'Kick-off workshop with the client team', '09:00');
    await logTime(timePage, '2h', 'Wireframes for the checkout', '10:45');
    await logTime(timePage, '25m', 'Budget check', '13:15');
    await page
      .getByRole('status')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(() => undefined);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/time-week-${theme}.png`, fullPage: true });

    await page.getByRole('button', { name: 'Log time' }).click();
    const dialog = timePage.logDialog;
    await dialog.getByLabel('Duration', { exact: true }).fill('abc');
    await dialog.getByRole('button', { name: 'Save entry' }).click();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/time-log-dialog-${theme}.png` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const timer = timePage.timer;
    await page.screenshot({ path: `${SCREENSHOT_DIR}/timer-idle-${theme}.png`, clip: { x: 0, y: 0, width: 1360, height: 60 } });
    await timer.getByRole('combobox', { name: 'Timer project' }).selectOption({ label: 'ACME · Website' });
    await timer.getByRole('button', { name: 'Start timer' }).click();
    await expect(timer).toContainText('Timer running');
    await page.screenshot({
      path: `${SCREENSHOT_DIR}/timer-running-${theme}.png`,
      clip: { x: 0, y: 0, width: 1360, height: 60 },
    });

    await timePage.entries.getByRole('row', { name: /Wireframes/ }).click();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/time-edit-${theme}.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Day' }).click();
    await screenReady(page, 'time');
    await expect(page.getByRole('table', { name: 'Time per project this day' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/time-day-${theme}.png` });
  });
}
