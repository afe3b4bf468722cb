import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, screenReady, screenshotBothSchemes, test } from './page-models';
import { pagePictures, pdfInfo, pdfText, printToPdf, qpdfCheck } from './page-models/pdf';
import { HOSTILE_INVOICE_ID, HOSTILE_TEXT, INVOICE_ID, seedInvoiceDocument } from './seeds/invoice-document';

// Settings → Invoices and the invoice PDF end to end. The preview on the invoice page is the HTML
// that is exported; printed with Chromium (as main's printToPDF does) pdftotext reads every line and
// total back, qpdf finds nothing wrong, and the page size follows the paper chosen. Hostile text
// prints as text and runs nothing. The figures are worked by hand in seeds/invoice-document.ts.

const LINES = [
  ['Design, homepage', '12h 30m', '€90.00 / h', 'VAT 20%', '€1,125.00'],
  ['Stock photos', '3', '€49.99', 'VAT 20%', '€149.97'],
  ['Consulting, tax set-up', '1h 30m', '€120.00 / h', 'Reverse charge 0%', '€180.00'],
];
const TOTALS = [
  ['Subtotal', '€1,454.97'],
  ['Discount 10%', '-€145.50'],
  ['VAT 20%', 'on €1,147.47', '€229.49'],
  ['Reverse charge 0%', 'on €162.00', '€0.00'],
  ['Total (EUR)', '€1,538.96'],
  ['Paid', '-€500.00'],
  ['Balance due', '€1,038.96'],
];

async function openInvoice(page: Page, id: string) {
  await page.goto(`/#/invoices/${id}`);
  await screenReady(page, 'invoice');
  const frame = page.frameLocator('iframe[title="Invoice preview"]');
  await expect(frame.getByRole('heading', { name: 'Invoice', exact: true })).toBeVisible();
  return frame;
}

async function previewHtml(page: Page): Promise<string> {
  return (await page.locator('iframe[title="Invoice preview"]').getAttribute('srcdoc')) ?? '';
}

/** A run of words on one line of pdftotext's layout, whatever the spacing between them. */
const onOneLine = (words: string[]) => new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));

// The next number names the month of today (INV-2611-001): this test is about 4 November 2026 whatever
// instant the run's test clock is at (at New Year's Eve it would read INV-2612-001).
test.describe('on 4 November 2026', () => {
  test.use({ pinnedNow: '2026-11-04T09:30:00+01:00', timezoneId: 'Europe/Berlin' });

  test('Settings → Invoices: the next number, terms, tax rates, address, bank details and logo', async ({
    page,
    consoleErrors,
    settingsPage,
  }) => {
    await settingsPage.open();
    const section = page.getByRole('region', { name: 'Invoices' });
    await expect(section.getByText('Next invoice: 2026-0001.', { exact: false })).toBeVisible();
    await section.getByLabel('Invoice number pattern').fill('INV-{YYYY}');
    await expect(section.getByText('The number pattern must contain {seq}', { exact: false })).toBeVisible();
    await section.getByLabel('Invoice number pattern').fill('INV-{YY}{MM}-{seq:3}');
    await expect(section.getByText('Next invoice: INV-2611-001.', { exact: false })).toBeVisible();
    await section.getByLabel('Payment terms (days)').fill('14');
    await section.getByRole('button', { name: 'Add tax rate' }).click();
    await section.getByLabel('Tax rate 1: rate in %').fill('19');
    await section.getByLabel('Tax rate 1: note').fill('VAT');
    await section.getByRole('button', { name: 'Add tax rate' }).click();
    await section.getByLabel('Tax rate 2: rate in %').fill('0');
    await section.getByLabel('Tax rate 2: note').fill('Reverse charge: VAT due by the recipient');
    await section.getByRole('radio', { name: 'Tax rate 1 is the default for new lines' }).check();
    await section.getByLabel('Agency address').fill('Studio Nord\nHafenstraße 1\n20457 Hamburg');
    await section.getByLabel('Bank details').fill('IBAN DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX');
    await section.getByLabel('Choose a logo').setInputFiles({
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="32"><rect width="32" height="32" rx="7" fill="#2f5fd0"/><text x="40" y="22" font-family="sans-serif" font-size="16">Nord</text></svg>',
      ),
    });
    await expect(section.getByRole('img', { name: 'Your logo' })).toBeVisible();
    await section.getByRole('button', { name: 'Save invoice settings' }).click();
    await expect(page.getByText('Invoice settings saved')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.reload();
    await screenReady(page, 'settings');
    await expect(section.getByLabel('Invoice number pattern')).toHaveValue('INV-{YY}{MM}-{seq:3}');
    await expect(section.getByLabel('Tax rate 2: note')).toHaveValue('Reverse charge: VAT due by the recipient');
    await expect(section.getByRole('radio', { name: 'Tax rate 1 is the default for new lines' })).toBeChecked();
    await section.scrollIntoViewIfNeeded();
    await screenshotBothSchemes(page, 'settings-invoices');
    expect(consoleErrors).toEqual([]);
  });
});

