import type { Page } from '@playwright/test';
import { PINNED_MOMENT, SCREENSHOT_DIR, expect, expectNoSeriousA11yViolations, screenshotBothSchemes, test, toast } from './page-models';

// Settings → Team: the owner adds two teammates, hands this computer to one of them, gives the other a
// cost rate; removing says what it means, Undo brings the teammate back, and the teammate this
// computer is used by is not removed.

test.use(PINNED_MOMENT);

/** Light and dark pictures with the notifications left on screen (screenshotBothSchemes closes them). */
async function shootWithToasts(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('adds teammates, picks one for this computer and costs the other; removing says what it means and Undo restores', async ({
  page,
  consoleErrors,
  settingsPage,
}) => {
  await settingsPage.open();
  const team = settingsPage.team;
  await expect(team).toContainText('No teammates yet: the people you add appear here.');
  await team.scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'team-empty');

  const add = team.getByRole('form', { name: 'Add a teammate' });
  await add.getByRole('button', { name: 'Add teammate' }).click();
  await expect(add.getByLabel('Name', { exact: true })).toHaveAccessibleDescription('Name is required');
  await settingsPage.addTeammate('Kim Ito', 'Designer');
  await expect(toast(page, 'Kim Ito added to the team')).toBeVisible();
  await settingsPage.addTeammate('Sam Reyes', 'Developer');

  const used = page.getByLabel('This computer is used by');
  await used.selectOption({ label: 'Kim Ito' });
  await expect(toast(page, 'This computer is used by Kim Ito')).toBeVisible();
  await expect(team.getByRole('listitem').filter({ hasText: 'Kim Ito' })).toContainText('Uses this computer');
  await expect(settingsPage.costRates.getByRole('row', { name: /Kim Ito/ })).toContainText('No cost rate yet');
  await settingsPage.addCostRate('Sam Reyes', '2026-01-01', '40');
  await expect(settingsPage.costRates.getByRole('row', { name: /Sam Reyes/ })).toContainText('€40.00');

  await team.scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'team-two');

  // Rename in place: Escape leaves it, Enter saves.
  await team.getByRole('button', { name: 'Edit Sam Reyes' }).click();
  await page.keyboard.type('Samuel Reyes');
  await page.keyboard.press('Escape');
  await expect(team.getByRole('button', { name: 'Edit Sam Reyes' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Samuel Reyes');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'team-rename');
  await page.keyboard.press('Enter');
  await expect(team.getByRole('button', { name: 'Edit Samuel Reyes' })).toBeFocused();
  await expect(settingsPage.costRates.getByRole('row', { name: /Samuel Reyes/ })).toContainText('€40.00');

  // This computer's person is not removed.
  await team.getByRole('button', { name: 'Remove Kim Ito' }).click();
  const refusal = page.getByRole('dialog', { name: 'Kim Ito uses this computer' });
  await expect(refusal).toContainText('Choose who uses this computer under This computer first');
  await refusal.getByRole('button', { name: 'Close' }).click();

  await team.getByRole('button', { name: 'Remove Samuel Reyes' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove Samuel Reyes from the team?' });
  await expect(confirm).toContainText('show as “A former teammate”');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothSchemes(page, 'team-remove-confirm');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(team.getByRole('listitem')).toHaveCount(1);
  await expect(settingsPage.costRates.getByRole('row', { name: /Samuel Reyes/ })).toHaveCount(0);
  // the toast lives 8 s: pictures and Undo straight away
  const removed = toast(page, 'Teammate “Samuel Reyes” moved to the trash');
  await expect(removed).toBeVisible();
  await shootWithToasts(page, 'team-removed-toast');
  await removed.getByRole('button', { name: 'Undo' }).click();
  await expect(toast(page, 'Teammate “Samuel Reyes” restored')).toBeVisible();
  await expect(team.getByRole('listitem')).toHaveCount(2);
  await expect(settingsPage.costRates.getByRole('row', { name: /Samuel Reyes/ })).toContainText('€40.00');

  // Back on the team, the name is taken again, whatever its case.
  await add.getByLabel('Name', { exact: true }).fill('SAMUEL reyes');
  await add.getByLabel('Name', { exact: true }).press('Enter');
  await expect(add.getByLabel('Name', { exact: true })).toHaveAccessibleDescription('Samuel Reyes is already on the team');
  expect(consoleErrors).toEqual([]);
});
