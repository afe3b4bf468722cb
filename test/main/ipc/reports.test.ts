import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, dialog, invoke, resetFakeElectron } from '../fake-electron';
import { registerReportHandlers } from '../../../src/main/ipc/reports';
import { MAX_REPORT_HTML_CHARS } from '../../../src/shared/ipc-schemas';

vi.mock('electron', () => import('../fake-electron'));

const APP_URL = 'app://tandem/index.html';
const CHANNEL = 'reports:export-pdf';
const VALID = { html: '<!doctype html><p>Report</p>', suggestedName: 'Status report', paper: 'letter' };

let dir: string;
beforeEach(() => {
  resetFakeElectron();
  registerReportHandlers();
  dir = mkdtempSync(join(tmpdir(), 'tandem-report-ipc-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('reports:export-pdf', () => {
  it('prints, asks, writes the file and answers saved', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'report.pdf') });
    expect(await invoke(CHANNEL, APP_URL, VALID)).toEqual({ ok: true, value: 'saved' });
    expect(readFileSync(join(dir, 'report.pdf'), 'utf8')).toContain('%PDF');
    expect(BrowserWindow.instances[0]?.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'Letter' }),
    );
  });

  it('answers cancelled when the user closes the dialog', async () => {
    expect(await invoke(CHANNEL, APP_URL, VALID)).toEqual({ ok: true, value: 'cancelled' });
  });

  it('refuses a caller that is not the app', async () => {
    expect(await invoke(CHANNEL, 'https://evil.example/', VALID)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/refused/),
    });
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it.each([
    ['no HTML', { ...VALID, html: '' }],
    ['HTML over the cap', { ...VALID, html: 'x'.repeat(MAX_REPORT_HTML_CHARS + 1) }],
    ['an unknown paper', { ...VALID, paper: 'a3' }],
    ['a name with a folder', { ...VALID, suggestedName: '../../etc/report' }],
    ['a name with a control character', { ...VALID, suggestedName: 'report\u0000.pdf' }],
    ['a path from the renderer', { ...VALID, path: '/tmp/report.pdf' }],
    ['no payload', undefined],
  ])('refuses %s before printing anything', async (_case, payload) => {
    expect(await invoke(CHANNEL, APP_URL, payload)).toMatchObject({ ok: false, error: expect.stringMatching(/invalid payload/) });
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
