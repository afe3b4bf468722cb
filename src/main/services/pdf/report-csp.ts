import { REPORT_WINDOW_CSP } from '../../security/csp';

// The report's HTML comes from the renderer, so main does not rely on the CSP meta the renderer writes
// into it: it puts its own first. A data: URL has no response headers, so a <meta> is the only way to
// give the page a policy. Placed straight after the doctype, it is the first element the parser puts in
// <head> (the document's own <html> and <head> tags then merge into those), so it applies before any
// resource in the report is seen. Several policies all apply, so the report's own can only narrow it.

const LEADING_DOCTYPE = /^\uFEFF?\s*<!doctype[^>]*>/i;

export const REPORT_CSP_META = `<meta http-equiv="Content-Security-Policy" content="${REPORT_WINDOW_CSP}">`;

export function withReportCsp(html: string): string {
  // Before a doctype the meta would put the page in quirks mode, so it goes after one when there is one.
  const doctype = LEADING_DOCTYPE.exec(html)?.[0] ?? '';
  return `${doctype}${REPORT_CSP_META}${html.slice(doctype.length)}`;
}
