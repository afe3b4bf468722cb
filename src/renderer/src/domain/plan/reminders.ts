import { BLOCK_KIND_LABELS, type TimeBlock } from '../model/time-block';
import { clockText, localDateAt } from '../time/wall-clock';

// When to remind the person that a block is about to start: five minutes before it, on the real
// clock (a block is wall-clock, so its start instant is found on its own day, daylight saving included).

export const REMINDER_LEAD_MINUTES = 5;

export interface BlockReminder {
  /** changes when the block moves, so a moved block is reminded again */
  key: string;
  blockId: string;
  /** when to show it (ms since the epoch); `now` when the block starts within the lead already */
  at: number;
  /** when the block starts (ms since the epoch) */
  startsAt: number;
  title: string;
  body: string;
}

type ReminderBlock = Pick<TimeBlock, 'id' | 'day' | 'startMinute' | 'endMinute' | 'kind' | 'title'>;

/** The notification's text; `minutesLeft` is counted at the moment it is shown. */
export function reminderText(block: ReminderBlock, minutesLeft: number, context?: string): { title: string; body: string } {
  const name = block.title || BLOCK_KIND_LABELS[block.kind];
  const when = minutesLeft <= 0 ? 'starts now' : `starts in ${minutesLeft} minute${minutesLeft === 1 ? '' : 's'}`;
  const detail = [block.title ? BLOCK_KIND_LABELS[block.kind] : null, context].filter(Boolean).join(' · ');
  return {
    title: `${name} at ${clockText(block.startMinute)}`,
    body: `${detail ? `${detail} · ` : ''}${clockText(block.startMinute)}–${clockText(block.endMinute)}, ${when}`,
  };
}

/**
 * The reminders still to show for these blocks, earliest first: one per block that has not started
 * yet. Off when the setting is off. `describe` adds context to the text (e.g. the project's name).
 */
export function upcomingReminders(
  now: Date,
  blocks: readonly ReminderBlock[],
  enabled: boolean,
  describe?: (block: ReminderBlock) => string | undefined,
): BlockReminder[] {
  if (!enabled) return [];
  const nowMs = now.getTime();
  return blocks
    .map((block) => {
      const startsAt = localDateAt(block.day, block.startMinute).getTime();
      const at = Math.max(nowMs, startsAt - REMINDER_LEAD_MINUTES * 60_000);
      const minutesLeft = Math.round((startsAt - at) / 60_000);
      return {
        key: `${block.id}@${block.day}T${block.startMinute}`,
        blockId: block.id,
        at,
        startsAt,
        ...reminderText(block, minutesLeft, describe?.(block)),
      };
    })
    .filter((reminder) => reminder.startsAt > nowMs)
    .sort((a, b) => a.at - b.at || a.startsAt - b.startsAt);
}
