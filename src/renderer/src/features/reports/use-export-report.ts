import { useState } from 'react';
import type { ReportPaper } from '../../domain/report/report-types';
import type { DayKey } from '../../domain/time/day-key';
import { platform } from '../../platform/platform';
import { notify } from '../../stores/toast-store';
import { reportFileName } from './report-options';
import { errorText } from '@shared/error-text';

export interface ExportRequest {
  html: string;
  clientName: string;
  to: DayKey;
  paper: ReportPaper;
}

const OUTCOME_MESSAGES = {
  saved: 'Report saved as a PDF',
  print: 'Print window opened: choose “Save as PDF” to keep the report',
} as const;

/** Exports through the platform (desktop: printed by main and saved where the user chooses; browser: a print window). */
export function useExportReport(): { busy: boolean; run: (request: ExportRequest) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const run = async (request: ExportRequest) => {
    setBusy(true);
    try {
      const outcome = await platform.exportReportPdf({
        html: request.html,
        suggestedName: reportFileName(request.clientName, request.to),
        paper: request.paper,
      });
      if (outcome !== 'cancelled') notify(OUTCOME_MESSAGES[outcome], undefined, 'success');
    } catch (error) {
      notify(`The report could not be exported: ${errorText(error)}`, undefined, 'error');
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
