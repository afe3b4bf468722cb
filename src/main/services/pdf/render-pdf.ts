import type { BrowserWindow } from 'electron';
import { REPORT_FOOTER_TEMPLATE, REPORT_HEADER_TEMPLATE, reportMarginsInches } from '@shared/report-print';
import type { ReportPaperSize } from '@shared/report-print';
import { createSecureWindow } from '../../windows/secure-window';
import { withReportCsp } from './report-csp';
import { reportSession } from './report-session';

// Prints a report's or an invoice's HTML to PDF in a hidden window made for it alone: the secure factory's
// isolation, no preload (the page gets no bridge to main), JavaScript off, every navigation or new
// window refused, main's own CSP in the page and a session that cancels every request but data:.
// The HTML arrives as a data: URL, so nothing is written to disk and the page has an opaque origin
// with nothing to reach. A print that hangs is stopped, so the window never lingers unseen.

const PAGE_SIZES: Record<ReportPaperSize, 'A4' | 'Letter'> = { a4: 'A4', letter: 'Letter' };

/** Chromium refuses URLs longer than 2 MB. */
export const MAX_DATA_URL_LENGTH = 2 * 1024 * 1024;

/** A long report prints in a few seconds; a minute means something is stuck. */
export const PRINT_TIMEOUT_MS = 60_000;

export const PRINT_TIMEOUT_MESSAGE =
  'The document took too long to print, so Tandem stopped it. Try again; if it keeps happening, make it shorter (a report with fewer projects or a shorter period, an invoice with fewer lines).';

export function reportDataUrl(html: string): string {
  const url = `data:text/html;charset=utf-8;base64,${Buffer.from(withReportCsp(html), 'utf8').toString('base64')}`;
  if (url.length > MAX_DATA_URL_LENGTH) {
    throw new Error('The document is too large to print: make it shorter (fewer projects or lines) or choose a smaller logo in Settings.');
  }
  return url;
}

export function createReportWindow(): BrowserWindow {
  const window = createSecureWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: { javascript: false, spellcheck: false, session: reportSession() },
  });
  // Stricter than the app-wide guard, which lets the app's own origin through: this page goes nowhere.
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  return window;
}

async function loadAndPrint(window: BrowserWindow, url: string, paper: ReportPaperSize): Promise<Buffer> {
  await window.loadURL(url);
  return window.webContents.printToPDF({
    pageSize: PAGE_SIZES[paper],
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: REPORT_HEADER_TEMPLATE,
    footerTemplate: REPORT_FOOTER_TEMPLATE,
    margins: reportMarginsInches(),
  });
}

export async function renderReportPdf(html: string, paper: ReportPaperSize, timeoutMs = PRINT_TIMEOUT_MS): Promise<Buffer> {
  const url = reportDataUrl(html);
  const window = createReportWindow();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(PRINT_TIMEOUT_MESSAGE)), timeoutMs);
  });
  try {
    return await Promise.race([loadAndPrint(window, url, paper), stopped]);
  } finally {
    clearTimeout(timer);
    // Destroying the window also ends a load or print still running after a timeout.
    window.destroy();
  }
}
