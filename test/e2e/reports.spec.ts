import { statSync } from 'node:fs';
import { expect, expectNoSeriousA11yViolations, screenReady, screenshotBothSchemes, test, writeRows } from './page-models';
import { pagePictures, pdfInfo, pdfText, printToPdf, qpdfCheck } from './page-models/pdf';
import { HOSTILE, LOGO, seedHostileClient } from './seeds/hostile-report';

// Reports end to end on the sample agency: the preview is the exported HTML; printed with
// Chromium (as main's printToPDF does) its text is selectable and holds the client, every
// project, the budget figures of the Budgets screen and the decisions the client owes; qpdf finds
// nothing wrong; five projects stay under 1 MB. Hostile names print as text and run nothing.

const CLIENT = 'Alder & Finch Outdoor';

test('export a status report for a sample client and read the PDF back', async ({
  page,
  browser,
  consoleErrors,
  app,
  budgetsPage,
  reportsPage,
}, testInfo) => {
  test.setTimeout(120_000);
  await app.loadSampleAgency();
  await writeRows(page, {}, { logo: LOGO });
  // A project's figures as the Budgets screen shows them.
  const figures = await budgetsPage.figures('Website relaunch', ['Baseline', 'Spent', 'Remaining']);

  await reportsPage.open();
  await expect(page.getByLabel('Client')).toHaveValue(/.+/);
  await expect(page.getByLabel('Client').locator('option:checked')).toHaveText(CLIENT);
  // the client's active projects are ticked; the finished one is not
  await expect(page.getByRole('checkbox', { name: /^Website relaunch/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Spring campaign/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Store locator/ })).not.toBeChecked();
  // axe cannot run inside a frame that may run no script (that is its point); the report document is checked on its own below
  await expectNoSeriousA11yViolations(page, { exclude: 'iframe[title="Report preview"]' });
  await screenshotBothSchemes(page, 'reports');

  // en-US browsers start on Letter; this report is printed on A4 first
  await expect(page.getByLabel('Paper')).toHaveValue('letter');
  await page.getByLabel('Paper').selectOption({ label: 'A4' });
  const html = await reportsPage.previewHtml();
  expect(html).toContain('size: A4');
  const frame = reportsPage.preview;
  await expect(frame.getByRole('heading', { name: 'Status report' })).toBeVisible();
  await expect(frame.getByText(CLIENT).first()).toBeVisible();
  await expect(frame.getByRole('img', { name: 'Fieldwork Studio logo' })).toBeVisible();

  // Export in the browser: a print window holding the same report
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const popup = await popupPromise;
  await expect(popup.getByRole('heading', { name: 'Status report' })).toBeVisible();
  await expect(page.getByText(/Print window opened/)).toBeVisible();
  await popup.close();

  // the report document on its own, as a page
  const reportPage = await page.context().newPage();
  await reportPage.setContent(html);
  await expectNoSeriousA11yViolations(reportPage);
  await reportPage.close();

  const file = testInfo.outputPath('report.pdf');
  await printToPdf(browser, html, file);
  expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
  const text = pdfText(file);
  for (const expected of [
    CLIENT,
    'Website relaunch',
    'Spring campaign',
    'Decisions needed from you',
    'At a glance',
    'Page 1 of',
  ]) {
    expect(text).toContain(expected);
  }
  for (const figure of figures) expect(text).toContain(figure);
  // the finished project is not in the report (its name is also a change request's title elsewhere)
  const glance = text.slice(text.indexOf('At a glance'), text.indexOf('Decisions needed from you'));
  expect(glance).toContain('Website relaunch');
  expect(glance).not.toContain('Store locator');
  expect(pagePictures(file, 'report-pages').length).toBeGreaterThan(1);

  // Letter paper: the page size follows the choice
  await page.getByLabel('Paper').selectOption({ label: 'US Letter' });
  const letterFile = testInfo.outputPath('report-letter.pdf');
  await printToPdf(browser, await reportsPage.previewHtml(), letterFile);
  expect(pdfInfo(letterFile)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  expect(pdfInfo(file)).toMatch(/Page size:.*\(A4\)/);
  expect(consoleErrors).toEqual([]);
});

test('a five-project report stays under 1 MB with every project in it', async ({
  page,
  browser,
  consoleErrors,
  app,
  projectsPage,
  reportsPage,
}, testInfo) => {
  test.setTimeout(120_000);
  await app.loadSampleAgency();
  for (const [name, code] of [
    ['Trail maps', 'AFT'],
    ['Loyalty app', 'AFL'],
  ] as const) {
    await projectsPage.open();
    await projectsPage.createProject({ client: CLIENT, name, code, hours: '40h' });
  }
  await reportsPage.open();
  const names = ['Website relaunch', 'Spring campaign', 'Store locator', 'Trail maps', 'Loyalty app'];
  for (const name of names) await page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
  await expect(reportsPage.preview.getByRole('heading', { name: 'Loyalty app' })).toBeVisible();

  const file = testInfo.outputPath('five-projects.pdf');
  const pdf = await printToPdf(browser, await reportsPage.previewHtml(), file);
  expect(pdf.byteLength).toBeLessThan(1024 * 1024);
  expect(statSync(file).size).toBe(pdf.byteLength);
  expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
  const text = pdfText(file);
  for (const name of names) expect(text).toContain(name);
  pagePictures(file, 'report-five-pages');
  expect(consoleErrors).toEqual([]);
});

test('hostile names and notes print as text and nothing runs', async ({
  page,
  browser,
  consoleErrors,
  settingsPage,
  reportsPage,
}, testInfo) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await settingsPage.open();
  await page.getByLabel('Agency name').fill(HOSTILE.agency);
  await settingsPage.save();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await seedHostileClient(page);
  await page.goto('/#/reports');
  await page.reload();
  await screenReady(page, 'reports');
  await page.getByLabel('Client').selectOption({ label: HOSTILE.client });

  const frame = reportsPage.preview;
  await expect(frame.getByRole('heading', { name: HOSTILE.project })).toBeVisible();
  for (const text of Object.values(HOSTILE)) await expect(frame.getByText(text).first()).toBeVisible();
  await expect(frame.locator('script')).toHaveCount(0);
  await expect(frame.locator('img')).toHaveCount(0);
  await expect(frame.locator('[onerror], [onload]')).toHaveCount(0);
  await screenshotBothSchemes(page, 'reports-hostile');

  const html = await reportsPage.previewHtml();
  const file = testInfo.outputPath('hostile.pdf');
  await printToPdf(browser, html, file, dialogs);
  const text = pdfText(file).replace(/\s+/g, ' ');
  for (const value of Object.values(HOSTILE)) expect(text).toContain(value);

  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const popup = await popupPromise;
  await expect(popup.getByText(HOSTILE.client).first()).toBeVisible();
  await expect(popup.locator('script')).toHaveCount(0);
  await popup.close();
  expect(dialogs).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
