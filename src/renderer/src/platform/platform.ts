import type { AppInfo, BackupWriteRequest, BackupWriteResult, SaveFileRequest, TandemApi } from '@shared/api';
import { downloadFile, pickFileInBrowser } from './web-files';
import { notifyInBrowser } from './web-notifications';
import { printInBrowser } from './web-print';
import { forgetSyncCredentialsInBrowser, readSyncCredentialsInBrowser, setSyncCredentialsInBrowser, syncRequestInBrowser } from './web-sync';

// The only module that touches `window.tandem`. In a plain browser (end-to-end tests, `npm run web`)
// the web fallback offers the same interface, so features never ask where they run. The browser has
// no backups folder: a backup is a downloaded file, and restoring one means picking that file.

async function writeBackupInBrowser(request: BackupWriteRequest): Promise<BackupWriteResult> {
  const createdAt = new Date();
  const stamp = createdAt.toISOString().replace(/[-:]/g, '').replace('.', '');
  const id = `tandem-backup-${stamp}-${request.reason}.json.gz`;
  downloadFile(id, request.bytes, 'application/gzip');
  return {
    backup: { id, createdAt: createdAt.toISOString(), sizeBytes: request.bytes.byteLength, schemaVersion: 0, counts: {}, reason: request.reason, kept: false },
    storedIn: 'download',
  };
}

const SAVE_TYPES: Record<SaveFileRequest['purpose'], string> = { csv: 'text/csv', export: 'application/json', ics: 'text/calendar' };

const FEEDS_NEED_DESKTOP = 'Calendar feeds need the desktop app. In the browser, import an .ics file on the Planner.';

const webFallback: TandemApi = {
  async getAppInfo(): Promise<AppInfo> {
    return { name: 'Tandem', version: import.meta.env.VITE_APP_VERSION ?? 'dev', platform: navigator.platform, shell: 'web' };
  },
  onMenuCommand(): () => void {
    // The browser has no application menu; shortcuts are handled by the renderer itself.
    return () => undefined;
  },
  async listBackups() {
    return [];
  },
  writeBackup: writeBackupInBrowser,
  async readBackup(): Promise<Uint8Array> {
    throw new Error('In the browser, backups are downloaded files: choose “Restore from a file” and pick one.');
  },
  async openBackupsFolder(): Promise<void> {
    throw new Error('In the browser, backups are downloaded files: look in your downloads folder.');
  },
  openFile: pickFileInBrowser,
  async saveFile(request: SaveFileRequest): Promise<boolean> {
    downloadFile(request.suggestedName, request.bytes, SAVE_TYPES[request.purpose]);
    return true;
  },
  exportReportPdf: printInBrowser,
  showNotification: notifyInBrowser,
  // The browser's CSP allows no remote origin, and a feed's address is a secret to keep off the web page.
  async listCalendarFeeds() {
    return [];
  },
  async addCalendarFeed() {
    throw new Error(FEEDS_NEED_DESKTOP);
  },
  async removeCalendarFeed() {
    throw new Error(FEEDS_NEED_DESKTOP);
  },
  async refreshCalendarFeeds() {
    throw new Error(FEEDS_NEED_DESKTOP);
  },
  async readCalendarFeeds() {
    return [];
  },
  onCalendarFeedsChanged(): () => void {
    return () => undefined;
  },
  // The browser keeps the sync password in memory for this session only (see web-sync.ts).
  setSyncCredentials: setSyncCredentialsInBrowser,
  readSyncCredentials: readSyncCredentialsInBrowser,
  forgetSyncCredentials: forgetSyncCredentialsInBrowser,
  syncRequest: syncRequestInBrowser,
};

export const platform: TandemApi = window.tandem ?? webFallback;

/** True in the desktop app, where backups live in a folder Tandem manages. */
export const hasBackupFolder = window.tandem !== undefined;

/** True in the desktop app, where main keeps the sync password with the system keychain (the browser: this session only). */
export const keepsSyncPasswordSecurely = window.tandem !== undefined;

/** True in the desktop app, whose main process fetches calendar feeds. */
export const hasCalendarFeeds = window.tandem !== undefined;
