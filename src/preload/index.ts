import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { TandemApi } from '@shared/api';
import { IPC_EVENTS, IPC_INVOKE, createInvoke, isMenuCommand } from '@shared/ipc';
import type { MenuCommand } from '@shared/ipc';

// The renderer's only door to main: one named function per channel, never ipcRenderer itself, so page
// script cannot reach channels it was not given. Sandboxed, so this file must bundle to CommonJS and
// may import nothing at runtime but `electron` and the dependency-free @shared/ipc.
// Each call goes through `invoke`, typed by @shared/ipc-map: the channel fixes what a function may send
// and what it resolves to, and `satisfies TandemApi` below checks that against the renderer's contract.

const invoke = createInvoke((channel, ...request) => ipcRenderer.invoke(channel, ...request));

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

function onCalendarFeedsChanged(listener: () => void): () => void {
  // No arguments are passed on: the event is only a nudge to read the feeds again.
  const forward = (): void => listener();
  ipcRenderer.on(IPC_EVENTS.calendarFeedsChanged, forward);
  return () => {
    ipcRenderer.removeListener(IPC_EVENTS.calendarFeedsChanged, forward);
  };
}

const api = {
  getAppInfo: () => invoke(IPC_INVOKE.getAppInfo),
  onMenuCommand,
  listBackups: () => invoke(IPC_INVOKE.listBackups),
  writeBackup: (request) => invoke(IPC_INVOKE.writeBackup, request),
  readBackup: (id) => invoke(IPC_INVOKE.readBackup, id),
  openBackupsFolder: () => invoke(IPC_INVOKE.openBackupsFolder),
  openFile: (purpose) => invoke(IPC_INVOKE.openFile, purpose),
  saveFile: (request) => invoke(IPC_INVOKE.saveFile, request),
  exportReportPdf: (request) => invoke(IPC_INVOKE.exportReportPdf, request),
  showNotification: (request) => invoke(IPC_INVOKE.showNotification, request),
  listCalendarFeeds: () => invoke(IPC_INVOKE.listCalendarFeeds),
  addCalendarFeed: (request) => invoke(IPC_INVOKE.addCalendarFeed, request),
  removeCalendarFeed: (id) => invoke(IPC_INVOKE.removeCalendarFeed, id),
  refreshCalendarFeeds: (id) => invoke(IPC_INVOKE.refreshCalendarFeeds, id),
  readCalendarFeeds: () => invoke(IPC_INVOKE.readCalendarFeeds),
  onCalendarFeedsChanged,
  setSyncCredentials: (request) => invoke(IPC_INVOKE.setSyncCredentials, request),
  readSyncCredentials: () => invoke(IPC_INVOKE.readSyncCredentials),
  forgetSyncCredentials: () => invoke(IPC_INVOKE.forgetSyncCredentials),
  syncRequest: (request) => invoke(IPC_INVOKE.syncRequest, request),
} satisfies TandemApi;

contextBridge.exposeInMainWorld('tandem', api);
