import { BACKUP_ERRORS, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupFileError, checkBody, headerLine, looksGzipped, splitBackup } from '@shared/backup-format';
import type { BackupHeader } from '@shared/backup-format';
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

export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    return await streamBytes(streamOf(bytes).pipeThrough(new DecompressionStream('gzip')));
  } catch {
    throw new BackupFileError(BACKUP_ERRORS.truncated);
  }
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

/** Opens a backup file and checks it whole (gzip, header, checksum); throws BackupFileError. */
export async function decodeBackupFile(bytes: Uint8Array): Promise<{ header: BackupHeader; body: Uint8Array }> {
  if (!looksGzipped(bytes)) throw new BackupFileError(BACKUP_ERRORS.notBackup);
  const { header, body } = splitBackup(await gunzip(bytes));
  checkBody(header, body, await sha256Hex(body));
  return { header, body };
}
