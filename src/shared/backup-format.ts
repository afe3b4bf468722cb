import { z } from 'zod';
import { BACKUP_REASONS } from './api';

// The backup file, read by main (listing, checking what it stores) and the renderer (restore):
//   gzip( header JSON + "\n" + body )
// The body is the database in dexie-export-import's JSON format (the same as "Export all"); the
// header says what is inside and carries the body's SHA-256 so damage is found before a restore.
// Pure: each side brings its own gzip and hash (node:zlib/crypto in main, streams/WebCrypto in the
// renderer).

export const BACKUP_FORMAT = 'tandem-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  app: z.string(),
  /** the database's schema version (the Dexie version chain) when the backup was taken */
  schemaVersion: z.int().min(1),
  createdAt: z.iso.datetime(),
  reason: z.enum(BACKUP_REASONS),
  /** rows per table in the body */
  counts: z.record(z.string(), z.int().min(0)),
  bodyBytes: z.int().min(0),
  bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** The messages a damaged or foreign file gets, the same wherever it is read. */
export const BACKUP_ERRORS = {
  notBackup: 'This is not a Tandem backup file.',
  truncated: 'The backup file is damaged: it ends early or its compressed data is corrupt. Choose another backup.',
  badHeader: 'The backup file is damaged: its header cannot be read. Choose another backup.',
  checksum: 'The backup file is damaged: its contents do not match their checksum. Choose another backup.',
  /** more data than the header declares: a damaged file or a decompression bomb, stopped at the declared size */
  overlong: 'The backup file is damaged: it unpacks to more data than its header declares. Choose another backup.',
  /** the header is not covered by the checksum, so its counts are checked against the body's own table list */
  counts: 'The backup file is damaged: the record counts in its header do not match its contents. Choose another backup.',
} as const;

/**
 * The largest body Tandem unpacks: 1 GiB. The scale dataset (a decade of a five-person agency) makes a
 * 68 MB body (9 MB gzipped), so this is 15 times the largest workspace we design for, and about where
 * a restore stops fitting in a renderer that holds the whole body and a temporary database at once.
 */
export const MAX_BACKUP_BODY_BYTES = 1024 ** 3;

export function tooLargeMessage(limitBytes: number): string {
  const limit =
    limitBytes >= 1024 ** 3 ? `${+(limitBytes / 1024 ** 3).toFixed(1)} GB` : `${+(limitBytes / 1024 ** 2).toFixed(1)} MB`;
  return `The backup file is too large: it unpacks to more than ${limit}, the most Tandem opens. Choose another backup.`;
}

export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

/** gzip starts with 1f 8b. */
export function looksGzipped(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Splits decompressed backup bytes at the first newline and checks the header; the body is not yet verified. */
export function splitBackup(plain: Uint8Array): { header: BackupHeader; body: Uint8Array } {
  const newline = plain.indexOf(0x0a);
  if (newline < 0) throw new BackupFileError(plain.length === 0 ? BACKUP_ERRORS.truncated : BACKUP_ERRORS.badHeader);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain.subarray(0, newline)));
  } catch {
    throw new BackupFileError(BACKUP_ERRORS.badHeader);
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupFileError(BACKUP_ERRORS.notBackup);
  }
  const header = backupHeaderSchema.safeParse(json);
  if (!header.success) throw new BackupFileError(BACKUP_ERRORS.badHeader);
  return { header: header.data, body: plain.subarray(newline + 1) };
}

/** Throws unless the body has the length and hash its header promises. */
export function checkBody(header: BackupHeader, body: Uint8Array, sha256Hex: string): void {
  checkBodyDigest(header, body.length, sha256Hex);
}

/** The same check for a body that was hashed as it streamed past and never held whole. */
export function checkBodyDigest(header: BackupHeader, bodyBytes: number, sha256Hex: string): void {
  if (bodyBytes !== header.bodyBytes || sha256Hex !== header.bodySha256) throw new BackupFileError(BACKUP_ERRORS.checksum);
}

/** The header line (with its newline) for a body. */
export function headerLine(header: BackupHeader): string {
  return `${JSON.stringify(header)}\n`;
}

export function newerSchemaMessage(found: number, supported: number): string {
  return `This backup comes from a newer version of Tandem (data version ${found}; this version reads up to ${supported}). Update Tandem, then restore it.`;
}
