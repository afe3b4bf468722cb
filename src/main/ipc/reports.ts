import { BrowserWindow } from 'electron';
import { IPC_INVOKE } from '@shared/ipc';
import { exportReportPdfPayload } from '@shared/ipc-schemas';
import { exportReportPdf } from '../services/pdf/export-report';
import { handle } from './handle';

export function registerReportHandlers(): void {
  // The dialog belongs to the window the user just clicked Export in.
  handle(IPC_INVOKE.exportReportPdf, exportReportPdfPayload, (request) =>
    exportReportPdf(request, BrowserWindow.getFocusedWindow()),
  );
}
