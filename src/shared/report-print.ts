// How a status report is printed to PDF, shared by main (printToPDF) and the tests (Chromium's
// page.pdf) so both produce the same pages. Chromium does not support CSS page-margin boxes, so
// page numbers come from its header/footer templates, drawn inside the bottom page margin.
// No runtime dependencies: main imports this file.

export const REPORT_PAPERS = ['a4', 'letter'] as const;
export type ReportPaperSize = (typeof REPORT_PAPERS)[number];

/** Page margins in millimetres; the report's @page rule uses the same numbers. */
export const REPORT_MARGINS_MM = { top: 14, right: 14, bottom: 18, left: 14 } as const;

/** Chromium prints nothing in a header template of an empty element: the report's own header is on the page. */
export const REPORT_HEADER_TEMPLATE = '<span></span>';

/**
 * "Page 2 of 5" on the right, the document title on the left. Chromium fills the pageNumber,
 * totalPages and title elements itself; the template gets no styles from the page, so it sets its own.
 */
export const REPORT_FOOTER_TEMPLATE =
  '<div style="box-sizing:border-box;width:100%;padding:0 14mm;font-family:Helvetica,Arial,sans-serif;font-size:8px;color:#5b616b;display:flex;justify-content:space-between;gap:8mm">' +
  '<span class="title" style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis"></span>' +
  '<span style="white-space:nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>';

const MM_PER_INCH = 25.4;

/** The margins in inches, as Electron's printToPDF takes them. */
export function reportMarginsInches(): { top: number; right: number; bottom: number; left: number } {
  return {
    top: REPORT_MARGINS_MM.top / MM_PER_INCH,
    right: REPORT_MARGINS_MM.right / MM_PER_INCH,
    bottom: REPORT_MARGINS_MM.bottom / MM_PER_INCH,
    left: REPORT_MARGINS_MM.left / MM_PER_INCH,
  };
}
