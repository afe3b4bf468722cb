import { beforeAll, describe, expect, it } from 'vitest';
import { inspectBackup } from '../../../../src/main/services/backups/backup-codec';
import { scanBackup } from '../../../../src/main/services/backups/backup-scan';
import { BACKUP_ERRORS, MAX_BACKUP_BODY_BYTES, headerLine, tooLargeMessage } from '../../../../src/shared/backup-format';
import { backupFile, exportBody, headerFor } from './backup-bytes';
import { countingSource, gzipBomb } from './gzip-bomb';

const MiB = 1024 * 1024;
/** zlib's input buffer (64 KiB) and a little: what a scan that stops at once has pulled of its source. */
const PULL_BOUND = 96 * 1024;

/** A sound backup of about `mib` MiB of body: rows padded with a long note. */
function backupOfSize(mib: number): { bytes: Uint8Array; bodyBytes: number } {
  const note = 'Call with the client about the spring campaign; notes follow. '.repeat(4);
  const rows = Math.ceil((mib * MiB) / (note.length + 20));
  const body = exportBody({ timeEntries: rows }, note);
  return { bytes: backupFile(headerFor(body, { timeEntries: rows }), body), bodyBytes: body.length };
}

/** Runs `work` and counts the turns of the event loop (setImmediate callbacks) until it settles. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const turn = () => {
    if (!running) return;
    turns += 1;
    setImmediate(turn);
  };
  setImmediate(turn);
  try {
    return { result: await work(), turns };
  } finally {
    running = false;
  }
}

// A genuine-looking header declaring a small body, then 200 MiB of zeros (about 200 KB gzipped);
// and the same zeros with no header line at all.
const bombBody = exportBody({ clients: 2 });
const bombHeader = headerFor(bombBody, { clients: 2 });
let bomb: Uint8Array;
let headerless: Uint8Array;
beforeAll(async () => {
  bomb = await gzipBomb(headerLine(bombHeader), 200);
  headerless = await gzipBomb('', 200);
});

describe('checking a backup in main', () => {
  it('stops a gzip bomb at the size its header declares and reports it damaged', async () => {
    expect(bomb.length).toBeLessThan(MiB);
    await expect(inspectBackup(bomb)).rejects.toThrow(BACKUP_ERRORS.overlong);
  });

  it('inflates no more of a bomb than it needs to see that it is one', async () => {
    // Each compressed KB here holds about 1 MiB of zeros. Stopping at once means pulling only what
    // zlib buffers ahead (its 64 KiB input buffer) of a bomb of about 200 KB.
    const { source, pulled } = countingSource(bomb, 1024);
    await expect(scanBackup(source)).rejects.toThrow(BACKUP_ERRORS.overlong);
    expect(bomb.length).toBeGreaterThan(PULL_BOUND * 2);
    expect(pulled()).toBeLessThan(PULL_BOUND);
  });

  it('stops a stream with no header line after the header limit', async () => {
    const { source, pulled } = countingSource(headerless, 1024);
    await expect(scanBackup(source)).rejects.toThrow(BACKUP_ERRORS.badHeader);
    expect(pulled()).toBeLessThan(PULL_BOUND);
  });

  it('refuses, as too large, a backup whose declared body is over the ceiling, before unpacking it', async () => {
    const { bytes, bodyBytes } = backupOfSize(2);
    expect(bodyBytes).toBeGreaterThan(MiB);
    await expect(inspectBackup(bytes, { maxBodyBytes: MiB })).rejects.toThrow(tooLargeMessage(MiB));
    expect(tooLargeMessage(MiB)).toBe(
      'The backup file is too large: it unpacks to more than 1 MB, the most Tandem opens. Choose another backup.',
    );
    // The default ceiling is 1 GiB: a header declaring one byte more is refused on sight.
    const body = exportBody({ clients: 1 });
    const claimsTooMuch = backupFile(headerFor(body, { clients: 1 }, { bodyBytes: MAX_BACKUP_BODY_BYTES + 1 }), body);
    await expect(inspectBackup(claimsTooMuch)).rejects.toThrow('it unpacks to more than 1 GB');
  });

  it('refuses a header whose counts disagree with the body, though the body matches its checksum', async () => {
    const body = exportBody({ clients: 2, timeEntries: 10 });
    const lying = backupFile(headerFor(body, { clients: 2, timeEntries: 1_000_000 }), body);
    await expect(inspectBackup(lying)).rejects.toThrow(BACKUP_ERRORS.counts);
    const missingTable = backupFile(headerFor(body, { clients: 2 }), body);
    await expect(inspectBackup(missingTable)).rejects.toThrow(BACKUP_ERRORS.counts);
    const notAnExport = new TextEncoder().encode('{"formatName":"dexie","note":"no table list"}');
    await expect(inspectBackup(backupFile(headerFor(notAnExport, {}), notAnExport))).rejects.toThrow(BACKUP_ERRORS.counts);
  });

  it('unpacks and hashes a large backup a chunk per turn of the event loop, so main keeps running', async () => {
    const { bytes } = backupOfSize(8);
    const { result, turns } = await turnsDuring(() => inspectBackup(bytes));
    expect(result.counts).toEqual({ timeEntries: expect.any(Number) });
    // 8 MiB in 64 KiB chunks is 128 chunks; a synchronous check lets no turn run at all.
    expect(turns).toBeGreaterThanOrEqual(32);
  });

  it('reads only the header of a stored backup when listing it, however large the rest', async () => {
    const { source, pulled } = countingSource(bomb, 1024);
    expect(await scanBackup(source, { headerOnly: true })).toEqual(bombHeader);
    expect(pulled()).toBeLessThan(PULL_BOUND);
  });
});
