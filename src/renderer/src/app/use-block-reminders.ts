import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { db } from '../db/db';
import { reminderDay, type ReminderDay } from '../db/queries/reminders-day';
import { upcomingReminders } from '../domain/plan/reminders';
import type { TimeBlock } from '../domain/model/time-block';
import { addDays, dayKeyOf } from '../domain/time/day-key';
import { localDateAt } from '../domain/time/wall-clock';
import { platform } from '../platform/platform';

// Desktop notifications five minutes before today's blocks start. One timeout per upcoming block,
// rescheduled whenever today's blocks or the setting change; each block (at its start time) is
// reminded once. A timeout that fires late (the machine slept) past the block's start stays silent.

function useToday(): ReturnType<typeof dayKeyOf> {
  const [today, setToday] = useState(() => dayKeyOf(new Date()));
  useEffect(() => {
    const untilMidnight = localDateAt(addDays(today, 1), 0).getTime() - Date.now();
    const handle = setTimeout(() => setToday(dayKeyOf(new Date())), Math.max(1000, untilMidnight + 1000));
    return () => clearTimeout(handle);
  }, [today]);
  return today;
}

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
    const handles = upcomingReminders(new Date(), day.blocks, true, describe)
      .filter((reminder) => !shown.current.has(reminder.key))
      .map((reminder) =>
        setTimeout(() => {
          const block = day.blocks.find((candidate) => candidate.id === reminder.blockId);
          // Worded at the moment it shows, so a late timeout still says how long is left.
          const [now] = block ? upcomingReminders(new Date(), [block], true, describe) : [];
          if (!now || shown.current.has(reminder.key)) return;
          shown.current.add(reminder.key);
          platform.showNotification({ title: now.title, body: now.body }).catch(() => {
            // A reminder that cannot be shown is not worth an error on screen.
          });
        }, reminder.at - Date.now()),
      );
    return () => handles.forEach(clearTimeout);
  }, [day]);
}
