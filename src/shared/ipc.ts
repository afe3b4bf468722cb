import type { InvokeChannel, IpcRequestArgs, IpcResponse } from './ipc-map';
import { SCREENS, type ScreenId } from './screens';
// IPC channel names and envelopes, shared by main, preload and renderer.
// No runtime dependencies on purpose: the sandboxed preload imports this file, and a sandboxed preload
// can require nothing but `electron`. Each invoke channel's request and result types are in
// ./ipc-map.ts; the zod payload schemas live beside it in ./ipc-schemas.ts (main only).

export type { InvokeChannel } from './ipc-map';

/**
 * Renderer → main request/response channels (ipcRenderer.invoke / ipcMain.handle), by the TandemApi
 * function that calls each one. Every value must be a channel of IpcMap.
 */
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
  setSyncCredentials: 'sync:set-credentials',
  readSyncCredentials: 'sync:read-credentials',
  forgetSyncCredentials: 'sync:forget-credentials',
  syncRequest: 'sync:request',
} as const satisfies Record<string, InvokeChannel>;

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

/**
 * Returns the value of an IPC envelope, or throws its error. Anything that is not an envelope is refused.
 * The value is `unknown`: only createInvoke, which knows the channel, may say what it is.
 */
export function unwrapIpcResult(result: unknown): unknown {
  if (typeof result !== 'object' || result === null || !('ok' in result)) {
    throw new Error('Malformed IPC reply');
  }
  if (result.ok === true && 'value' in result) {
    return result.value;
  }
  if (result.ok === false && 'error' in result && typeof result.error === 'string') {
    throw new Error(result.error);
  }
  throw new Error('Malformed IPC reply');
}

/** Sends a request on an invoke channel and resolves to that channel's result, or rejects with main's refusal. */
export type Invoke = <C extends InvokeChannel>(channel: C, ...request: IpcRequestArgs<C>) => Promise<IpcResponse<C>>;

/**
 * The typed invoke the preload builds its API from; `send` is ipcRenderer.invoke, passed in so this file
 * stays free of electron and can be tested without it. The arguments go to `send` as they are, so a
 * channel without payload sends none.
 */
export function createInvoke(send: (channel: InvokeChannel, ...request: unknown[]) => Promise<unknown>): Invoke {
  return async function invoke<C extends InvokeChannel>(channel: C, ...request: IpcRequestArgs<C>): Promise<IpcResponse<C>> {
    const value = unwrapIpcResult(await send(channel, ...request));
    // The one unchecked step between the processes, kept here so no call site needs a cast. The reply
    // crossed IPC as `unknown`, and the sandboxed preload cannot load zod to check it again. What makes
    // it sound: main answers on `channel` only through handle() (src/main/ipc/handle.ts), which types
    // the handler's return as IpcResponse<C> for the same C, and the map's results are plain data that
    // structured clone carries across as they are (a Buffer arrives as the Uint8Array it extends).
    return value as IpcResponse<C>;
  };
}
