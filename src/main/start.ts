import { join } from 'node:path';
import { BrowserWindow, app, dialog, net, safeStorage, session } from 'electron';
import { IPC_EVENTS } from '@shared/ipc';
import type { MenuCommand } from '@shared/ipc';
import { registerAppInfoHandlers } from './ipc/app-info';
import { registerBackupFolderHandler } from './ipc/backup-folder';
import { registerBackupHandlers } from './ipc/backups';
import { registerCalendarFeedHandlers } from './ipc/calendar-feeds';
import { registerNotificationHandlers } from './ipc/notifications';
import { registerReportHandlers } from './ipc/reports';
import { registerSyncHandlers } from './ipc/sync';
import { installApplicationMenu } from './menu';
import { createBackupStore } from './services/backups/backup-store';
import { scheduleFeedRefresh } from './services/calendar-feeds/feed-schedule';
import { createFeedFetch } from './services/calendar-feeds/feed-session';
import { createFeedStore } from './services/calendar-feeds/feed-store';
import { logError, openMainLog } from './services/log/main-log';
import { logProcessErrors } from './services/log/process-errors';
import { createSyncCredentialStore } from './services/sync/sync-credentials';
import { createSyncNetFetch, createSyncProxy } from './services/sync/sync-proxy';
import { registerAppProtocol } from './protocol/app-protocol';
import { denyAllPermissions } from './security/permissions';
import { resolveDevServerUrl } from './security/trusted-origin';
import { hardenAllWebContents } from './security/web-contents-hooks';
import { createMainWindow, focusWindow } from './windows/main-window';
import { errorText } from '@shared/error-text';

// Wires the app together once the single-instance lock is held and the app:// scheme is registered.

export function startApp(): void {
  // The log opens first, so a failure while starting is recorded too.
  const logFile = openMainLog(app.getPath('userData'), { mirrorToConsole: !app.isPackaged });
  logProcessErrors(process, app);
  const devServerUrl = resolveDevServerUrl(app.isPackaged, process.env);
  let mainWindow: BrowserWindow | null = null;

  const openMainWindow = (): void => {
    mainWindow = createMainWindow({
      appPath: app.getAppPath(),
      userDataPath: app.getPath('userData'),
      devServerUrl,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  const sendCommand = (command: MenuCommand): void => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(IPC_EVENTS.menuCommand, command);
  };

  // Registered before `ready` so even the first web contents is hardened.
  hardenAllWebContents(app, devServerUrl);
  app.on('session-created', denyAllPermissions);

  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow);
    // macOS keeps running with no window; a second launch should still bring one up.
    else if (app.isReady()) openMainWindow();
  });
  app.on('window-all-closed', () => {
    // macOS apps stay running without windows until the user quits.
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      denyAllPermissions(session.defaultSession);
      registerAppProtocol(join(app.getAppPath(), 'out', 'renderer'));
      registerAppInfoHandlers(logFile);
      const backupsFolder = join(app.getPath('userData'), 'backups');
      registerBackupHandlers(createBackupStore(backupsFolder), () => mainWindow);
      registerBackupFolderHandler(backupsFolder);
      registerReportHandlers();
      registerNotificationHandlers(() => mainWindow);
      const feeds = createFeedStore({
        folder: join(app.getPath('userData'), 'calendar-feeds'),
        fetch: createFeedFetch(),
        isOnline: () => net.isOnline(),
        onChange: () => {
          if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(IPC_EVENTS.calendarFeedsChanged);
        },
      });
      registerCalendarFeedHandlers(feeds);
      const syncCredentials = createSyncCredentialStore({ file: join(app.getPath('userData'), 'sync-credentials.json'), secretBox: safeStorage });
      registerSyncHandlers(syncCredentials, createSyncProxy({ credentials: syncCredentials, fetch: createSyncNetFetch(() => syncCredentials.currentOrigin()) }));
      scheduleFeedRefresh(feeds, { isOnline: () => net.isOnline() });
      installApplicationMenu({ isPackaged: app.isPackaged, platform: process.platform, sendCommand });
      openMainWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      logError('start', error);
      dialog.showErrorBox('Tandem could not start', errorText(error));
      app.quit();
    });
}
