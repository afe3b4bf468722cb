import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import {
  BACKUP_ERRORS,
  BackupFileError,
  MAX_BACKUP_BODY_BYTES,
  checkBodyDigest,
  splitBackup,
  tooLargeMessage,
} from '@shared/backup-format';
import type { BackupHeader } from '@shared/backup-format';
import { exportTableCounts, sameCounts } from './export-counts';

// A backup read as a stream: zlib inflates in its thread pool and hands back one chunk per turn of
// the event loop; main only hashes each chunk (well under a millisecond), so checking a 200 MB backup
// never stalls the window, and the body is never held whole. Output is bounded by the header, read
// first: no more than the body size it declares, which may not exceed the ceiling. (zlib's own
// `maxOutputLength` applies only to its one-shot functions, so the bound is counted here, per chunk:
// a gzip bomb stops one chunk past its declared size.)

/** The header is the first line; a real one is well under 1 KB. */
export const MAX_HEADER_BYTES = 64 * 1024;
/** How much of the body's start is kept to read its table list (a few KB in practice). */
const BODY_START_BYTES = 64 * 1024;
/** zlib's output chunk: the unit of work main does between two turns of the event loop. */
const CHUNK_BYTES = 64 * 1024;

export interface ScanOptions {
  /** the largest body to unpack (tests pass a small one) */
  maxBodyBytes?: number;
  /** stop once the header is read: listing a backup needs no more */
  headerOnly?: boolean;
}

/** Follows the plain bytes as they stream: header first, then the body's length, hash and start. */
class PlainReader {
  header: BackupHeader | undefined;
  private head: Buffer = Buffer.alloc(0);
  private bodyBytes = 0;
  private readonly hash = createHash('sha256');
  private readonly bodyStart: Uint8Array[] = [];
  private bodyStartBytes = 0;

  constructor(private readonly maxBodyBytes: number) {}

  push(chunk: Buffer): void {
    if (this.header) return this.pushBody(chunk);
    this.head = Buffer.concat([this.head, chunk]);
    const newline = this.head.indexOf(0x0a);
    if (newline < 0) {
      if (this.head.length > MAX_HEADER_BYTES) throw new BackupFileError(BACKUP_ERRORS.badHeader);
      return;
    }
    const { header, body } = splitBackup(this.head);
    if (header.bodyBytes > this.maxBodyBytes) throw new BackupFileError(tooLargeMessage(this.maxBodyBytes));
    this.header = header;
    this.head = Buffer.alloc(0);
    this.pushBody(body);
  }

  private pushBody(chunk: Uint8Array): void {
    this.bodyBytes += chunk.length;
    if (this.bodyBytes > (this.header?.bodyBytes ?? 0)) throw new BackupFileError(BACKUP_ERRORS.overlong);
    this.hash.update(chunk);
    if (this.bodyStartBytes < BODY_START_BYTES) {
      this.bodyStart.push(chunk.subarray(0, BODY_START_BYTES - this.bodyStartBytes));
      this.bodyStartBytes += this.bodyStart.at(-1)?.length ?? 0;
    }
  }

  /** The header, once the body has its declared length and hash and the counts it declares. */
  finish(): BackupHeader {
    // No newline came: splitBackup names what is wrong (nothing at all, or no header line).
    const header = this.header ?? splitBackup(this.head).header;
    checkBodyDigest(header, this.bodyBytes, this.hash.digest('hex'));
    const counts = exportTableCounts(Buffer.concat(this.bodyStart));
    if (!counts || !sameCounts(counts, header.counts)) throw new BackupFileError(BACKUP_ERRORS.counts);
    return header;
  }
}

function isZlibError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('Z_')
  );
}

/**
 * Reads a gzip'd backup from `source` and returns its header once the whole file checks out (or,
 * with `headerOnly`, as soon as the header is read). Throws BackupFileError for every kind of damage.
 */
export async function scanBackup(source: Readable, options: ScanOptions = {}): Promise<BackupHeader> {
  const reader = new PlainReader(options.maxBodyBytes ?? MAX_BACKUP_BODY_BYTES);
  let checked: BackupHeader | undefined;
  try {
    await pipeline(source, createGunzip({ chunkSize: CHUNK_BYTES }), async (plain: AsyncIterable<Buffer>) => {
      for await (const chunk of plain) {
        reader.push(chunk);
        if (options.headerOnly && reader.header) return; // ends the pipeline early, by design
      }
      checked = reader.finish();
    });
  } catch (error) {
    if (options.headerOnly && reader.header) return reader.header;
    // zlib's errors (Z_BUF_ERROR, Z_DATA_ERROR…) mean the file is cut short or corrupt; a file that
    // cannot be read at all (ENOENT, EACCES) is not damage, and keeps its own error.
    if (isZlibError(error)) throw new BackupFileError(BACKUP_ERRORS.truncated);
    throw error;
  }
  const header = checked ?? reader.header; // the header alone when the pipeline ended just as it was read
  if (!header) throw new BackupFileError(BACKUP_ERRORS.truncated);
  return header;
}
