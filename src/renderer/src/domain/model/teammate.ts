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

/**
 * The other teammate who has `teammate`'s name, whatever the case: two of one name could not be told
 * apart in any list or picker, so a name is taken when another teammate has it.
 */
export function teammateWithNameOf(team: readonly Teammate[], teammate: Teammate): Teammate | undefined {
  const name = teammate.name.toLocaleLowerCase();
  return team.find((other) => other.id !== teammate.id && other.name.toLocaleLowerCase() === name);
}
