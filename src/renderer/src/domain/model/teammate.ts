import { z } from 'zod';
import { newId } from '../ids';
import { costRateHistorySchema } from './cost-rate';
import { idSchema, optionalText, requiredText } from './fields';

// Someone tasks can be handed to. costRates: minor units per hour in the home currency, each from
// the day it starts (domain/model/cost-rate.ts).
export const teammateSchema = z.object({
  id: idSchema.default(() => newId()),
  name: requiredText('Name', 120),
  role: optionalText('Role', 120),
  costRates: costRateHistorySchema.default([]),
});
export type Teammate = z.infer<typeof teammateSchema>;
export type TeammateInput = z.input<typeof teammateSchema>;
