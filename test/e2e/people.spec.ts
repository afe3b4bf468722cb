import {
  PINNED_MOMENT,
  expect,
  expectNoSeriousA11yViolations,
  screenReady,
  screenshotBothSchemes,
  storedRows,
  test,
  toast,
  writeRows,
} from './page-models';

// People: this computer set to a teammate logs Kim's time; Time shows Kim's (Mine) by default and
// both people's with Everyone. The owner logged first, before the computer was handed to Kim.

test.use(PINNED_MOMENT);

test('a computer used by a teammate logs their time; Time shows mine by default and everyone on demand', async ({
  page,
  clientsPage,
  projectsPage,
  settingsPage,
  timePage,
}) => {
  await clientsPage.createClient('Acme');
  await projectsPage.open();
  await projectsPage.createProject({ client: 'Acme', name: 'Website', code: 'ACME', status: 'Active' });
  await timePage.open();
  await timePage.logTime({ project: 'ACME · Website', duration: '1h', note: 'Owner’s workshop' });
  // No teammate yet: nobody else's work to show.
  await expect(page.getByRole('group', { name: 'Whose work to show' })).toHaveCount(0);

  // Teammates arrive with the agency's data (the sample agency, or another computer's sync).
  await writeRows(page, { teammates: [{ id: 'kim', name: 'Kim Ito', role: 'Designer', costRates: [] }] });
  await settingsPage.open();
  await page.reload(); // the screens read what was written straight to the database
  await screenReady(page, 'settings');
  const used = page.getByLabel('This computer is used by');
  await expect(used).toHaveValue('owner');
  await used.selectOption({ label: 'Kim Ito' });
  await expect(toast(page, 'This computer is used by Kim Ito')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('region', { name: 'This computer' }).scrollIntoViewIfNeeded();
  await screenshotBothSchemes(page, 'people-settings');

  await timePage.open();
  await timePage.logTime({ project: 'ACME · Website', duration: '30m', note: 'Kim’s review' });
  const toggle = page.getByRole('group', { name: 'Whose work to show' });
  await expect(toggle.getByRole('button', { name: 'Mine' })).toHaveAttribute('aria-pressed', 'true');
  await expect(timePage.entries.getByRole('row', { name: /Kim’s review/ })).toBeVisible();
  await expect(timePage.entries.getByRole('row', { name: /Owner’s workshop/ })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Day totals' })).toContainText('30m');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'people-time-mine');

  await toggle.getByRole('button', { name: 'Everyone' }).click();
  await expect(timePage.entries.getByRole('row', { name: /Owner’s workshop/ })).toBeVisible();
  await expect(timePage.entries.getByRole('row', { name: /Kim’s review/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Day totals' })).toContainText('1h 30m');
  await screenshotBothSchemes(page, 'people-time-everyone');

  const entries = await storedRows<{ note: string; personId?: string }>(page, 'timeEntries');
  expect(entries.map((entry) => [entry.note, entry.personId]).sort()).toEqual([
    ['Kim’s review', 'kim'],
    ['Owner’s workshop', 'owner'],
  ]);
});
