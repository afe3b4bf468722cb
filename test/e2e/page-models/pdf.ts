import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { REPORT_FOOTER_TEMPLATE, REPORT_HEADER_TEMPLATE, REPORT_MARGINS_MM } from '../../../src/shared/report-print';
import { SCREENSHOT_DIR } from './helpers';

// Printing a document's HTML (a status report, an invoice) to PDF as main's printToPDF does, and
// reading the PDF back with poppler's pdftotext and qpdf.

/** Prints like main does: the document's own page size and margins, page numbers in the footer. */
export async function printToPdf(browser: Browser, html: string, file: string, dialogs: string[] = []): Promise<Buffer> {
  const page = await browser.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setContent(html);
  const margin = Object.fromEntries(Object.entries(REPORT_MARGINS_MM).map(([side, mm]) => [side, `${mm}mm`]));
  const pdf = await page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: REPORT_HEADER_TEMPLATE,
    footerTemplate: REPORT_FOOTER_TEMPLATE,
    margin,
  });
  await page.close();
  writeFileSync(file, pdf);
  return pdf;
}

export const pdfText = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
export const qpdfCheck = (file: string): string => execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
export const pdfInfo = (file: string): string => execFileSync('pdfinfo', [file], { encoding: 'utf8' });

/** Pages as small PNGs in the screenshots folder, to look at. */
export function pagePictures(file: string, name: string, resolution = 60): string[] {
  const dir = join(SCREENSHOT_DIR, name);
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', String(resolution), file, join(dir, 'page')]);
  return readdirSync(dir).filter((entry) => entry.endsWith('.png'));
}
