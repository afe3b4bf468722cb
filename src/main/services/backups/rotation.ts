// Which backups to keep: the 3 newest of today, the newest of each of the last 14 days, the newest
// of each of the last 8 weeks (7-day spans counted back from today), the newest backup whatever
// its age, and every backup marked kept. Days are local calendar days of the machine. Pure.

export interface RotationItem {
  id: string;
  createdAt: Date;
  /** kept beside a much smaller later backup: never deleted by rotation */
  kept: boolean;
}

export const KEEP_TODAY = 3;
export const KEEP_DAYS = 14;
export const KEEP_WEEKS = 8;

/** A local calendar day as a number, so that "days ago" ignores hours and daylight saving. */
function dayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);
}

export function backupsToKeep(items: readonly RotationItem[], now: Date): Set<string> {
  const newestFirst = [...items].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set<string>();
  const today = dayNumber(now);
  let todayCount = 0;
  const days = new Set<number>();
  const weeks = new Set<number>();
  newestFirst.forEach((item, index) => {
    const daysAgo = today - dayNumber(item.createdAt);
    if (item.kept || index === 0 || daysAgo < 0) {
      keep.add(item.id); // marked, the very newest, or dated ahead of a clock that went back
    }
    if (daysAgo === 0 && todayCount < KEEP_TODAY) {
      todayCount += 1;
      keep.add(item.id);
    }
    if (daysAgo >= 0 && daysAgo < KEEP_DAYS && !days.has(daysAgo)) {
      days.add(daysAgo);
      keep.add(item.id);
    }
    const week = Math.floor(daysAgo / 7);
    if (daysAgo >= 0 && week < KEEP_WEEKS && !weeks.has(week)) {
      weeks.add(week);
      keep.add(item.id);
    }
  });
  return keep;
}

export function backupsToDelete(items: readonly RotationItem[], now: Date): string[] {
  const keep = backupsToKeep(items, now);
  return items.filter((item) => !keep.has(item.id)).map((item) => item.id);
}
