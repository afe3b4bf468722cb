import { app } from 'electron';
import type { AppInfo } from '@shared/api';
import { IPC_INVOKE } from '@shared/ipc';
import { getAppInfoPayload, openExternalPayload } from '@shared/ipc-schemas';
import { openExternalUrl } from '../security/external-urls';
import { handle } from './handle';

export function registerAppInfoHandlers(): void {
  handle(IPC_INVOKE.getAppInfo, getAppInfoPayload, (): AppInfo => ({
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    shell: 'desktop',
  }));

  handle(IPC_INVOKE.openExternal, openExternalPayload, (url) => openExternalUrl(url));
}
