import { timeBlockSchema, type TimeBlock } from '../model/time-block';
import { err, ok, type Result } from '../result';
import { expandIcsEvents, type IcsExpansion, type IcsRange } from './ics-expand';

// Meetings from an .ics file as blocks for the days shown: every timed occurrence in the range,
// recurring meetings expanded for those days only (see ics-expand for the rules and the counts).

export interface IcsImport extends Omit<IcsExpansion, 'events'> {
  blocks: TimeBlock[];
  /** how many of the blocks are instances of recurring meetings (other weeks need their own import) */
  recurring: number;
}

/** Reads an .ics text into blocks for `range`, or one clear message; nothing is half-read. */
export function importIcs(text: string, range: IcsRange): Result<IcsImport> {
  const expanded = expandIcsEvents(text, range);
  if (!expanded.ok) return expanded;
  const { events, ...counts } = expanded.value;
  const blocks: TimeBlock[] = [];
  for (const event of events) {
    const parsed = timeBlockSchema.safeParse({ ...event, taskIds: [] });
    if (!parsed.success) {
      return err(`The event “${event.title.slice(0, 40)}” cannot be a block (${parsed.error.issues[0]?.message ?? 'invalid'}).`);
    }
    blocks.push(parsed.data);
  }
  return ok({ ...counts, blocks, recurring: events.filter((event) => event.recurring).length });
}
