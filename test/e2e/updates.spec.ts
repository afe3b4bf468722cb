import type { Page } from '@playwright/test';
import {
  SCREENSHOT_DIR,
  dismissNotifications,
  expect,
  expectNoSeriousA11yViolations,
  screenReady,
  screenshotBothSchemes,
  test,
} from './page-models';

// Client updates end to end on the sample agency: generate a draft for a client, read its
// sections, edit it, explain a jargon term, save, mark it sent, copy it; hostile text in the
// editor stays text in the preview; a glossary term added in Settings is flagged in a draft.

/** Light and dark pictures of the whole screen, toasts dismissed. */
const shoot = (page: Page, name: string) => screenshotBothSchemes(page, name, { wholeScreen: true });

test('generates a draft for a client, edits it, explains jargon, saves and marks it sent', async ({ page, app, updatesPage }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`Unexpected dialog: ${dialog.message()}`);
  });
  await app.loadSampleAgency();
  await updatesPage.open();
  const client = page.getByLabel('Client');
  const clientName = (await client.locator('option:checked').textContent()) ?? '';
  expect(clientName).not.toBe('');
  // the sample agency's first clients have sent updates already
  await expect(page.getByRole('navigation', { name: `Updates for ${clientName}` })).toBeVisible();
  await shoot(page, 'updates-sample');

  await updatesPage.generate();
  const body = await updatesPage.editor.inputValue();
  expect(body).toMatch(new RegExp(`^# Update for ${clientName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  for (const section of ['## Done', '## Next', '## Hours and budget', '## Risks', '## Decisions needed from you'])
    expect(body).toContain(section);
  for (const heading of ['Done', 'Next', 'Hours and budget', 'Risks', 'Decisions needed from you']) {
    await expect(updatesPage.preview.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.locator('.draft-header .badge')).toHaveText('Draft');

  // edit: a line with jargon; the preview underlines it and the check lists it with its gloss
  await updatesPage.editor.press('ControlOrMeta+End');
  await updatesPage.editor.pressSequentially('\n\nThe new CMS is on staging, with better SEO.');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await expect(updatesPage.preview.locator('.jargon-term', { hasText: 'CMS' })).toHaveAttribute(
    'title',
    /content management system/,
  );
  await expect(updatesPage.preview.locator('.jargon-term', { hasText: 'staging' }).last()).toBeVisible();
  await expect(
    updatesPage.jargon.getByText('content management system: the tool you use to edit the pages of your website'),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await dismissNotifications(page);
  await updatesPage.preview.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await updatesPage.preview.screenshot({ path: `${SCREENSHOT_DIR}/updates-preview-jargon-light.png` });

  await updatesPage.jargon.getByRole('button', { name: 'Insert gloss for CMS' }).click();
  await expect(updatesPage.editor).toHaveValue(
    /The new CMS \(content management system: the tool you use to edit the pages of your website\) is on staging/,
  );
  await expect(updatesPage.jargon.getByRole('listitem').filter({ hasText: 'CMS' }).getByText('Explained')).toBeVisible();
  await expect(updatesPage.editor).toBeFocused();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Draft saved')).toBeVisible();
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  await shoot(page, 'updates-editor');

  await page.getByRole('button', { name: 'Mark sent' }).click();
  await expect(page.getByText('Marked as sent today')).toBeVisible();
  await expect(page.locator('.draft-header .badge')).toHaveText(/^Sent /);
  await expect(page.locator('.updates-nav-link[aria-current="page"] .badge')).toHaveText(/^Sent /);

  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByText(/^Copied as plain text/)).toBeVisible();

  // what was saved is what comes back
  await page.reload();
  await screenReady(page, 'updates');
  await expect(updatesPage.editor).toHaveValue(/The new CMS \(content management system/);
  await expect(page.locator('.draft-header .badge')).toHaveText(/^Sent /);
  await expectNoSeriousA11yViolations(page);
});

test('hostile text in a draft stays text in the preview', async ({ page, app, updatesPage }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`Unexpected dialog: ${dialog.message()}`);
  });
  await app.loadSampleAgency();
  await updatesPage.open();
  await updatesPage.generate();
  await updatesPage.editor.fill(
    '# <img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) and [site](https://example.com)\n\n<script>alert(2)</script>',
  );
  await expect(updatesPage.preview.getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
  await expect(updatesPage.preview).toContainText('[click](javascript:alert(1))');
  await expect(updatesPage.preview).toContainText('<script>alert(2)</script>');
  await expect(updatesPage.preview.locator('img, script')).toHaveCount(0);
  await expect(updatesPage.preview.getByRole('link')).toHaveCount(1);
  await expect(updatesPage.preview.getByRole('link')).toHaveAttribute('href', 'https://example.com');
});

test('a term added to the glossary in Settings is flagged in drafts', async ({ page, app, settingsPage, updatesPage }) => {
  await app.loadSampleAgency();
  // Load sample agency leaves Settings open.
  const glossary = settingsPage.glossary;
  await glossary.getByRole('button', { name: 'Add term' }).click();
  await expect(glossary.getByText('Term is required')).toBeVisible();
  await glossary.getByLabel('Term', { exact: true }).fill('Figma');
  await glossary.getByLabel('Plain-language meaning').fill('the design tool we share designs in');
  await glossary.getByRole('button', { name: 'Add term' }).click();
  await expect(page.getByText('“Figma” added to the glossary')).toBeVisible();
  await expect(glossary.getByRole('cell', { name: 'Figma', exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await glossary.getByText('Built-in terms').click();
  await shoot(page, 'updates-glossary-settings');

  await updatesPage.open();
  await updatesPage.generate();
  await updatesPage.editor.fill('The Figma file is ready.');
  await expect(updatesPage.jargon.getByText('the design tool we share designs in')).toBeVisible();
  await updatesPage.jargon.getByRole('button', { name: 'Insert gloss for Figma' }).click();
  await expect(updatesPage.editor).toHaveValue('The Figma (the design tool we share designs in) file is ready.');
});
