import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRotatingFile } from '../../../../src/main/services/log/rotating-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-log-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const line = (index: number) => `record ${String(index).padStart(3, '0')} ${'x'.repeat(29)}\n`; // 40 bytes

describe('createRotatingFile', () => {
  it('creates its folder and appends in order', async () => {
    const file = join(dir, 'logs', 'main.log');
    const log = createRotatingFile({ file, maxBytes: 1000, keep: 3 });
    log.append(line(1));
    log.append(line(2));
    await log.flushed();
    expect(readFileSync(file, 'utf8')).toBe(line(1) + line(2));
  });

  it('rotates before a write would pass the limit, keeping three old files and deleting the oldest', async () => {
    const file = join(dir, 'main.log');
    const log = createRotatingFile({ file, maxBytes: 100, keep: 3 }); // two 40-byte lines a file
    for (let index = 1; index <= 11; index += 1) log.append(line(index));
    await log.flushed();
    expect(readdirSync(dir).sort()).toEqual(['main.log', 'main.log.1', 'main.log.2', 'main.log.3']);
    expect(readFileSync(file, 'utf8')).toBe(line(11));
    expect(readFileSync(`${file}.1`, 'utf8')).toBe(line(9) + line(10));
    expect(readFileSync(`${file}.2`, 'utf8')).toBe(line(7) + line(8));
    expect(readFileSync(`${file}.3`, 'utf8')).toBe(line(5) + line(6));
    for (const name of readdirSync(dir)) expect(readFileSync(join(dir, name)).byteLength).toBeLessThanOrEqual(100);
  });

  it('counts what an earlier run left in the file', async () => {
    const file = join(dir, 'main.log');
    writeFileSync(file, line(0) + line(0));
    const log = createRotatingFile({ file, maxBytes: 100, keep: 3 });
    log.append(line(1));
    await log.flushed();
    expect(readFileSync(`${file}.1`, 'utf8')).toBe(line(0) + line(0));
    expect(readFileSync(file, 'utf8')).toBe(line(1));
  });

  it('never throws when it cannot write, and writes again once it can', async () => {
    const blocker = join(dir, 'logs');
    writeFileSync(blocker, 'a file where the folder should be');
    const file = join(blocker, 'main.log');
    const log = createRotatingFile({ file, maxBytes: 100, keep: 3 });
    expect(() => log.append(line(1))).not.toThrow();
    await expect(log.flushed()).resolves.toBeUndefined();

    rmSync(blocker);
    log.append(line(2));
    await log.flushed();
    expect(readFileSync(file, 'utf8')).toBe(line(2));
  });
});
