import { vi, type Mock } from 'vitest';
import type { BackupWriteRequest, BackupWriteResult, FilePurpose, PickedFile, SaveFileRequest, TandemApi } from '../../../../src/shared/api';

// Stands in for platform/platform in component tests (import it through vi.hoisted, then
// vi.mock the platform module to return it): the desktop shell, with calls recorded.

type FakedCalls = 'getAppInfo' | 'onMenuCommand' | 'listBackups' | 'writeBackup' | 'readBackup' | 'openFile' | 'saveFile';

export const platform: { [Call in FakedCalls]: Mock<TandemApi[Call]> } = {
  getAppInfo: vi.fn(),
  onMenuCommand: vi.fn(() => () => undefined),
  listBackups: vi.fn(async () => [] as Awaited<ReturnType<TandemApi['listBackups']>>),
  writeBackup: vi.fn(async (request: BackupWriteRequest): Promise<BackupWriteResult> => ({
    backup: {
      id: `tandem-backup-20260320T100000000Z-${request.reason}.json.gz`,
      createdAt: '2026-03-20T10:00:00.000Z',
      sizeBytes: request.bytes.byteLength,
      schemaVersion: 2,
      counts: {},
      reason: request.reason,
      kept: false,
    },
    storedIn: 'folder',
  })),
  readBackup: vi.fn(async (_id: string): Promise<Uint8Array> => new Uint8Array()),
  openFile: vi.fn(async (_purpose: FilePurpose): Promise<PickedFile | null> => null),
  saveFile: vi.fn(async (_request: SaveFileRequest): Promise<boolean> => true),
};

/** Back to the default answers. */
export function resetPlatform(): void {
  for (const fn of Object.values(platform)) fn.mockClear();
  platform.listBackups.mockResolvedValue([]);
}
