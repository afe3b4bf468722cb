import type { BrowserWindow } from 'electron';
import { REPORT_FOOTER_TEMPLATE, REPORT_HEADER_TEMPLATE, reportMarginsInches } from '@shared/report-print';
import type { ReportPaperSize } from '@shared/report-print';
import { createSecureWindow } from '../../windows/secure-window';

// Prints a report's HTML to PDF in a hidden window made for it alone: the secure factory's
// isolation, no preload (the page gets no bridge to main), JavaScript off, and every navigation
// or new window refused. The HTML arrives as a data: URL, so nothing is written to disk and the
// page has an opaque origin with nothing to reach.

const PAGE_SIZES: Record<ReportPaperSize, 'A4' | 'Letter'> = { a4: 'A4', letter: 'Letter' };

/** Chromium refuses URLs longer than 2 MB. */
export const MAX_DATA_URL_LENGTH = 2 * 1024 * 1024;

export function reportDataUrl(html: string): string {
  const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  if (url.length > MAX_DATA_URL_LENGTH) {
    throw new Error('The report is too large to print: choose fewer projects or a smaller logo.');
  }
  return url;
}

export function createReportWindow(): BrowserWindow {
  const window = createSecureWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: { javascript: false, spellcheck: false },
  });
  // Stricter than the app-wide guard, which lets the app's own origin through: this page goes nowhere.
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  return window;
}

export async function renderReportPdf(html: string, paper: ReportPaperSize): Promise<Buffer> {
  const url = reportDataUrl(html);
  const window = createReportWindow();
  try {
    await window.loadURL(url);
    return await window.webContents.printToPDF({
      pageSize: PAGE_SIZES[paper],
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: REPORT_HEADER_TEMPLATE,
      footerTemplate: REPORT_FOOTER_TEMPLATE,
      margins: reportMarginsInches(),
    });
  } finally {
    window.destroy();
  }
}
