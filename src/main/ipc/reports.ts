import { BrowserWindow } from 'electron';
import { IPC_INVOKE } from '@shared/ipc';
import { exportReportPdf } from '../services/pdf/export-report';
import { handle } from './handle';

export function registerReportHandlers(): void {
  // The dialog belongs to the window the user just clicked Export in.
  handle(IPC_INVOKE.exportReportPdf, (request) => exportReportPdf(request, BrowserWindow.getFocusedWindow()));
}
