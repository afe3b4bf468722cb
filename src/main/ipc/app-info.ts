import { app } from 'electron';
import type { AppInfo } from '@shared/api';
import { IPC_INVOKE } from '@shared/ipc';
import { handle } from './handle';

// What the app is, and where its error log is so Settings can say. There is deliberately no
// open-external channel: nothing in the page needs one, and links the app renders reach the system
// browser through the window-open handler (security/navigation-guard.ts), never through IPC.

export function registerAppInfoHandlers(logFile: string): void {
  handle(IPC_INVOKE.getAppInfo, (): AppInfo => ({
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    shell: 'desktop',
    logFile,
  }));
}
