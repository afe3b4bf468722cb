import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomicSync } from '../../../src/main/services/atomic-write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomicSync', () => {
  it('replaces the file and leaves no temp file behind', () => {
    const file = join(dir, 'state.json');
    writeFileSync(file, 'old');
    writeFileAtomicSync(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it('writes bytes as they are', () => {
    const file = join(dir, 'report.pdf');
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a]);
    writeFileAtomicSync(file, bytes);
    expect([...readFileSync(file)]).toEqual([...bytes]);
  });

  it('leaves the target untouched and removes its temp file when the final rename fails', () => {
    // A non-empty directory cannot be replaced by rename, so the write fails at its last step.
    const target = join(dir, 'occupied');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'kept');

    expect(() => writeFileAtomicSync(target, 'new')).toThrow();
    expect(readdirSync(dir)).toEqual(['occupied']);
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('kept');
  });
});
