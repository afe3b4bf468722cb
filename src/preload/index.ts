import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type {
  AppInfo,
  BackupSummary,
  BackupWriteRequest,
  BackupWriteResult,
  FilePurpose,
  NotificationRequest,
  PickedFile,
  ReportExportOutcome,
  ReportPdfRequest,
  SaveFileRequest,
  TandemApi,
} from '@shared/api';
import type { CalendarFeedCopy, CalendarFeedRequest, CalendarFeedSummary } from '@shared/calendar-feeds';
import { IPC_EVENTS, IPC_INVOKE, isMenuCommand, unwrapIpcResult } from '@shared/ipc';
import type { MenuCommand } from '@shared/ipc';

// The renderer's only door to main: one named function per channel, never ipcRenderer itself, so page
// script cannot reach channels it was not given. Sandboxed, so this file must bundle to CommonJS and
// may import nothing at runtime but `electron` and the dependency-free @shared/ipc.

async function getAppInfo(): Promise<AppInfo> {
  return unwrapIpcResult<AppInfo>(await ipcRenderer.invoke(IPC_INVOKE.getAppInfo));
}

function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  // The IPC event is not passed on: it carries the sender object, which the page must not see.
  const forward = (_event: IpcRendererEvent, command: unknown): void => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(IPC_EVENTS.menuCommand, forward);
  return () => {
    ipcRenderer.removeListener(IPC_EVENTS.menuCommand, forward);
  };
}

async function listBackups(): Promise<BackupSummary[]> {
  return unwrapIpcResult<BackupSummary[]>(await ipcRenderer.invoke(IPC_INVOKE.listBackups));
}

async function writeBackup(request: BackupWriteRequest): Promise<BackupWriteResult> {
  return unwrapIpcResult<BackupWriteResult>(await ipcRenderer.invoke(IPC_INVOKE.writeBackup, request));
}

async function readBackup(id: string): Promise<Uint8Array> {
  return unwrapIpcResult<Uint8Array>(await ipcRenderer.invoke(IPC_INVOKE.readBackup, id));
}

async function openBackupsFolder(): Promise<void> {
  unwrapIpcResult<undefined>(await ipcRenderer.invoke(IPC_INVOKE.openBackupsFolder));
}

async function openFile(purpose: FilePurpose): Promise<PickedFile | null> {
  return unwrapIpcResult<PickedFile | null>(await ipcRenderer.invoke(IPC_INVOKE.openFile, purpose));
}

async function saveFile(request: SaveFileRequest): Promise<boolean> {
  return unwrapIpcResult<boolean>(await ipcRenderer.invoke(IPC_INVOKE.saveFile, request));
}

async function exportReportPdf(request: ReportPdfRequest): Promise<ReportExportOutcome> {
  return unwrapIpcResult<ReportExportOutcome>(await ipcRenderer.invoke(IPC_INVOKE.exportReportPdf, request));
}

async function showNotification(request: NotificationRequest): Promise<boolean> {
  return unwrapIpcResult<boolean>(await ipcRenderer.invoke(IPC_INVOKE.showNotification, request));
}

async function listCalendarFeeds(): Promise<CalendarFeedSummary[]> {
  return unwrapIpcResult<CalendarFeedSummary[]>(await ipcRenderer.invoke(IPC_INVOKE.listCalendarFeeds));
}

async function addCalendarFeed(request: CalendarFeedRequest): Promise<CalendarFeedSummary> {
  return unwrapIpcResult<CalendarFeedSummary>(await ipcRenderer.invoke(IPC_INVOKE.addCalendarFeed, request));
}

async function removeCalendarFeed(id: string): Promise<void> {
  unwrapIpcResult<undefined>(await ipcRenderer.invoke(IPC_INVOKE.removeCalendarFeed, id));
}

async function refreshCalendarFeeds(id?: string): Promise<CalendarFeedSummary[]> {
  return unwrapIpcResult<CalendarFeedSummary[]>(await ipcRenderer.invoke(IPC_INVOKE.refreshCalendarFeeds, id));
}

async function readCalendarFeeds(): Promise<CalendarFeedCopy[]> {
  return unwrapIpcResult<CalendarFeedCopy[]>(await ipcRenderer.invoke(IPC_INVOKE.readCalendarFeeds));
}

function onCalendarFeedsChanged(listener: () => void): () => void {
  // No arguments are passed on: the event is only a nudge to read the feeds again.
  const forward = (): void => listener();
  ipcRenderer.on(IPC_EVENTS.calendarFeedsChanged, forward);
  return () => {
    ipcRenderer.removeListener(IPC_EVENTS.calendarFeedsChanged, forward);
  };
}

const api = {
  getAppInfo,
  onMenuCommand,
  listBackups,
  writeBackup,
  readBackup,
  openBackupsFolder,
  openFile,
  saveFile,
  exportReportPdf,
  showNotification,
  listCalendarFeeds,
  addCalendarFeed,
  removeCalendarFeed,
  refreshCalendarFeeds,
  readCalendarFeeds,
  onCalendarFeedsChanged,
} satisfies TandemApi;

contextBridge.exposeInMainWorld('tandem', api);
