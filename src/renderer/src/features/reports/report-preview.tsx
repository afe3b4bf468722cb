/**
 * The report exactly as it prints, in a sandboxed frame: `sandbox=""` gives the document an
 * opaque origin and no scripts, forms, pop-ups or navigation of the app, whatever it holds.
 */
export function ReportPreview({ html }: { html: string }) {
  return <iframe className="reports-preview-frame" title="Report preview" sandbox="" srcDoc={html} />;
}
