import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { db } from '../db/db';
import { reminderDay, type ReminderDay } from '../db/queries/reminders-day';
import { upcomingReminders } from '../domain/plan/reminders';
import type { TimeBlock } from '../domain/model/time-block';
import { readClock } from '../platform/clock';
import { platform } from '../platform/platform';
import { useToday } from '../stores/use-clock';

// Desktop notifications five minutes before today's blocks start. One timeout per upcoming block,
// rescheduled whenever today's blocks or the setting change; each block (at its start time) is
// reminded once. A timeout that fires late (the machine slept) past the block's start stays silent.
// The day rolls over with the app's clock (stores/clock-store.ts), on waking past midnight too.

function contextOf(day: ReminderDay) {
  return (block: Pick<TimeBlock, 'id'>) => {
    const full = day.blocks.find((candidate) => candidate.id === block.id);
    return full?.projectId ? day.projectNames.get(full.projectId) : undefined;
  };
}

export function useBlockReminders(): void {
  const today = useToday();
  const day = useLiveQuery(() => reminderDay(db, today), [today], undefined);
  const shown = useRef(new Set<string>());

  useEffect(() => {
    if (!day?.enabled) return;
    const describe = contextOf(day);
    const handles = upcomingReminders(readClock(), day.blocks, true, describe)
      .filter((reminder) => !shown.current.has(reminder.key))
      .map((reminder) =>
        setTimeout(() => {
          const block = day.blocks.find((candidate) => candidate.id === reminder.blockId);
          // Worded at the moment it shows, so a late timeout still says how long is left.
          const [now] = block ? upcomingReminders(readClock(), [block], true, describe) : [];
          if (!now || shown.current.has(reminder.key)) return;
          shown.current.add(reminder.key);
          platform.showNotification({ title: now.title, body: now.body }).catch(() => {
            // A reminder that cannot be shown is not worth an error on screen.
          });
        }, reminder.at - readClock().getTime()),
      );
    return () => handles.forEach(clearTimeout);
  }, [day]);
}