test('an invoice’s PDF reads back every line and total, on A4 and Letter', async ({
  page,
  browser,
  consoleErrors,
  settingsPage,
}, testInfo) => {
  test.setTimeout(120_000);
  await settingsPage.open();
  await seedInvoiceDocument(page);
  const frame = await openInvoice(page, INVOICE_ID);
  await expect(frame.getByRole('img', { name: 'Studio Nord logo' })).toBeVisible();
  await expect(frame.getByText('Bea Billing')).toBeVisible();
  await expect(frame.getByText('Pat Primary')).toHaveCount(0);
  // axe cannot run inside a frame that may run no script; the document is checked on its own below
  await expectNoSeriousA11yViolations(page, { exclude: 'iframe[title="Invoice preview"]' });
  await page.locator('iframe[title="Invoice preview"]').scrollIntoViewIfNeeded();
  await screenshotBothSchemes(page, 'invoice-document');

  // Export in the browser: a print window holding the same document
  const panel = page.getByRole('region', { name: 'Invoice document' });
  await panel.getByLabel('Paper').selectOption({ label: 'A4' });
  const html = await previewHtml(page);
  expect(html).toContain('size: A4');
  const popupPromise = page.waitForEvent('popup');
  await panel.getByRole('button', { name: 'Export PDF' }).click();
  const popup = await popupPromise;
  await expect(popup.getByRole('heading', { name: 'Invoice', exact: true })).toBeVisible();
  await expect(popup).toHaveTitle('Invoice 2026-0007 Acme Outdoor GmbH');
  await expect(page.getByText(/Print window opened/)).toBeVisible();
  await popup.close();

  const documentPage = await page.context().newPage();
  await documentPage.setContent(html);
  await expectNoSeriousA11yViolations(documentPage);
  await documentPage.close();

  const file = testInfo.outputPath('invoice.pdf');
  await printToPdf(browser, html, file);
  expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
  expect(pdfInfo(file)).toMatch(/Page size:.*\(A4\)/);
  const text = pdfText(file);
  for (const expected of [
    'Studio Nord',
    'Hafenstraße 1',
    '20457 Hamburg',
    'Acme Outdoor GmbH',
    'Bea Billing',
    'accounts@acme.example',
    '2026-0007',
    'PO-4471',
    'Payment due within 30 days, by Friday, December 4,',
    'IBAN DE89 3704 0044 0532 0130 00',
    'BIC COBADEFFXXX',
    'Thank you for your business.',
    'Page 1 of 1',
  ]) {
    expect(text).toContain(expected);
  }
  for (const words of [...LINES, ...TOTALS]) expect(text).toMatch(onOneLine(words));
  expect(pagePictures(file, 'invoice-pdf-pages', 80)).toHaveLength(1);

  await panel.getByLabel('Paper').selectOption({ label: 'US Letter' });
  await expect.poll(() => previewHtml(page)).toContain('size: letter');
  const letterFile = testInfo.outputPath('invoice-letter.pdf');
  await printToPdf(browser, await previewHtml(page), letterFile);
  expect(pdfInfo(letterFile)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  expect(qpdfCheck(letterFile)).toMatch(/No syntax or stream encoding errors/);
  for (const words of TOTALS) expect(pdfText(letterFile)).toMatch(onOneLine(words));
  expect(consoleErrors).toEqual([]);
});

test('hostile text on an invoice prints as text and nothing runs', async ({
  page,
  browser,
  consoleErrors,
  settingsPage,
}, testInfo) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await settingsPage.open();
  await seedInvoiceDocument(page);
  const frame = await openInvoice(page, HOSTILE_INVOICE_ID);
  for (const text of Object.values(HOSTILE_TEXT)) await expect(frame.getByText(text).first()).toBeVisible();
  await expect(frame.locator('script')).toHaveCount(0);
  // the one image is the logo from Settings
  await expect(frame.locator('img')).toHaveCount(1);
  await expect(frame.locator('[onerror], [onload]')).toHaveCount(0);

  const file = testInfo.outputPath('hostile-invoice.pdf');
  await printToPdf(browser, await previewHtml(page), file, dialogs);
  expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
  const text = pdfText(file).replace(/\s+/g, ' ');
  for (const value of [HOSTILE_TEXT.client, HOSTILE_TEXT.description, HOSTILE_TEXT.entities, HOSTILE_TEXT.note]) {
    expect(text).toContain(value);
  }
  pagePictures(file, 'invoice-pdf-hostile', 80);
  expect(dialogs).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
