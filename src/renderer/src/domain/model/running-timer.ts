import { z } from 'zod';
import { hatSchema } from './hat';
import { instantField, optionalText, reference } from './fields';

// The one running timer (id 'running'). It is stored, so it survives a restart; stopping it turns
// it into a TimeEntry.
export const RUNNING_TIMER_ID = 'running';

export const runningTimerSchema = z.object({
  id: z.literal(RUNNING_TIMER_ID).default(RUNNING_TIMER_ID),
  projectId: reference('project'),
  taskId: z.string().min(1).optional(),
  hat: hatSchema,
  startedAt: instantField('Start'),
  note: optionalText('Note', 2000),
  billable: z.boolean(),
});
export type RunningTimer = z.infer<typeof runningTimerSchema>;
export type RunningTimerInput = z.input<typeof runningTimerSchema>;
