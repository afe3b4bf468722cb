import { z } from 'zod';
import { newId } from '../ids';
import { dayField, idSchema, minorAmount, minutesField, reference, requiredText } from './fields';
import { changeRequestSchema, milestoneSchema, retainerTermsSchema, scopeItemSchema } from './project-parts';

// A project belongs to one client and is billed in that client's currency. Budgets are minutes
// and/or minor units; approved change requests add to them (the baseline, computed elsewhere).

export const PROJECT_STATUSES = ['planned', 'active', 'on_hold', 'done'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const BILLING_TYPES = ['time_and_materials', 'fixed_fee', 'retainer', 'non_billable'] as const;
export type BillingType = (typeof BILLING_TYPES)[number];

/** 2–8 letters or digits, stored upper-case; unique across projects (checked by the repository). */
export const projectCodeSchema = z
  .string({ error: 'Code is required' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{2,8}$/, 'Code must be 2–8 letters or digits');

export const projectSchema = z
  .object({
    id: idSchema.default(() => newId()),
    clientId: reference('client'),
    name: requiredText('Name', 120),
    code: projectCodeSchema,
    status: z.enum(PROJECT_STATUSES, { error: 'Choose a status' }).default('planned'),
    billing: z.enum(BILLING_TYPES, { error: 'Choose how the project is billed' }),
    budgetMinutes: minutesField('Budget hours').optional(),
    /** minor units in the client's currency */
    budgetAmount: minorAmount('Budget amount').optional(),
    retainer: retainerTermsSchema.optional(),
    /** minor units per hour; when absent the settings' default rate applies */
    defaultRate: minorAmount('Default rate').optional(),
    startDay: dayField('Start date').optional(),
    endDay: dayField('End date').optional(),
    milestones: z.array(milestoneSchema).default([]),
    scopeItems: z.array(scopeItemSchema).default([]),
    changeRequests: z.array(changeRequestSchema).default([]),
    archived: z.boolean().default(false),
  })
  .superRefine((project, ctx) => {
    if (project.billing === 'retainer' && !project.retainer) {
      ctx.addIssue({ code: 'custom', path: ['retainer'], message: 'A retainer needs its monthly allowance' });
    }
    if (project.startDay && project.endDay && project.endDay < project.startDay) {
      ctx.addIssue({ code: 'custom', path: ['endDay'], message: 'End date must be on or after the start date' });
    }
  });
export type Project = z.infer<typeof projectSchema>;
export type ProjectInput = z.input<typeof projectSchema>;
