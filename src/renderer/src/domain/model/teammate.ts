import { z } from 'zod';
import { newId } from '../ids';
import { idSchema, minorAmount, optionalText, requiredText } from './fields';

// Someone tasks can be handed to. costRate: minor units per hour in the home currency.
export const teammateSchema = z.object({
  id: idSchema.default(() => newId()),
  name: requiredText('Name', 120),
  role: optionalText('Role', 120),
  costRate: minorAmount('Cost rate').prefault(0),
});
export type Teammate = z.infer<typeof teammateSchema>;
export type TeammateInput = z.input<typeof teammateSchema>;
