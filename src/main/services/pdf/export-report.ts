import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, SaveDialogOptions } from 'electron';
import type { ReportExportOutcome, ReportPdfRequest } from '@shared/api';
import { writeFileAtomicSync } from '../atomic-write';
import { renderReportPdf } from './render-pdf';

// Export a status report or an invoice: print it first (a failure shows before any dialog), then ask where to
// save it (the renderer never names a path), then write it atomically.

export function withPdfExtension(name: string): string {
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

export async function exportReportPdf(request: ReportPdfRequest, parent: BrowserWindow | null): Promise<ReportExportOutcome> {
  const pdf = await renderReportPdf(request.html, request.paper);
  const options: SaveDialogOptions = {
    title: 'Export PDF',
    buttonLabel: 'Save PDF',
    defaultPath: join(app.getPath('documents'), withPdfExtension(request.suggestedName)),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return 'cancelled';
  // Linux dialogs add no extension; a PDF without one would not open by double-click.
  writeFileAtomicSync(withPdfExtension(choice.filePath), pdf);
  return 'saved';
}
