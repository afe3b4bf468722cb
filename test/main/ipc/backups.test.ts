import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dialog, invoke, resetFakeElectron } from '../fake-electron';
import { registerBackupHandlers } from '../../../src/main/ipc/backups';
import { createBackupStore } from '../../../src/main/services/backups/backup-store';
import { unwrapIpcResult } from '../../../src/shared/ipc';
import { backupBytes } from '../services/backups/backup-bytes';
import { diskFullOps } from '../services/backups/disk-full-ops';

vi.mock('electron', () => import('../fake-electron'));

const APP_URL = 'app://tandem/index.html';
let dir: string;

// The fake dialog module has no file dialogs; these stand in for the user's choice.
const showOpenDialog = vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>>();
const showSaveDialog = vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>();
Object.assign(dialog, { showOpenDialog, showSaveDialog });

beforeEach(() => {
  resetFakeElectron();
  // Answers a test queued and did not use must not reach the next test.
  showOpenDialog.mockReset();
  showSaveDialog.mockReset();
  dir = mkdtempSync(join(tmpdir(), 'tandem-ipc-backups-'));
  registerBackupHandlers(createBackupStore(join(dir, 'backups')), () => null);
});
afterEach(() => {
  onPlatform(REAL_PLATFORM);
  rmSync(dir, { recursive: true, force: true });
});

const REAL_PLATFORM = process.platform;
function onPlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
}

describe('backup handlers', () => {
  it('write, list and read a backup for the app itself', async () => {
    const bytes = backupBytes({ clients: 2 });
    const written = await invoke('backups:write', APP_URL, { bytes, reason: 'manual' });
    expect(written).toMatchObject({
      ok: true,
      value: { storedIn: 'folder', backup: { reason: 'manual', counts: { clients: 2 } } },
    });
    const listed = await invoke('backups:list', APP_URL);
    expect(listed).toMatchObject({ ok: true, value: [{ reason: 'manual' }] });
    const id = (listed as { value: { id: string }[] }).value[0]?.id;
    expect(await invoke('backups:read', APP_URL, id)).toEqual({ ok: true, value: bytes });
  });

  it('refuses other senders and payloads that are not a backup or name a path', async () => {
    expect(await invoke('backups:list', 'https://evil.example/')).toMatchObject({ ok: false });
    expect(await invoke('backups:write', APP_URL, { bytes: 'not bytes', reason: 'manual' })).toMatchObject({ ok: false });
    expect(await invoke('backups:write', APP_URL, { bytes: backupBytes({}), reason: 'because' })).toMatchObject({ ok: false });
    expect(await invoke('backups:read', APP_URL, '../../../etc/passwd')).toMatchObject({
      ok: false,
      error: expect.stringContaining('invalid payload'),
    });
    expect(
      await invoke('files:save', APP_URL, { purpose: 'csv', suggestedName: '/etc/cron.d/x', bytes: new Uint8Array() }),
    ).toMatchObject({ ok: false });
  });

  it('opens the file the user picks in the dialog, and answers null when cancelled', async () => {
    const file = join(dir, 'toggl.csv');
    writeFileSync(file, 'User,Project\n');
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(await invoke('files:open', APP_URL, 'csv')).toEqual({
      ok: true,
      value: { name: 'toggl.csv', bytes: new Uint8Array(readFileSync(file)) },
    });
    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await invoke('files:open', APP_URL, 'csv')).toEqual({ ok: true, value: null });
    expect(await invoke('files:open', APP_URL, '/etc/passwd')).toMatchObject({ ok: false });
  });

  it('saves where the user chose, atomically, and reports a cancel', async () => {
    const target = join(dir, 'time.csv');
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const bytes = new TextEncoder().encode('Date,Hours\r\n2026-03-20,1.50\r\n');
    expect(await invoke('files:save', APP_URL, { purpose: 'csv', suggestedName: 'time.csv', bytes })).toEqual({
      ok: true,
      value: true,
    });
    expect(readFileSync(target, 'utf8')).toBe('Date,Hours\r\n2026-03-20,1.50\r\n');
    showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await invoke('files:save', APP_URL, { purpose: 'export', suggestedName: 'all.json', bytes })).toEqual({
      ok: true,
      value: false,
    });
  });

  it('opens and saves calendar files with their own dialog titles and .ics filters', async () => {
    const file = join(dir, 'team.ics');
    writeFileSync(file, 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(await invoke('files:open', APP_URL, 'ics')).toMatchObject({ ok: true, value: { name: 'team.ics' } });
    expect(showOpenDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ filters: [{ name: 'Calendar files', extensions: ['ics'] }] }),
    );
    const target = join(dir, 'week.ics');
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const bytes = new TextEncoder().encode('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(await invoke('files:save', APP_URL, { purpose: 'ics', suggestedName: 'tandem-week-2026-11-30.ics', bytes })).toEqual({
      ok: true,
      value: true,
    });
    expect(showSaveDialog).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'Export the week as a calendar file' }));
    expect(readFileSync(target, 'utf8')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });

  it('tells the renderer, word for word, that the disk is full, and stores nothing', async () => {
    registerBackupHandlers(createBackupStore(join(dir, 'full'), { fileOps: diskFullOps }), () => null);
    const reply = await invoke('backups:write', APP_URL, { bytes: backupBytes({ clients: 2 }), reason: 'manual' });
    const sentence = 'The disk is full: this backup was not written. Your data is safe.';
    expect(reply).toEqual({ ok: false, error: sentence });
    // The preload rethrows the reply as this error; the Backups screen's toast shows its message.
    expect(() => unwrapIpcResult(reply)).toThrow(new Error(sentence));
    expect(readdirSync(join(dir, 'full'))).toEqual([]);
  });
});

