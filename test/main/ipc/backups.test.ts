import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dialog, invoke, resetFakeElectron } from '../fake-electron';
import { registerBackupHandlers } from '../../../src/main/ipc/backups';
import { createBackupStore } from '../../../src/main/services/backups/backup-store';
import { backupBytes } from '../services/backups/backup-bytes';

vi.mock('electron', () => import('../fake-electron'));

const APP_URL = 'app://tandem/index.html';
let dir: string;

// The fake dialog module has no file dialogs; these stand in for the user's choice.
const showOpenDialog = vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>>();
const showSaveDialog = vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>();
Object.assign(dialog, { showOpenDialog, showSaveDialog });

beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(join(tmpdir(), 'tandem-ipc-backups-'));
  registerBackupHandlers(createBackupStore(join(dir, 'backups')), () => null);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('backup handlers', () => {
  it('write, list and read a backup for the app itself', async () => {
    const bytes = backupBytes({ clients: 2 });
    const written = await invoke('backups:write', APP_URL, { bytes, reason: 'manual' });
    expect(written).toMatchObject({ ok: true, value: { storedIn: 'folder', backup: { reason: 'manual', counts: { clients: 2 } } } });
    const listed = await invoke('backups:list', APP_URL);
    expect(listed).toMatchObject({ ok: true, value: [{ reason: 'manual' }] });
    const id = (listed as { value: { id: string }[] }).value[0]?.id;
    expect(await invoke('backups:read', APP_URL, id)).toEqual({ ok: true, value: bytes });
  });

  it('refuses other senders and payloads that are not a backup or name a path', async () => {
    expect(await invoke('backups:list', 'https://evil.example/')).toMatchObject({ ok: false });
    expect(await invoke('backups:write', APP_URL, { bytes: 'not bytes', reason: 'manual' })).toMatchObject({ ok: false });
    expect(await invoke('backups:write', APP_URL, { bytes: backupBytes({}), reason: 'because' })).toMatchObject({ ok: false });
    expect(await invoke('backups:read', APP_URL, '../../../etc/passwd')).toMatchObject({ ok: false, error: expect.stringContaining('invalid payload') });
    expect(await invoke('files:save', APP_URL, { purpose: 'csv', suggestedName: '/etc/cron.d/x', bytes: new Uint8Array() })).toMatchObject({ ok: false });
  });

  it('opens the file the user picks in the dialog, and answers null when cancelled', async () => {
    const file = join(dir, 'toggl.csv');
    writeFileSync(file, 'User,Project\n');
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(await invoke('files:open', APP_URL, 'csv')).toEqual({ ok: true, value: { name: 'toggl.csv', bytes: new Uint8Array(readFileSync(file)) } });
    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await invoke('files:open', APP_URL, 'csv')).toEqual({ ok: true, value: null });
    expect(await invoke('files:open', APP_URL, '/etc/passwd')).toMatchObject({ ok: false });
  });

  it('saves where the user chose, atomically, and reports a cancel', async () => {
    const target = join(dir, 'time.csv');
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const bytes = new TextEncoder().encode('Date,Hours\r\n2026-03-20,1.50\r\n');
    expect(await invoke('files:save', APP_URL, { purpose: 'csv', suggestedName: 'time.csv', bytes })).toEqual({ ok: true, value: true });
    expect(readFileSync(target, 'utf8')).toBe('Date,Hours\r\n2026-03-20,1.50\r\n');
    showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await invoke('files:save', APP_URL, { purpose: 'export', suggestedName: 'all.json', bytes })).toEqual({ ok: true, value: false });
  });

  it('opens and saves calendar files with their own dialog titles and .ics filters', async () => {
    const file = join(dir, 'team.ics');
    writeFileSync(file, 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(await invoke('files:open', APP_URL, 'ics')).toMatchObject({ ok: true, value: { name: 'team.ics' } });
    expect(showOpenDialog).toHaveBeenLastCalledWith(expect.objectContaining({ filters: [{ name: 'Calendar files', extensions: ['ics'] }] }));
    const target = join(dir, 'week.ics');
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const bytes = new TextEncoder().encode('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(await invoke('files:save', APP_URL, { purpose: 'ics', suggestedName: 'tandem-week-2026-11-30.ics', bytes })).toEqual({ ok: true, value: true });
    expect(showSaveDialog).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'Export the week as a calendar file' }));
    expect(readFileSync(target, 'utf8')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
});
