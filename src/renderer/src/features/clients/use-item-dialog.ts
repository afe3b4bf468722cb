import { useCallback, useState } from 'react';

/**
 * Which item a card's dialog edits: `undefined` while closed, `null` for a new item, else the item.
 * Cards use it for contacts, check-ins and opportunities alike.
 */
export function useItemDialog<T>() {
  const [editing, setEditing] = useState<T | null | undefined>(undefined);
  const close = useCallback(() => setEditing(undefined), []);
  const openNew = useCallback(() => setEditing(null), []);
  return { editing, open: editing !== undefined, openNew, openEdit: setEditing, close };
}
