import type { ReportExportOutcome, ReportPdfRequest } from '@shared/api';

// The browser's way to make a PDF: a print window holding the report, and the browser's own
// print dialog ("Save as PDF"). The report is parsed with DOMParser and moved in as nodes, so
// even a script that slipped through would be inert (parser-made scripts never run), and the
// window keeps the app's CSP besides the report's own.

export async function printInBrowser(request: ReportPdfRequest): Promise<ReportExportOutcome> {
  // Opened first, while the click still counts as a user gesture, or the browser blocks it.
  const printWindow = window.open('', '_blank', 'popup,width=900,height=1000');
  if (!printWindow) throw new Error('The browser blocked the print window: allow pop-ups for Tandem and try again.');
  const parsed = new DOMParser().parseFromString(request.html, 'text/html');
  const target = printWindow.document;
  target.replaceChild(target.importNode(parsed.documentElement, true), target.documentElement);
  target.title = request.suggestedName.replace(/\.pdf$/i, '');
  // An image that is not decoded yet would print blank.
  await Promise.all([...target.images].map((image) => image.decode().catch(() => undefined)));
  printWindow.focus();
  printWindow.print();
  return 'print';
}
