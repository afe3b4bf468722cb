import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetFakeElectron, session } from '../../fake-electron';
import type { FakePartitionSession } from '../../fake-electron';
import { PRINT_TIMEOUT_MESSAGE, PRINT_TIMEOUT_MS, renderReportPdf } from '../../../../src/main/services/pdf/render-pdf';

vi.mock('electron', () => import('../../fake-electron'));

// What keeps the report window off the network: its own session with a request filter, main's own
// CSP in the page, and a timeout that closes a window whose load or print hangs.

const HTML =
  '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Status report</title></head><body><p>Hello</p></body></html>';
const CSP_META = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`;

beforeEach(resetFakeElectron);
afterEach(() => vi.useRealTimers());

function reportWindow(): BrowserWindow {
  const window = BrowserWindow.instances[0];
  if (!window) throw new Error('no report window was created');
  return window;
}

function reportPartition(): FakePartitionSession {
  const partition = session.partitions.get('report-pdf');
  if (!partition) throw new Error('no report session was made');
  return partition;
}

/** What the session's request filter answers for `url`. */
function filterAnswer(url: string): { cancel: boolean } | undefined {
  let answer: { cancel: boolean } | undefined;
  reportPartition().beforeRequest?.({ url }, (response) => {
    answer = response;
  });
  return answer;
}

function loadedDocument(): string {
  const url = reportWindow().loadURL.mock.calls[0]?.[0] ?? '';
  return Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8');
}

describe('the report window’s session', () => {
  it('is a session of its own, in memory, used by the report window', async () => {
    await renderReportPdf(HTML, 'a4');
    expect(session.fromPartition).toHaveBeenCalledWith('report-pdf', { cache: false });
    expect(reportWindow().options.webPreferences?.session).toBe(reportPartition());
  });

  it.each([
    'http://example.com/logo.png',
    'https://example.com/track.gif',
    'HTTPS://EXAMPLE.COM/',
    'ws://127.0.0.1:5984/',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'ftp://example.com/file',
    'app://tandem/index.html',
    'blob:null/1c8f3e0a',
  ])('cancels a request for %s', async (url) => {
    await renderReportPdf(HTML, 'a4');
    expect(filterAnswer(url)).toEqual({ cancel: true });
  });

  it('lets the report itself and its data: images through', async () => {
    await renderReportPdf(HTML, 'a4');
    expect(filterAnswer(reportWindow().loadURL.mock.calls[0]?.[0] ?? '')).toEqual({ cancel: false });
    expect(filterAnswer('data:image/png;base64,iVBORw0KGgo=')).toEqual({ cancel: false });
  });
});

describe('the report window’s CSP', () => {
  it('is main’s own, first in the page, straight after the doctype', async () => {
    await renderReportPdf(HTML, 'a4');
    expect(loadedDocument()).toBe(
      `<!doctype html>${CSP_META}\n<html lang="en"><head><meta charset="utf-8"><title>Status report</title></head><body><p>Hello</p></body></html>`,
    );
  });

  it('comes first in a page without a doctype, and before a policy the page brings itself', async () => {
    const lax = `<meta http-equiv="Content-Security-Policy" content="default-src *"><img src="https://example.com/x.png">`;
    await renderReportPdf(lax, 'letter');
    expect(loadedDocument()).toBe(`${CSP_META}${lax}`);
  });

  it('allows no remote origin, no script and nothing but inline styles and data: images', async () => {
    await renderReportPdf(HTML, 'a4');
    const policy = /content="([^"]*)"/.exec(loadedDocument())?.[1] ?? '';
    const directives = new Map(
      policy.split(';').map((part) => {
        const [name = '', ...sources] = part.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('style-src')).toEqual(["'unsafe-inline'"]);
    expect(directives.get('img-src')).toEqual(['data:']);
    expect(directives.has('script-src')).toBe(false);
    expect(policy).not.toMatch(/https?:|wss?:|\*|'self'/);
  });
});

describe('the print timeout', () => {
  it('stops a print that hangs with a plain message and destroys the window, not a moment before', async () => {
    vi.useFakeTimers();
    const attempt = renderReportPdf(HTML, 'a4');
    reportWindow().webContents.printToPDF.mockReturnValueOnce(new Promise<Buffer>(() => undefined));
    const outcome = expect(attempt).rejects.toThrow(PRINT_TIMEOUT_MESSAGE);

    await vi.advanceTimersByTimeAsync(PRINT_TIMEOUT_MS - 1);
    expect(reportWindow().destroy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
    expect(reportWindow().destroy).toHaveBeenCalledOnce();
    expect(PRINT_TIMEOUT_MESSAGE).toMatch(/took too long to print.*Try again/);
  });

  it('takes a shorter limit when given one, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    const attempt = renderReportPdf(HTML, 'a4', 5_000);
    reportWindow().webContents.printToPDF.mockReturnValueOnce(new Promise<Buffer>(() => undefined));
    const outcome = expect(attempt).rejects.toThrow(PRINT_TIMEOUT_MESSAGE);
    await vi.advanceTimersByTimeAsync(5_000);
    await outcome;
    expect(reportWindow().destroy).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(0);
  });
});