describe('saving over an existing file', () => {
  const bytes = new TextEncoder().encode('{"formatName":"dexie"}');
  const request = { purpose: 'export', suggestedName: 'all.json', bytes } as const;

  it('asks first where the system dialog does not, and writes nothing when the user declines', async () => {
    onPlatform('linux');
    const target = join(dir, 'all.json');
    writeFileSync(target, 'the previous export');
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target }).mockResolvedValueOnce({ canceled: true });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await invoke('files:save', APP_URL, request)).toEqual({ ok: true, value: false });
    expect(readFileSync(target, 'utf8')).toBe('the previous export');
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: '“all.json” already exists. Do you want to replace it?',
        buttons: ['Replace', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      }),
    );
    // Declining goes back to the save dialog, at the file the user had picked.
    expect(showSaveDialog).toHaveBeenCalledTimes(2);
    expect(showSaveDialog).toHaveBeenLastCalledWith(expect.objectContaining({ defaultPath: target }));
  });

  it('asks only about a file that exists, and replaces it when the user confirms', async () => {
    onPlatform('linux');
    const target = join(dir, 'all.json');
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await invoke('files:save', APP_URL, { ...request, bytes: new TextEncoder().encode('first') })).toEqual({
      ok: true,
      value: true,
    });
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(await invoke('files:save', APP_URL, request)).toEqual({ ok: true, value: true });
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(readFileSync(target, 'utf8')).toBe('{"formatName":"dexie"}');
  });

  it('asks itself on Linux only: the macOS and Windows dialogs have already asked', async () => {
    const target = join(dir, 'all.json');
    const asked: Partial<Record<NodeJS.Platform, number>> = {};
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      onPlatform(platform);
      writeFileSync(target, 'the previous export');
      dialog.showMessageBox.mockClear();
      // On macOS and Windows the dialog returns an existing path only once the user chose to replace it.
      showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      expect(await invoke('files:save', APP_URL, request)).toEqual({ ok: true, value: true });
      asked[platform] = dialog.showMessageBox.mock.calls.length;
      expect(readFileSync(target, 'utf8')).toBe('{"formatName":"dexie"}');
    }
    expect(asked).toEqual({ linux: 1, darwin: 0, win32: 0 });
  });
});
