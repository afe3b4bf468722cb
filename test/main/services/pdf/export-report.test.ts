import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, asElectron, dialog, resetFakeElectron } from '../../fake-electron';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { exportReportPdf, withPdfExtension } from '../../../../src/main/services/pdf/export-report';
import { MAX_DATA_URL_LENGTH, renderReportPdf, reportDataUrl } from '../../../../src/main/services/pdf/render-pdf';

vi.mock('electron', () => import('../../fake-electron'));

const HTML = '<!doctype html><html><head><title>Status report — Café & Co</title></head><body><p>Hello</p></body></html>';
const PDF = Buffer.from('%PDF-1.7 report\n%%EOF\n');

let dir: string;
beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(join(tmpdir(), 'tandem-pdf-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function reportWindow(): BrowserWindow {
  const window = BrowserWindow.instances[0];
  if (!window) throw new Error('no report window was created');
  return window;
}

describe('renderReportPdf', () => {
  it('prints in a hidden, sandboxed window without preload or JavaScript, then destroys it', async () => {
    const pdf = await renderReportPdf(HTML, 'a4');
    const window = reportWindow();
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.options.webPreferences?.preload).toBeUndefined();
    expect(pdf.toString()).toContain('%PDF');
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('loads the HTML itself as a data: URL, UTF-8 intact, after main’s CSP', async () => {
    await renderReportPdf(HTML, 'a4');
    const url = reportWindow().loadURL.mock.calls[0]?.[0] ?? '';
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    const loaded = Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8');
    expect(loaded).toMatch(/^<!doctype html><meta http-equiv="Content-Security-Policy" content="[^"]+">/);
    expect(loaded.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]+">/, '')).toBe(HTML);
  });

  it.each([
    ['a4', 'A4'],
    ['letter', 'Letter'],
  ] as const)('prints %s paper with page numbers in the footer and no default header', async (paper, pageSize) => {
    await renderReportPdf(HTML, paper);
    const options = reportWindow().webContents.printToPDF.mock.calls[0]?.[0];
    expect(options).toMatchObject({
      pageSize,
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
    });
    const footer = (options as { footerTemplate: string }).footerTemplate;
    expect(footer).toContain('<span class="pageNumber"></span>');
    expect(footer).toContain('<span class="totalPages"></span>');
  });

  it('refuses every navigation and every new window, the app origin included', async () => {
    await renderReportPdf(HTML, 'a4');
    const contents = reportWindow().webContents;
    for (const url of ['app://tandem/index.html', 'https://example.com/', 'file:///etc/passwd']) {
      expect(contents.fire('will-navigate', { url }).defaultPrevented).toBe(true);
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('destroys the window when printing fails', async () => {
    // The window exists as soon as the call starts; it prints only after the page has loaded.
    const attempt = renderReportPdf(HTML, 'a4');
    reportWindow().webContents.printToPDF.mockRejectedValueOnce(new Error('printing failed'));
    await expect(attempt).rejects.toThrow('printing failed');
    expect(reportWindow().destroy).toHaveBeenCalledOnce();
  });

  it('refuses HTML too large for a data: URL before creating a window', async () => {
    const huge = 'x'.repeat(Math.ceil((MAX_DATA_URL_LENGTH * 3) / 4) + 10);
    expect(() => reportDataUrl(huge)).toThrow(/too large/);
    await expect(renderReportPdf(huge, 'a4')).rejects.toThrow(/too large/);
    expect(BrowserWindow.instances).toHaveLength(0);
  });
});

describe('exportReportPdf', () => {
  const request = { html: HTML, suggestedName: 'Status report Café', paper: 'a4' as const };
  it('asks where to save under the documents folder, with a .pdf name, attached to the window', async () => {
    const parent = asElectron<ElectronWindow>(new BrowserWindow({}));
    await exportReportPdf(request, parent);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({
        defaultPath: join('/home/user/.config/Tandem', 'Status report Café.pdf'),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      }),
    );
  });

  it('writes nothing when the dialog is cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await exportReportPdf(request, null)).toBe('cancelled');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prints before asking, so a failure shows no dialog', async () => {
    const saving = exportReportPdf(request, null);
    reportWindow().webContents.printToPDF.mockRejectedValueOnce(new Error('printing failed'));
    await expect(saving).rejects.toThrow('printing failed');
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('writes the printed bytes where the user chose, adding .pdf, and leaves no temp file', async () => {
    const target = join(dir, 'alder-report');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const saving = exportReportPdf(request, null);
    reportWindow().webContents.printToPDF.mockResolvedValueOnce(PDF);
    expect(await saving).toBe('saved');
    expect(readFileSync(`${target}.pdf`)).toEqual(PDF);
    expect(readdirSync(dir)).toEqual(['alder-report.pdf']);
  });
});

describe('withPdfExtension', () => {
  it.each([
    ['report', 'report.pdf'],
    ['report.pdf', 'report.pdf'],
    ['REPORT.PDF', 'REPORT.PDF'],
    ['report.pdf.txt', 'report.pdf.txt.pdf'],
  ])('%s → %s', (name, expected) => {
    expect(withPdfExtension(name)).toBe(expected);
  });
});
