import { z } from 'zod';
import { newId } from '../ids';
import { dayField, idSchema, intInRange, minorAmount, minutesField, requiredText } from './fields';

// The parts a project is planned and re-scoped with. Estimates are minutes; amounts are minor
// units in the client's currency.

export const milestoneSchema = z.object({
  id: idSchema.default(() => newId()),
  name: requiredText('Milestone name'),
  due: dayField('Due date'),
  doneAt: dayField('Done date').optional(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const SCOPE_ITEM_STATUSES = ['planned', 'in_scope', 'done', 'dropped'] as const;
export const scopeItemSchema = z.object({
  id: idSchema.default(() => newId()),
  title: requiredText('Title', 300),
  estimateMinutes: minutesField('Estimate'),
  status: z.enum(SCOPE_ITEM_STATUSES, { error: 'Choose a status' }).default('planned'),
});
export type ScopeItem = z.infer<typeof scopeItemSchema>;

export const CHANGE_REQUEST_STATUSES = ['asked', 'estimated', 'approved', 'declined'] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

export const changeRequestSchema = z
  .object({
    id: idSchema.default(() => newId()),
    title: requiredText('Title', 300),
    estimateMinutes: minutesField('Estimate').prefault(0),
    amount: minorAmount('Amount').prefault(0),
    status: z.enum(CHANGE_REQUEST_STATUSES, { error: 'Choose a status' }).default('asked'),
    askedAt: dayField('Asked on'),
    /** the client-side person who said yes or no */
    decidedBy: z.string().trim().max(120, 'Decided by must be at most 120 characters').optional(),
    decidedAt: dayField('Decided on').optional(),
    communicatedAt: dayField('Communicated on').optional(),
  })
  .superRefine((request, ctx) => {
    const decided = request.status === 'approved' || request.status === 'declined';
    if (decided && !request.decidedAt) {
      ctx.addIssue({ code: 'custom', path: ['decidedAt'], message: 'Add the day it was decided' });
    }
    if (request.decidedAt && request.decidedAt < request.askedAt) {
      ctx.addIssue({ code: 'custom', path: ['decidedAt'], message: 'It cannot be decided before it was asked' });
    }
  });
export type ChangeRequest = z.infer<typeof changeRequestSchema>;

export const retainerTermsSchema = z.object({
  allowanceMinutesPerMonth: minutesField('Monthly allowance', { min: 1 }),
  /** unused minutes carry into the next cycle */
  rollover: z.boolean().default(false),
  /** the day of the month a cycle starts; 1–28 so every month has it */
  cycleStartDay: intInRange('Cycle start day', 1, 28).default(1),
});
export type RetainerTerms = z.infer<typeof retainerTermsSchema>;
