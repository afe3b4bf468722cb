import { useId, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { REPORT_PAPERS } from '@shared/report-print';
import { defaultPaper } from '../../../domain/report/report-styles';
import type { ReportPaper } from '../../../domain/report/report-types';
import { oneOf } from '../../../domain/parse/form-reader';
import { useExportInvoicePdf } from './use-export-invoice-pdf';
import { useInvoiceDocument } from './use-invoice-document';
import './invoice-document.css';

const PAPERS = [
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'US Letter' },
] as const;
const readPaper = oneOf(REPORT_PAPERS);

/**
 * The invoice exactly as it prints, with the paper to print it on and Export PDF. The preview is a
 * sandboxed frame (`sandbox=""`: an opaque origin, no scripts, forms, pop-ups or navigation), so the
 * document cannot reach the app whatever its text holds.
 */
export function InvoiceDocumentPanel({ invoiceId }: { invoiceId: string }) {
  const [paper, setPaper] = useState<ReportPaper>(() => defaultPaper(navigator.language));
  const document = useInvoiceDocument(invoiceId, paper);
  const { busy, ready, run } = useExportInvoicePdf(document, paper);
  const headingId = useId();
  return (
    <section className="card invoice-document-panel" aria-labelledby={headingId}>
      <div className="invoice-document-bar">
        <h2 id={headingId}>Invoice document</h2>
        <SelectField
          id={`${headingId}-paper`}
          label="Paper"
          className="invoice-document-paper"
          options={PAPERS}
          value={paper}
          onChange={(event) => {
            const next = readPaper(event.target.value);
            if (next) setPaper(next);
          }}
        />
        <Button variant="primary" disabled={!ready || busy} onClick={() => void run()}>
          {busy ? 'Exporting…' : 'Export PDF'}
        </Button>
      </div>
      {document === undefined ? (
        <p className="muted">Loading…</p>
      ) : document === null ? (
        <p className="muted">This invoice or its client is no longer here.</p>
      ) : (
        <iframe className="invoice-document-frame" title="Invoice preview" sandbox="" srcDoc={document.html} />
      )}
    </section>
  );
}
