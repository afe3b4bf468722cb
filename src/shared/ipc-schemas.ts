import { z } from 'zod';
import { BACKUP_REASONS } from './api';
import { FEED_ADDRESS_MAX, FEED_COLOURS, FEED_NAME_MAX } from './calendar-feeds';
import { IPC_INVOKE, MENU_COMMANDS } from './ipc';
import type { InvokeChannel, IpcRequest } from './ipc-map';
import { REPORT_PAPERS } from './report-print';
import { SYNC_ADDRESS_MAX, SYNC_PASSWORD_MAX, SYNC_REQUEST_MAX_BYTES, SYNC_USERNAME_MAX, isForbiddenSyncHeader, syncAddressProblem } from './sync';

// Payload schemas for the invoke channels of ./ipc-map.ts. Main validates every payload with these
// before a handler runs. Kept apart from ./ipc.ts so the sandboxed preload never pulls in zod.

/** app:get-info takes no payload. */
export const getAppInfoPayload = z.undefined();

export const menuCommandSchema = z.enum(MENU_COMMANDS);

/** Backups and files: the renderer sends data and choices, never a path. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
// Typed as any Uint8Array, which is what the check is: z.instanceof would type it Uint8Array<ArrayBuffer>,
// narrower than the map's requests (and the renderer's own types) without checking anything more.
const bytesSchema: z.ZodType<Uint8Array, Uint8Array> = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_BACKUP_BYTES, 'The data is too large');

export const listBackupsPayload = z.undefined();

export const writeBackupPayload = z.object({
  bytes: bytesSchema,
  reason: z.enum(BACKUP_REASONS),
});

/** A backup id is a file name the backups folder listed: no separators, no '..'. */
export const BACKUP_FILE_PATTERN = /^tandem-backup-\d{8}T\d{9}Z-[a-z-]+(-kept)?\.json\.gz$/;
export const readBackupPayload = z.string().regex(BACKUP_FILE_PATTERN, 'Not a backup name');

/** backups:open-folder takes no payload: main opens its own folder, never a path from the page. */
export const openBackupsFolderPayload = z.undefined();

export const openFilePayload = z.enum(['csv', 'backup', 'ics']);

export const saveFilePayload = z.object({
  purpose: z.enum(['csv', 'export', 'ics']),
  suggestedName: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[^/\\:*?"<>|]+$/, 'A file name without folders')
    .refine((name) => [...name].every((char) => char >= ' '), 'A file name without control characters'),
  bytes: bytesSchema,
});

/**
 * reports:export-pdf. The HTML is printed in a window without scripts; its size is capped so it fits
 * a data: URL (Chromium refuses URLs over 2 MB; base64 adds a third, so 1.4 M UTF-16 units is safe
 * for text that is mostly ASCII, and main checks the encoded length again).
 */
export const MAX_REPORT_HTML_CHARS = 1_400_000;
export const exportReportPdfPayload = z.strictObject({
  html: z.string().min(1).max(MAX_REPORT_HTML_CHARS, 'The report is too large to print'),
  suggestedName: saveFilePayload.shape.suggestedName,
  paper: z.enum(REPORT_PAPERS),
});

/** notifications:show: short plain text, shown by main's Notification. */
export const showNotificationPayload = z.strictObject({
  title: z.string().min(1).max(120),
  body: z.string().max(500),
});

/** calendar-feeds:*: the address rule (https, or http on loopback) and duplicates are main's to check. */
export const listCalendarFeedsPayload = z.undefined();
export const readCalendarFeedsPayload = z.undefined();
export const addCalendarFeedPayload = z.strictObject({
  address: z.string().min(1).max(FEED_ADDRESS_MAX),
  name: z.string().trim().min(1, 'Give the feed a name.').max(FEED_NAME_MAX),
  colour: z.enum(FEED_COLOURS),
});
export const removeCalendarFeedPayload = z.uuid();
/** One feed by id, or all of them. */
export const refreshCalendarFeedsPayload = z.uuid().optional();

/** sync:*: the address rule is checked here and again by main's proxy on every request. */
export const setSyncCredentialsPayload = z.strictObject({
  serverAddress: z
    .string()
    .max(SYNC_ADDRESS_MAX)
    .superRefine((address, context) => {
      const problem = syncAddressProblem(address);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  username: z.string().trim().min(1, 'Enter the user name.').max(SYNC_USERNAME_MAX),
  password: z.string().min(1, 'Enter the password.').max(SYNC_PASSWORD_MAX),
});
export const readSyncCredentialsPayload = z.undefined();
export const forgetSyncCredentialsPayload = z.undefined();
const syncBodySchema = z.union([
  z.string().max(SYNC_REQUEST_MAX_BYTES),
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= SYNC_REQUEST_MAX_BYTES, 'The request is too large'),
]) as z.ZodType<string | Uint8Array, string | Uint8Array>;
export const syncRequestPayload = z.strictObject({
  url: z.string().min(1).max(SYNC_ADDRESS_MAX * 4),
  method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'COPY']),
  headers: z
    .record(z.string().max(200), z.string().max(8192))
    .refine((headers) => Object.keys(headers).every((name) => !isForbiddenSyncHeader(name)), 'Main signs the request in itself'),
  body: syncBodySchema.optional(),
});

/** For each invoke channel, a schema whose output is the request type IpcMap gives that channel. */
export type IpcSchemas = { readonly [C in InvokeChannel]: z.ZodType<IpcRequest<C>> };

/**
 * The schema of every invoke channel. `satisfies` makes a missing channel, or a schema whose output
 * does not fit the map's request, a compile error; the specific schema types stay visible, so
 * test/shared/ipc-map.test.ts can check the other direction (every request the map allows is a
 * valid input to its schema).
 */
export const IPC_SCHEMAS = {
  [IPC_INVOKE.getAppInfo]: getAppInfoPayload,
  [IPC_INVOKE.listBackups]: listBackupsPayload,
  [IPC_INVOKE.writeBackup]: writeBackupPayload,
  [IPC_INVOKE.readBackup]: readBackupPayload,
  [IPC_INVOKE.openBackupsFolder]: openBackupsFolderPayload,
  [IPC_INVOKE.openFile]: openFilePayload,
  [IPC_INVOKE.saveFile]: saveFilePayload,
  [IPC_INVOKE.exportReportPdf]: exportReportPdfPayload,
  [IPC_INVOKE.showNotification]: showNotificationPayload,
  [IPC_INVOKE.listCalendarFeeds]: listCalendarFeedsPayload,
  [IPC_INVOKE.addCalendarFeed]: addCalendarFeedPayload,
  [IPC_INVOKE.removeCalendarFeed]: removeCalendarFeedPayload,
  [IPC_INVOKE.refreshCalendarFeeds]: refreshCalendarFeedsPayload,
  [IPC_INVOKE.readCalendarFeeds]: readCalendarFeedsPayload,
  [IPC_INVOKE.setSyncCredentials]: setSyncCredentialsPayload,
  [IPC_INVOKE.readSyncCredentials]: readSyncCredentialsPayload,
  [IPC_INVOKE.forgetSyncCredentials]: forgetSyncCredentialsPayload,
  [IPC_INVOKE.syncRequest]: syncRequestPayload,
} as const satisfies IpcSchemas;

/** The schema main validates `channel`'s payload with, typed by the channel. */
export function payloadSchema<C extends InvokeChannel>(channel: C): z.ZodType<IpcRequest<C>> {
  // Widening to the mapped type (checked above) lets the generic index keep its link to C.
  const schemas: IpcSchemas = IPC_SCHEMAS;
  return schemas[channel];
}
