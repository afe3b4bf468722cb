import { appendFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

// An append-only text file that never grows past `maxBytes`: when the next write would pass it, the
// file becomes name.1 (name.1 becomes name.2, …) and the oldest beyond `keep` is deleted. Writes are
// queued and asynchronous, so logging never blocks main, and one failing write (disk full, folder
// removed) is dropped without throwing: the log must never be what brings the app down. No console
// output on failure either: a closed stderr would itself throw.

export interface RotatingFileOptions {
  file: string;
  /** rotate before a write would take the file past this size */
  maxBytes: number;
  /** rotated files kept beside the current one (at least 1) */
  keep: number;
}

export interface RotatingFile {
  /** Queues `text` to be appended; never throws. */
  append(text: string): void;
  /** Resolves once every queued write has been tried. */
  flushed(): Promise<void>;
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}

async function renameIfPresent(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

export function createRotatingFile({ file, maxBytes, keep }: RotatingFileOptions): RotatingFile {
  let queue: Promise<void> = Promise.resolve();
  // Learnt from the disk on the first write, then counted; forgotten after a failure.
  let size: number | null = null;

  async function rotate(): Promise<void> {
    await rm(`${file}.${keep}`, { force: true });
    for (let index = keep - 1; index >= 1; index -= 1) await renameIfPresent(`${file}.${index}`, `${file}.${index + 1}`);
    await renameIfPresent(file, `${file}.1`);
  }

  async function write(text: string): Promise<void> {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (size === null) {
      await mkdir(dirname(file), { recursive: true });
      size = await sizeOf(file);
    }
    if (size > 0 && size + bytes > maxBytes) {
      await rotate();
      size = 0;
    }
    await appendFile(file, text, 'utf8');
    size += bytes;
  }

  return {
    append(text) {
      queue = queue
        .then(() => write(text))
        .catch(() => {
          size = null;
        });
    },
    flushed: () => queue,
  };
}
