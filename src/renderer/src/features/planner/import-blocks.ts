import type { TandemDb } from '../../db/db';
import { timeBlocksRepo } from '../../db/repositories/time-blocks-repo';
import type { TimeBlock } from '../../domain/model/time-block';

export interface ImportedBlocks {
  /** the blocks written */
  added: TimeBlock[];
  /** how many were in the plan already (same id: imported or exported before) */
  existing: number;
}

/**
 * Writes imported blocks in ONE transaction through the repository: a block that fails validation
 * aborts them all, so a bad file changes nothing. Blocks already in the plan are left as they are
 * (the person may have moved or linked them since).
 */
export function saveImportedBlocks(db: TandemDb, blocks: readonly TimeBlock[]): Promise<ImportedBlocks> {
  const repo = timeBlocksRepo(db);
  // the repository's scope: it reads this computer's person from settings to stamp each block
  return db.transaction('rw', [db.timeBlocks, db.projects, db.tasks, db.settings], async () => {
    const found = await db.timeBlocks.bulkGet(blocks.map((block) => block.id));
    const fresh = blocks.filter((_, index) => found[index] === undefined);
    const added: TimeBlock[] = [];
    for (const block of fresh) added.push(await repo.create(block));
    return { added, existing: blocks.length - fresh.length };
  });
}
