import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invoke, resetFakeElectron, shell } from '../fake-electron';
import { registerBackupFolderHandler } from '../../../src/main/ipc/backup-folder';

vi.mock('electron', () => import('../fake-electron'));

const APP_URL = 'app://tandem/index.html';
// The fake shell has no openPath; this stands in for the file manager ('' is Electron's success).
const openPath = vi.fn<(path: string) => Promise<string>>();
Object.assign(shell, { openPath });

let dir: string;
let folder: string;

beforeEach(() => {
  resetFakeElectron();
  openPath.mockResolvedValue('');
  dir = mkdtempSync(join(tmpdir(), 'tandem-ipc-backup-folder-'));
  folder = join(dir, 'backups');
  registerBackupFolderHandler(folder);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('backups:open-folder', () => {
  it("opens main's own backups folder in the file manager", async () => {
    mkdirSync(folder);
    expect(await invoke('backups:open-folder', APP_URL)).toEqual({ ok: true, value: undefined });
    expect(openPath.mock.calls).toEqual([[folder]]);
  });

  it('takes no path from the page, and refuses other senders', async () => {
    mkdirSync(folder);
    expect(await invoke('backups:open-folder', APP_URL, '/etc')).toMatchObject({
      ok: false,
      error: expect.stringContaining('invalid payload'),
    });
    expect(await invoke('backups:open-folder', 'https://evil.example/')).toMatchObject({ ok: false });
    expect(openPath).not.toHaveBeenCalled();
  });

  it('says there are no backups yet when the folder is missing, and creates nothing', async () => {
    expect(await invoke('backups:open-folder', APP_URL)).toEqual({
      ok: false,
      error: 'Tandem has not made any backups on this computer yet.',
    });
    expect(openPath).not.toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("passes on the file manager's refusal as a message", async () => {
    mkdirSync(folder);
    openPath.mockResolvedValueOnce('Failed to open path');
    expect(await invoke('backups:open-folder', APP_URL)).toEqual({
      ok: false,
      error: 'The backups folder could not be opened: Failed to open path',
    });
  });
});
