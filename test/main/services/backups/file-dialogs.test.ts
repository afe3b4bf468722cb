import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dialog, resetFakeElectron } from '../../fake-electron';
import { saveFileWithDialog } from '../../../../src/main/services/backups/file-dialogs';
import { diskFullOps } from './disk-full-ops';

vi.mock('electron', () => import('../../fake-electron'));

let dir: string;
beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(join(tmpdir(), 'tandem-save-dialog-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('saving a file the user chose', () => {
  it('says the disk is full instead of ENOSPC, and leaves no partial file', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'time.csv') });
    const request = { purpose: 'csv', suggestedName: 'time.csv', bytes: new TextEncoder().encode('Date,Hours\r\n') } as const;
    await expect(saveFileWithDialog(request, null, diskFullOps)).rejects.toThrow(
      /^The disk is full: the file was not saved\. Your data is safe\.$/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
