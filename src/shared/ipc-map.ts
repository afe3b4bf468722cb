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
} from './api';
import type { CalendarFeedCopy, CalendarFeedRequest, CalendarFeedSummary } from './calendar-feeds';
import type { SyncCredentialsRequest, SyncCredentialsSummary, SyncHttpRequest, SyncHttpResponse } from './sync';

// The one map of the renderer → main invoke channels: for each channel, the request the renderer sends
// and the result main answers with. Everything else is checked against it:
//   - ./ipc-schemas.ts (main): each channel's zod schema must produce the map's request type;
//   - src/main/ipc/handle.ts: a handler receives the map's request and must return its result;
//   - ./ipc.ts `createInvoke` (preload): a call sends the map's request and resolves to its result;
//   - src/preload/index.ts: the functions built that way must satisfy TandemApi (./api.ts).
// Types only, so the sandboxed preload may import it (types are erased; it requires nothing).
// A request of `undefined` means the channel takes no payload; a result of `void`, that it answers with none.

export interface IpcMap {
  'app:get-info': { request: undefined; result: AppInfo };
  'backups:list': { request: undefined; result: BackupSummary[] };
  'backups:write': { request: BackupWriteRequest; result: BackupWriteResult };
  /** a backup's id (its file name in the backups folder, never a path) → its bytes */
  'backups:read': { request: string; result: Uint8Array };
  'backups:open-folder': { request: undefined; result: void };
  /** null when the user cancelled the dialog */
  'files:open': { request: FilePurpose; result: PickedFile | null };
  /** false when the user cancelled the dialog */
  'files:save': { request: SaveFileRequest; result: boolean };
  'reports:export-pdf': { request: ReportPdfRequest; result: ReportExportOutcome };
  /** false when the system cannot show notifications */
  'notifications:show': { request: NotificationRequest; result: boolean };
  'calendar-feeds:list': { request: undefined; result: CalendarFeedSummary[] };
  'calendar-feeds:add': { request: CalendarFeedRequest; result: CalendarFeedSummary };
  /** a feed's id */
  'calendar-feeds:remove': { request: string; result: void };
  /** one feed's id, or undefined for all of them; answers with the list after the refresh */
  'calendar-feeds:refresh': { request: string | undefined; result: CalendarFeedSummary[] };
  'calendar-feeds:read': { request: undefined; result: CalendarFeedCopy[] };
  /** keeps the server's origin, the user name and the password (encrypted by safeStorage) */
  'sync:set-credentials': { request: SyncCredentialsRequest; result: SyncCredentialsSummary };
  /** the kept origin and user name, never the password; null when none are kept */
  'sync:read-credentials': { request: undefined; result: SyncCredentialsSummary | null };
  'sync:forget-credentials': { request: undefined; result: void };
  /** one replicator request, sent by main to the kept origin only, signed in with the kept password */
  'sync:request': { request: SyncHttpRequest; result: SyncHttpResponse };
}

/** The name of a renderer → main invoke channel. */
export type InvokeChannel = keyof IpcMap;

/** What the renderer sends on `C`. */
export type IpcRequest<C extends InvokeChannel> = IpcMap[C]['request'];

/** What main answers on `C` (inside the envelope, see IpcResult in ./ipc.ts). */
export type IpcResponse<C extends InvokeChannel> = IpcMap[C]['result'];

/**
 * The arguments after the channel name: none for a channel without payload, an optional one for a
 * channel whose payload may be undefined, otherwise exactly one.
 */
export type IpcRequestArgs<C extends InvokeChannel> = [IpcRequest<C>] extends [undefined]
  ? []
  : undefined extends IpcRequest<C>
    ? [request?: IpcRequest<C>]
    : [request: IpcRequest<C>];
