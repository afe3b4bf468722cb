import { z } from 'zod';
import { newId } from '../ids';
import { dayField, idSchema, intInRange, optionalText } from './fields';
import { personIdSchema } from './person';

// A planned block on the day grid: wall-clock minutes from local midnight, so a daylight-saving
// change never moves it. endMinute 1440 means "until midnight".

export const BLOCK_KINDS = ['deep_work', 'client', 'pm_admin', 'meeting', 'break'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export const BLOCK_KIND_LABELS: Record<BlockKind, string> = {
  deep_work: 'Deep work',
  client: 'Client time',
  pm_admin: 'PM / admin',
  meeting: 'Meeting',
  break: 'Break',
};

export const timeBlockSchema = z
  .object({
    id: idSchema.default(() => newId()),
    day: dayField('Day'),
    startMinute: intInRange('Start', 0, 1439),
    endMinute: intInRange('End', 1, 1440),
    kind: z.enum(BLOCK_KINDS, { error: 'Choose a kind of block' }),
    projectId: z.string().min(1).optional(),
    taskIds: z.array(z.string().min(1)).default([]),
    title: optionalText('Title', 200),
    /** whose plan it is: the device's person when made (domain/model/person.ts); absent: the owner */
    personId: personIdSchema.optional(),
  })
  .refine((block) => block.endMinute > block.startMinute, {
    message: 'End must be after start',
    path: ['endMinute'],
  });
export type TimeBlock = z.infer<typeof timeBlockSchema>;
export type TimeBlockInput = z.input<typeof timeBlockSchema>;
