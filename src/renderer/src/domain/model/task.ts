import { z } from 'zod';
import { newId } from '../ids';
import { hatSchema } from './hat';
import { dayField, idSchema, minutesField, optionalText, requiredText } from './fields';

// A to-do. projectId null means the inbox. `order` sorts tasks within their list (fractional
// values let a drag insert between two neighbours without renumbering).

export const TASK_STATUSES = ['todo', 'doing', 'waiting', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  todo: 'To do',
  doing: 'Doing',
  waiting: 'Waiting on client',
  done: 'Done',
};

/** The assignee value for the user themself; any other value is a Teammate id. */
export const ASSIGNEE_ME = 'me';

export const taskSchema = z.object({
  id: idSchema.default(() => newId()),
  title: requiredText('Title', 300),
  notes: optionalText('Notes'),
  projectId: z.string().min(1, 'Choose a project').nullable().default(null),
  hat: hatSchema.default('production'),
  estimateMinutes: minutesField('Estimate').optional(),
  due: dayField('Due date').optional(),
  status: z.enum(TASK_STATUSES, { error: 'Choose a status' }).default('todo'),
  assignee: z.string().min(1, 'Choose who does it').default(ASSIGNEE_ME),
  order: z.number({ error: 'Order must be a number' }).finite('Order must be a number').default(0),
  /** local day it was marked done; kept by the repository, used by client updates ("done this week") */
  doneAt: dayField('Done date').optional(),
});
export type Task = z.infer<typeof taskSchema>;
export type TaskInput = z.input<typeof taskSchema>;
