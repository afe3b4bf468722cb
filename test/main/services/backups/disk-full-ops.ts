import { open, rename, rm } from 'node:fs/promises';
import type { AtomicFileOps } from '../../../../src/main/services/backups/atomic-file';

/** File operations on a disk that fills up half way through writing a file, as Node reports it. */
export const diskFullOps: AtomicFileOps = {
  rename,
  rm,
  open: (async (...args: Parameters<typeof open>) => {
    const handle = await open(...args);
    return Object.assign(handle, {
      writeFile: async (data: Uint8Array) => {
        await handle.write(data.subarray(0, data.length / 2));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
          errno: -28,
          syscall: 'write',
        });
      },
    });
  }) as typeof open,
};
