import { useState } from 'react';
import type { ReportPaper } from '../../../domain/report/report-types';
import { platform } from '../../../platform/platform';
import { notify } from '../../../stores/toast-store';
import type { InvoiceDocument } from './use-invoice-document';
import { errorText } from '@shared/error-text';

const OUTCOME_MESSAGES = {
  saved: 'Invoice saved as a PDF',
  print: 'Print window opened: choose “Save as PDF” to keep the invoice',
} as const;

/**
 * Exports through the status report's print path (desktop: printed by main and saved where the user
 * chooses; browser: a print window). The document is ready before the click, so the browser's print
 * window opens within the click's user gesture.
 */
export function useExportInvoicePdf(document: InvoiceDocument | null | undefined, paper: ReportPaper) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!document) return;
    setBusy(true);
    try {
      const outcome = await platform.exportReportPdf({ html: document.html, suggestedName: document.fileName, paper });
      if (outcome !== 'cancelled') notify(OUTCOME_MESSAGES[outcome], undefined, 'success');
    } catch (error) {
      notify(`The invoice could not be exported: ${errorText(error)}`, undefined, 'error');
    } finally {
      setBusy(false);
    }
  };
  return { busy, ready: Boolean(document), run };
}
