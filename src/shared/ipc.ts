import { SCREENS, type ScreenId } from './screens';
// IPC channel names and envelopes, shared by main, preload and renderer.
// No runtime dependencies on purpose: the sandboxed preload imports this file, and a sandboxed preload
// can require nothing but `electron`. The zod payload schemas live beside it in ./ipc-schemas.ts (main only).

/** Renderer → main request/response channels (ipcRenderer.invoke / ipcMain.handle). */
export const IPC_INVOKE = {
  getAppInfo: 'app:get-info',
  listBackups: 'backups:list',
  writeBackup: 'backups:write',
  readBackup: 'backups:read',
  openBackupsFolder: 'backups:open-folder',
  openFile: 'files:open',
  saveFile: 'files:save',
  exportReportPdf: 'reports:export-pdf',
  showNotification: 'notifications:show',
  listCalendarFeeds: 'calendar-feeds:list',
  addCalendarFeed: 'calendar-feeds:add',
  removeCalendarFeed: 'calendar-feeds:remove',
  refreshCalendarFeeds: 'calendar-feeds:refresh',
  readCalendarFeeds: 'calendar-feeds:read',
} as const;

export type InvokeChannel = (typeof IPC_INVOKE)[keyof typeof IPC_INVOKE];

/** Main → renderer one-way channels (webContents.send / ipcRenderer.on). */
export const IPC_EVENTS = {
  menuCommand: 'menu:command',
  /** a feed's list entry or copy changed (a refresh ended): read them again */
  calendarFeedsChanged: 'calendar-feeds:changed',
} as const;

/** Commands the application menu sends; the renderer's keyboard shortcuts use the same ids. */
export type MenuCommand = 'palette' | `go:${ScreenId}`;

export const MENU_COMMANDS: readonly MenuCommand[] = ['palette', ...SCREENS.map((screen) => `go:${screen.id}` as const)];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Every invoke handler answers with this envelope, so a refusal reaches the renderer as a plain message. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Returns the value of an IPC envelope, or throws its error. Anything that is not an envelope is refused. */
export function unwrapIpcResult<T>(result: unknown): T {
  if (typeof result !== 'object' || result === null || !('ok' in result)) {
    throw new Error('Malformed IPC reply');
  }
  if (result.ok === true && 'value' in result) {
    // Main built this envelope from a handler typed to return T; the channel pairs them.
    return result.value as T;
  }
  if (result.ok === false && 'error' in result && typeof result.error === 'string') {
    throw new Error(result.error);
  }
  throw new Error('Malformed IPC reply');
}
