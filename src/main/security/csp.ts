// Sent as a header with every app:// response. No remote origins and no eval: the renderer is
// self-contained. Inline styles are allowed because React's style props and the chart library set them.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The report window's own policy, set by main whatever the HTML says: the report is one document of
 * inline CSS and SVG with the logo as a data: URL (see the renderer's domain/report/render-html.ts), so
 * it needs nothing else. No script, no fetch, no font or image from anywhere but data:.
 */
export const REPORT_WINDOW_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
