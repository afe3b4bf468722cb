// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { printInBrowser } from '../../../src/renderer/src/platform/web-print';

// The browser fallback of Export PDF: a print window holding the report, then the print dialog.

const REPORT =
  '<!doctype html><html lang="en"><head><title>Status report</title><style>p{color:red}</style></head><body><h1>Status report</h1><script>window.ran = true</script></body></html>';

afterEach(() => vi.restoreAllMocks());

function fakePrintWindow() {
  const target = document.implementation.createHTMLDocument('');
  const print = vi.fn();
  const focus = vi.fn();
  return { document: target, print, focus };
}

describe('printInBrowser', () => {
  it('opens a window first, moves the report in and prints it', async () => {
    const printWindow = fakePrintWindow();
    const open = vi.spyOn(window, 'open').mockReturnValue(printWindow as unknown as Window);
    const outcome = await printInBrowser({ html: REPORT, suggestedName: 'Status report Acme 2026-03-18.pdf', paper: 'a4' });
    expect(outcome).toBe('print');
    expect(open).toHaveBeenCalledWith('', '_blank', expect.stringContaining('popup'));
    expect(printWindow.document.querySelector('h1')?.textContent).toBe('Status report');
    expect(printWindow.document.querySelector('style')?.textContent).toBe('p{color:red}');
    expect(printWindow.document.documentElement.getAttribute('lang')).toBe('en');
    // the title names the file the browser suggests when saving as PDF
    expect(printWindow.document.title).toBe('Status report Acme 2026-03-18');
    expect(printWindow.print).toHaveBeenCalledOnce();
  });

  it('says what to do when the browser blocks the window', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    await expect(printInBrowser({ html: REPORT, suggestedName: 'r.pdf', paper: 'a4' })).rejects.toThrow(/allow pop-ups/);
  });
});
