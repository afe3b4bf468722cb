// The contract between the renderer and the desktop shell: what `window.tandem` offers.
// Each function maps to one IPC channel in ./ipc.ts; later features add theirs here and there.

import type { CalendarFeedCopy, CalendarFeedRequest, CalendarFeedSummary } from './calendar-feeds';
import type { MenuCommand } from './ipc';
import type { ReportPaperSize } from './report-print';
import type { SyncCredentialsRequest, SyncCredentialsSummary, SyncHttpRequest, SyncHttpResponse } from './sync';

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** 'desktop' when running inside Electron, 'web' in a plain browser. */
  shell: 'desktop' | 'web';
  /** Where main writes its error log, to show in Settings; absent in the browser, which keeps none. */
  logFile?: string;
}

/** Why a backup was taken; shown in the list and kept in the file's header. */
export const BACKUP_REASONS = ['startup', 'interval', 'manual', 'before-restore', 'before-import', 'before-sync'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** One backup file as the Backups screen lists it (read from its header). */
export interface BackupSummary {
  /** the file name inside the backups folder; the renderer never sees a path */
  id: string;
  createdAt: string;
  sizeBytes: number;
  schemaVersion: number;
  /** rows per table */
  counts: Record<string, number>;
  reason: BackupReason;
  /** kept beside a much smaller later backup, never rotated away automatically */
  kept: boolean;
}

export interface BackupWriteRequest {
  /** a complete backup file (gzip'd header line + body, see @shared/backup-format) */
  bytes: Uint8Array;
  reason: BackupReason;
}

export interface BackupWriteResult {
  backup: BackupSummary;
  /** set when the new backup is far smaller than the previous one (both are kept) */
  warning?: string;
  /** 'folder' on the desktop; 'download' in the browser, where the file went to the downloads */
  storedIn: 'folder' | 'download';
}

export type FilePurpose = 'csv' | 'backup' | 'ics';

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SaveFileRequest {
  purpose: 'csv' | 'export' | 'ics';
  suggestedName: string;
  bytes: Uint8Array;
}

/** A status report or an invoice to print: self-contained HTML (see domain/report) and the file name to offer. */
export interface ReportPdfRequest {
  html: string;
  /** a file name without folders; '.pdf' is added when missing */
  suggestedName: string;
  paper: ReportPaperSize;
}

/** 'saved': the PDF was written where the user chose; 'cancelled': they closed the dialog; 'print': the browser's print window opened. */
export type ReportExportOutcome = 'saved' | 'cancelled' | 'print';

/** A desktop notification, e.g. a block starting in five minutes. */
export interface NotificationRequest {
  title: string;
  body: string;
}

export interface TandemApi {
  getAppInfo(): Promise<AppInfo>;
  /**
   * Calls `listener` for each application-menu command (palette, go:<screen>) and returns the
   * unsubscribe function. The web fallback has no menu and returns a no-op unsubscribe.
   */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Backups in the backups folder, newest first; always empty in the browser. */
  listBackups(): Promise<BackupSummary[]>;
  /** Stores a backup (desktop: the backups folder, with rotation; browser: a download). */
  writeBackup(request: BackupWriteRequest): Promise<BackupWriteResult>;
  /** The bytes of a listed backup. */
  readBackup(id: string): Promise<Uint8Array>;
  /** Shows the backups folder in the system's file manager (desktop only: the browser has no folder and refuses). */
  openBackupsFolder(): Promise<void>;
  /** Lets the user pick a file to read (desktop: a dialog in main; browser: a file input); null when cancelled. */
  openFile(purpose: FilePurpose): Promise<PickedFile | null>;
  /** Lets the user choose where to save (desktop: a dialog in main; browser: a download); false when cancelled. */
  saveFile(request: SaveFileRequest): Promise<boolean>;
  /** Prints a status report or an invoice to PDF (desktop: main renders it and asks where to save; browser: a print window). */
  exportReportPdf(request: ReportPdfRequest): Promise<ReportExportOutcome>;
  /** Shows a desktop notification (desktop: main's Notification; browser: the Notification API once allowed); false when it could not. */
  showNotification(request: NotificationRequest): Promise<boolean>;
  /** Calendar feeds (desktop only: main fetches them; the browser has none and refuses to add one). */
  listCalendarFeeds(): Promise<CalendarFeedSummary[]>;
  /** Adds a feed and fetches it once; refuses an address that is not https, or one already listed. */
  addCalendarFeed(request: CalendarFeedRequest): Promise<CalendarFeedSummary>;
  removeCalendarFeed(id: string): Promise<void>;
  /** Refreshes one feed, or all when no id is given; answers with the list after it. */
  refreshCalendarFeeds(id?: string): Promise<CalendarFeedSummary[]>;
  /** The feeds' last good copies, to show their meetings. */
  readCalendarFeeds(): Promise<CalendarFeedCopy[]>;
  /** Calls `listener` when a feed's copy or state changed in main; returns the unsubscribe function. */
  onCalendarFeedsChanged(listener: () => void): () => void;
  /**
   * Keeps the sync server's origin, user name and password (desktop: main, the password encrypted by
   * safeStorage; browser: memory, for this session only). Refuses an address that is not https or loopback.
   */
  setSyncCredentials(request: SyncCredentialsRequest): Promise<SyncCredentialsSummary>;
  /** The kept origin and user name (never the password), or null. */
  readSyncCredentials(): Promise<SyncCredentialsSummary | null>;
  forgetSyncCredentials(): Promise<void>;
  /** One replicator request to the kept origin, signed in with the kept password; refuses any other origin. */
  syncRequest(request: SyncHttpRequest): Promise<SyncHttpResponse>;
}

declare global {
  interface Window {
    tandem?: TandemApi;
  }
}
