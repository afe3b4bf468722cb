import { z } from 'zod';
import { ASSIGNEE_ME } from './task';

// People (docs/product.md, "People"): who logged an entry or planned a block. A person is the agency's
// owner (the user who set Tandem up) or a teammate, by the teammate's id. The owner's id is the same
// word on every device, so the owner's entries stay the owner's when a teammate's computer syncs them.
// Records saved before people existed have no personId: they are the owner's.

export const OWNER_PERSON_ID = 'owner';
/** How the owner is named where people are listed (settings hold no name of the owner's own). */
export const OWNER_PERSON_NAME = 'Agency owner';

export const personIdSchema = z.string({ error: 'Choose a person' }).min(1, 'Choose a person').max(100, 'Choose a person');

/** The person of an entry or block; a record from before people is the owner's. */
export function personOf(record: { personId?: string | undefined }): string {
  return record.personId ?? OWNER_PERSON_ID;
}

/**
 * Which records a view shows: one person's ("Mine": this device's person) or everyone's (undefined).
 * Budgets, invoices and reports always count everyone.
 */
export type PersonFilter = string | undefined;

export function isShown(record: { personId?: string | undefined }, filter: PersonFilter): boolean {
  return filter === undefined || personOf(record) === filter;
}

/** A task's assignee value for a person: tasks name the owner 'me' (they did before people existed). */
export function assigneeOf(personId: string): string {
  return personId === OWNER_PERSON_ID ? ASSIGNEE_ME : personId;
}
