import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, dismissNotifications, expect, expectNoSeriousA11yViolations, loadSampleAgency, screenReady, test } from './fixtures';

// Client updates end to end on the sample agency: generate a draft for a client, read its
// sections, edit it, explain a jargon term, save, mark it sent, copy it; hostile text in the
// editor stays text in the preview; a glossary term added in Settings is flagged in a draft.

const editor = (page: Page) => page.getByLabel('Markdown', { exact: true });
const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });
const jargon = (page: Page) => page.getByRole('region', { name: 'Jargon check' });

async function openUpdates(page: Page): Promise<void> {
  await page.goto('/#/updates');
  await screenReady(page, 'updates');
}

/** Light and dark pictures of the whole screen, toasts dismissed. */
async function shoot(page: Page, name: string): Promise<void> {
  await dismissNotifications(page);
  const size = page.viewportSize() ?? { width: 1360, height: 860 };
  const height = await page.evaluate(() => (document.querySelector('.screen')?.scrollHeight ?? 0) + 60);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(size);
}

async function generate(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Generate draft' }).click();
  await expect(page.getByText(/Draft generated/)).toBeVisible();
  await expect(page).toHaveURL(/#\/updates\/[^/]+\/[^/]+$/);
}

test('generates a draft for a client, edits it, explains jargon, saves and marks it sent', async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`Unexpected dialog: ${dialog.message()}`);
  });
  await loadSampleAgency(page);
  await openUpdates(page);
  const client = page.getByLabel('Client');
  const clientName = (await client.locator('option:checked').textContent()) ?? '';
  expect(clientName).not.toBe('');
  // the sample agency's first clients have sent updates already
  await expect(page.getByRole('navigation', { name: `Updates for ${clientName}` })).toBeVisible();
  await shoot(page, 'updates-sample');

  await generate(page);
  const body = await editor(page).inputValue();
  expect(body).toMatch(new RegExp(`^# Update for ${clientName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  for (const section of ['## Done', '## Next', '## Hours and budget', '## Risks', '## Decisions needed from you']) expect(body).toContain(section);
  for (const heading of ['Done', 'Next', 'Hours and budget', 'Risks', 'Decisions needed from you']) {
    await expect(preview(page).getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.locator('.draft-header .badge')).toHaveText('Draft');

  // edit: a line with jargon; the preview underlines it and the check lists it with its gloss
  await editor(page).press('ControlOrMeta+End');
  await editor(page).pressSequentially('\n\nThe new CMS is on staging, with better SEO.');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await expect(preview(page).locator('.jargon-term', { hasText: 'CMS' })).toHaveAttribute('title', /content management system/);
  await expect(preview(page).locator('.jargon-term', { hasText: 'staging' }).last()).toBeVisible();
  await expect(jargon(page).getByText('content management system: the tool you use to edit the pages of your website')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await dismissNotifications(page);
  await preview(page).evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await preview(page).screenshot({ path: `${SCREENSHOT_DIR}/updates-preview-jargon-light.png` });

  await jargon(page).getByRole('button', { name: 'Insert gloss for CMS' }).click();
  await expect(editor(page)).toHaveValue(/The new CMS \(content management system: the tool you use to edit the pages of your website\) is on staging/);
  await expect(jargon(page).getByRole('listitem').filter({ hasText: 'CMS' }).getByText('Explained')).toBeVisible();
  await expect(editor(page)).toBeFocused();

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
  await expect(editor(page)).toHaveValue(/The new CMS \(content management system/);
  await expect(page.locator('.draft-header .badge')).toHaveText(/^Sent /);
  await expectNoSeriousA11yViolations(page);
});

test('hostile text in a draft stays text in the preview', async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`Unexpected dialog: ${dialog.message()}`);
  });
  await loadSampleAgency(page);
  await openUpdates(page);
  await generate(page);
  await editor(page).fill('# <img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) and [site](https://example.com)\n\n<script>alert(2)</script>');
  await expect(preview(page).getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
  await expect(preview(page)).toContainText('[click](javascript:alert(1))');
  await expect(preview(page)).toContainText('<script>alert(2)</script>');
  await expect(preview(page).locator('img, script')).toHaveCount(0);
  await expect(preview(page).getByRole('link')).toHaveCount(1);
  await expect(preview(page).getByRole('link')).toHaveAttribute('href', 'https://example.com');
});

test('a term added to the glossary in Settings is flagged in drafts', async ({ page }) => {
  await loadSampleAgency(page);
  const glossary = page.getByRole('region', { name: 'Jargon glossary' });
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

  await openUpdates(page);
  await generate(page);
  await editor(page).fill('The Figma file is ready.');
  await expect(jargon(page).getByText('the design tool we share designs in')).toBeVisible();
  await jargon(page).getByRole('button', { name: 'Insert gloss for Figma' }).click();
  await expect(editor(page)).toHaveValue('The Figma (the design tool we share designs in) file is ready.');
});
