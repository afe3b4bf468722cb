import type { TrashItem } from '../../domain/model/trash-item';
import type { TandemDb } from '../db';

/** Trash items, newest first. */
export function listTrash(db: TandemDb): Promise<TrashItem[]> {
  return db.trash.orderBy('deletedAt').reverse().toArray();
}
