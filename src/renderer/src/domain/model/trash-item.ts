import { z } from 'zod';
import { idSchema, instantField, requiredText } from './fields';

// A deletion that can be undone: the removed record, every dependent removed with it, and the
// references that were cleared in records that stayed (so restore can put them back).

export const TRASHABLE_TABLES = [
  'clients',
  'projects',
  'timeEntries',
  'expenses',
  'tasks',
  'timeBlocks',
  'updateDrafts',
  'teammates',
  'timer',
  'imports',
  'invoices',
  'payments',
] as const;
export type TrashableTable = (typeof TRASHABLE_TABLES)[number];

export const clearedLinkSchema = z.object({
  table: z.enum(TRASHABLE_TABLES),
  recordId: z.string().min(1),
  field: z.string().min(1),
  /** the value that was removed; for array fields (block taskIds) the element that was taken out */
  value: z.string(),
  kind: z.enum(['value', 'arrayElement']),
  /** where an array element stood, so restore puts it back in place */
  index: z.int().min(0).optional(),
});
export type ClearedLink = z.infer<typeof clearedLinkSchema>;

export const trashPayloadSchema = z.object({
  /** removed records per table, as they were stored */
  records: z.partialRecord(z.enum(TRASHABLE_TABLES), z.array(z.record(z.string(), z.unknown()))),
  cleared: z.array(clearedLinkSchema).default([]),
});
export type TrashPayload = z.infer<typeof trashPayloadSchema>;

export const trashItemSchema = z.object({
  id: idSchema,
  /** the table of the record the user deleted */
  table: z.enum(TRASHABLE_TABLES),
  recordId: z.string().min(1),
  /** what the user sees in the trash list: 'Project "Website relaunch" and 214 time entries' */
  label: requiredText('Label', 300),
  deletedAt: instantField('Deleted at'),
  payload: trashPayloadSchema,
});
export type TrashItem = z.infer<typeof trashItemSchema>;
