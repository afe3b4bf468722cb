// A full disk is the one write failure a user can act on, so it gets a sentence of its own instead
// of Node's "ENOSPC: no space left on device, write". Both writers leave nothing half-written (the
// atomic write removes its temp file), which is why the sentences can say the data is safe.

export const DISK_FULL_BACKUP = 'The disk is full: this backup was not written. Your data is safe.';
export const DISK_FULL_SAVE = 'The disk is full: the file was not saved. Your data is safe.';

/** ENOSPC: no space left; EDQUOT: the user's quota of it is used up, which to them is the same. */
export function isDiskFull(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** Runs `write`, turning a full disk into `message`; every other failure passes through unchanged. */
export async function reportingDiskFull<T>(message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isDiskFull(error)) throw new Error(message, { cause: error });
    throw error;
  }
}
