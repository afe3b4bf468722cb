// Reordering a task list. `order` is a number sorting tasks within their list; a move gives the
// moved task the midpoint between its new neighbours, so one record is written. When the
// neighbours' orders leave no room (equal, or the midpoint rounds onto one of them after many
// moves to the same spot), the whole list is renumbered instead.

export interface Ordered {
  id: string;
  order: number;
}

export type Placement = { kind: 'order'; order: number } | { kind: 'renumber'; ids: string[] };

/** Where `movingId` goes when put just before or after `anchorId`; null when either is missing or they are the same. */
export function placeNextTo(
  list: readonly Ordered[],
  movingId: string,
  anchorId: string,
  side: 'before' | 'after',
): Placement | null {
  if (movingId === anchorId || !list.some((item) => item.id === movingId)) return null;
  const rest = [...list].sort((a, b) => a.order - b.order).filter((item) => item.id !== movingId);
  const anchorIndex = rest.findIndex((item) => item.id === anchorId);
  if (anchorIndex < 0) return null;
  const at = side === 'before' ? anchorIndex : anchorIndex + 1;
  const previous = rest[at - 1];
  const next = rest[at];
  if (previous && next) {
    const order = (previous.order + next.order) / 2;
    if (previous.order < order && order < next.order) return { kind: 'order', order };
    const ids = rest.map((item) => item.id);
    ids.splice(at, 0, movingId);
    return { kind: 'renumber', ids };
  }
  if (previous) return { kind: 'order', order: previous.order + 1 };
  if (next) return { kind: 'order', order: next.order - 1 };
  return { kind: 'order', order: 0 };
}

/**
 * Moves a task to position `toIndex` of the shown (possibly filtered) list: it lands just before
 * the task shown there when moving up, just after it when moving down, whatever hidden tasks of
 * the full list lie between.
 */
export function placeAtShownIndex(
  list: readonly Ordered[],
  shownIds: readonly string[],
  movingId: string,
  toIndex: number,
): Placement | null {
  const fromIndex = shownIds.indexOf(movingId);
  const anchorId = shownIds[toIndex];
  if (fromIndex < 0 || anchorId === undefined || toIndex === fromIndex) return null;
  return placeNextTo(list, movingId, anchorId, toIndex < fromIndex ? 'before' : 'after');
}
