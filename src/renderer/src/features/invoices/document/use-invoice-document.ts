import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { loadInvoiceDocumentSource } from '../../../db/queries/invoice-document';
import type { ReportPaper } from '../../../domain/report/report-types';
import { buildInvoiceDocument, invoiceFileName } from './invoice-document-model';
import { renderInvoiceHtml } from './invoice-html';

export interface InvoiceDocument {
  html: string;
  /** the name the PDF is offered under: 'Invoice 2026-0007 Acme.pdf' */
  fileName: string;
}

/** The invoice's printable document on `paper`: undefined while loading, null when the invoice or its client is gone. */
export function useInvoiceDocument(invoiceId: string, paper: ReportPaper): InvoiceDocument | null | undefined {
  const source = useLiveQuery(() => loadInvoiceDocumentSource(db, invoiceId), [invoiceId], undefined);
  return useMemo(() => {
    if (!source) return source;
    const model = buildInvoiceDocument({ ...source, paper });
    return { html: renderInvoiceHtml(model), fileName: invoiceFileName(source.invoice, source.client.name) };
  }, [source, paper]);
}
