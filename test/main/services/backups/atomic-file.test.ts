import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { rename } from 'node:fs/promises';
import { open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../src/main/services/backups/atomic-file';
import type { AtomicFileOps } from '../../../../src/main/services/backups/atomic-file';
import { diskFullOps } from './disk-full-ops';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-backup-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const previous = new TextEncoder().encode('the previous backup');
const next = new TextEncoder().encode('the next backup, a good deal longer than the previous one');

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const file = join(dir, 'backup.json.gz');
    writeFileSync(file, previous);
    await writeFileAtomic(file, next);
    expect(readFileSync(file)).toEqual(Buffer.from(next));
    expect(readdirSync(dir)).toEqual(['backup.json.gz']);
  });

  it('leaves the previous file intact when the write stops half way (disk full, crash)', async () => {
    const file = join(dir, 'backup.json.gz');
    writeFileSync(file, previous);
    await expect(writeFileAtomic(file, next, diskFullOps)).rejects.toThrow('ENOSPC');
    expect(readFileSync(file)).toEqual(Buffer.from(previous));
    expect(readdirSync(dir)).toEqual(['backup.json.gz']);
  });

  it('never touches the target before the final rename: a process killed mid-write leaves it whole', async () => {
    const file = join(dir, 'backup.json.gz');
    writeFileSync(file, previous);
    let seenDuringWrite: Buffer | undefined;
    const watching: AtomicFileOps = {
      rm,
      open,
      rename: (async (from: string, to: string) => {
        // Everything before the rename has happened: the target still holds the old bytes.
        seenDuringWrite = readFileSync(to);
        expect(readdirSync(dir).some((name) => name.endsWith('.tmp'))).toBe(true);
        throw new Error('killed');
      }) as typeof rename,
    };
    await expect(writeFileAtomic(file, next, watching)).rejects.toThrow('killed');
    expect(seenDuringWrite).toEqual(Buffer.from(previous));
    expect(readFileSync(file)).toEqual(Buffer.from(previous));
  });
});
