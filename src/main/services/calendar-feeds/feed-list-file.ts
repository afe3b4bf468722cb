import { readFile, rename } from 'node:fs/promises';
import { z } from 'zod';
import { FEED_COLOURS } from '@shared/calendar-feeds';
import { writeFileAtomic } from '../backups/atomic-file';

// The feed list on disk (userData/calendar-feeds/feeds.json), private to main: the addresses are
// secrets, so they never go to IndexedDB, backups or the renderer. Written atomically, like backups.

const storedFeedSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1),
  colour: z.enum(FEED_COLOURS),
  address: z.string().min(1),
  /** ISO instant of the last good copy (kept beside the list as <id>.ics) */
  refreshedAt: z.string().nullable(),
  /** the last refresh's failure in plain words; null after a good one */
  error: z.string().nullable(),
});
export type StoredFeed = z.infer<typeof storedFeedSchema>;

const listFileSchema = z.object({ version: z.literal(1), feeds: z.array(storedFeedSchema) });

/** The stored feeds; none when there is no file yet. An unreadable file is moved aside, not overwritten. */
export async function readFeedList(path: string): Promise<StoredFeed[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  try {
    return listFileSchema.parse(JSON.parse(text)).feeds;
  } catch {
    const aside = `${path}.unreadable-${Date.now()}`;
    await rename(path, aside);
    console.warn(`Calendar feeds: the list could not be read and was kept as ${aside}`);
    return [];
  }
}

export async function writeFeedList(path: string, feeds: readonly StoredFeed[]): Promise<void> {
  const text = `${JSON.stringify({ version: 1, feeds }, null, 2)}\n`;
  await writeFileAtomic(path, new TextEncoder().encode(text));
}
