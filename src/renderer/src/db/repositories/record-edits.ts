import type { EntityTable } from 'dexie';
import type { z } from 'zod';
import { validate } from '../../domain/validation';
import { mustGet } from './lookups';

// Small helpers for "load, change, validate the whole record, save" and for the lists kept inside
// a record (a client's contacts, a project's milestones).

/**
 * Reads the record, applies `change`, validates the result against `schema` and saves it, in one
 * transaction on that table (or the caller's). The id never changes.
 */
export async function editRecord<T extends { id: string }>(
  table: EntityTable<T, 'id'>,
  what: string,
  schema: z.ZodType<T, unknown>,
  id: string,
  change: (current: T) => object,
): Promise<T> {
  const typed = table.db.table<T, string>(table.name); // same table, keyed by its string id
  return table.db.transaction('rw', table, async () => {
    const current = await mustGet(what, id, (key) => typed.get(key));
    const next = validate(schema, { ...change(current), id: current.id });
    await typed.put(next);
    return next;
  });
}

/** A new list item, or changes to an existing one (by id, other fields optional). */
export type ItemInput<S extends z.ZodType> = z.input<S> | (Partial<z.input<S>> & { id: string });

/**
 * Validates one list item on its own (so a form gets 'email', not 'contacts.2.email') and returns
 * the list with it replaced (same id, fields merged) or appended.
 */
export function upsertItem<S extends z.ZodType<{ id: string }, unknown>>(
  items: readonly z.output<S>[],
  schema: S,
  input: object & { id?: string },
): { items: z.output<S>[]; item: z.output<S> } {
  const existing = input.id === undefined ? undefined : items.find((candidate) => candidate.id === input.id);
  const item = validate(schema, existing ? { ...existing, ...input } : input);
  const next = existing ? items.map((candidate) => (candidate.id === item.id ? item : candidate)) : [...items, item];
  return { items: next, item };
}

export function removeItem<T extends { id: string }>(items: readonly T[], id: string): T[] {
  return items.filter((item) => item.id !== id);
}

/** The item with `id` from a list just saved (it is there: the save validated and stored it). */
export function savedItem<T extends { id: string }>(items: readonly T[], id: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`Item ${id} was not saved`);
  return item;
}
