import { z } from 'zod';
import { newId } from '../ids';
import { dayField, idSchema, instantField, optionalText, reference } from './fields';

// A client update: generated from what happened in the period, edited (Markdown), marked sent.
export const updateDraftSchema = z
  .object({
    id: idSchema.default(() => newId()),
    clientId: reference('client'),
    periodStart: dayField('Period start'),
    periodEnd: dayField('Period end'),
    body: optionalText('Body', 200_000),
    status: z.enum(['draft', 'sent']).default('draft'),
    sentAt: instantField('Sent at').optional(),
  })
  .superRefine((draft, ctx) => {
    if (draft.periodEnd < draft.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'Period end must be on or after its start' });
    }
    if (draft.status === 'sent' && !draft.sentAt) {
      ctx.addIssue({ code: 'custom', path: ['sentAt'], message: 'A sent update needs the time it was sent' });
    }
  });
export type UpdateDraft = z.infer<typeof updateDraftSchema>;
export type UpdateDraftInput = z.input<typeof updateDraftSchema>;
