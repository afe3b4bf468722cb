import {
  BACKUP_ERRORS,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFileError,
  MAX_BACKUP_BODY_BYTES,
  checkBody,
  headerLine,
  looksGzipped,
  splitBackup,
  tooLargeMessage,
} from '@shared/backup-format';
import type { BackupHeader } from '@shared/backup-format';
import { concatBytes } from '@shared/bytes';
import type { BackupReason } from '@shared/api';

// Building and opening backup files in the renderer, with the browser's own gzip streams and
// WebCrypto (both also in Electron's renderer and in Node for tests).

async function streamBytes(stream: ReadableStream<Uint8Array<ArrayBuffer>>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A one-chunk stream (Blob#stream is missing in some test environments). */
function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return streamBytes(streamOf(bytes).pipeThrough(new CompressionStream('gzip')));
}

export interface BackupContents {
  schemaVersion: number;
  counts: Record<string, number>;
  reason: BackupReason;
  createdAt: Date;
}

/** A complete backup file for a database export body. */
export async function encodeBackupFile(body: Uint8Array, contents: BackupContents): Promise<Uint8Array> {
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app: 'Tandem',
    schemaVersion: contents.schemaVersion,
    createdAt: contents.createdAt.toISOString(),
    reason: contents.reason,
    counts: contents.counts,
    bodyBytes: body.length,
    bodySha256: await sha256Hex(body),
  };
  const head = new TextEncoder().encode(headerLine(header));
  const plain = new Uint8Array(head.length + body.length);
  plain.set(head);
  plain.set(body, head.length);
  return gzip(plain);
}

/** The header line is short: a file whose first 64 KiB unpack to no line at all is not a backup. */
const HEADER_LINE_LIMIT = 64 * 1024;

/**
 * Unpacks a backup chunk by chunk and stops as soon as it outgrows the size its header declares (or
 * MAX_BACKUP_BODY_BYTES): a decompression bomb chosen in "Restore from a file…" never fills memory.
 */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const reader = streamOf(bytes).pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  let limit = HEADER_LINE_LIMIT;
  let headerSeen = false;
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      chunks.push(next.value);
      length += next.value.length;
      if (!headerSeen && next.value.includes(0x0a)) {
        const plain = concatBytes(chunks, length);
        const { header } = splitBackup(plain);
        if (header.bodyBytes > MAX_BACKUP_BODY_BYTES) throw new BackupFileError(tooLargeMessage(MAX_BACKUP_BODY_BYTES));
        headerSeen = true;
        limit = plain.indexOf(0x0a) + 1 + header.bodyBytes;
      }
      if (length > limit) throw new BackupFileError(headerSeen ? BACKUP_ERRORS.overlong : BACKUP_ERRORS.badHeader);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error instanceof BackupFileError ? error : new BackupFileError(BACKUP_ERRORS.truncated);
  }
  return concatBytes(chunks, length);
}

/** Opens a backup file and checks it whole (gzip, header, checksum); throws BackupFileError. */
export async function decodeBackupFile(bytes: Uint8Array): Promise<{ header: BackupHeader; body: Uint8Array }> {
  if (!looksGzipped(bytes)) throw new BackupFileError(BACKUP_ERRORS.notBackup);
  const { header, body } = splitBackup(await gunzip(bytes));
  checkBody(header, body, await sha256Hex(body));
  return { header, body };
}
