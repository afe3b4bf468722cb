// Which backups to keep: the 3 newest of today, the newest of each of the last 14 days, the newest
// of each of the last 8 weeks (7-day spans counted back from today), the newest backup whatever
// its age, and every backup marked kept. Days are local calendar days of the machine. Pure.
// A damaged backup (its body disagrees with its header) fills none of those places, so it never
// pushes out a good one; it is left for the user until it is older than the weekly span, since a
// wrong verdict must never cost a backup sooner than its age would.

export interface RotationItem {
  id: string;
  createdAt: Date;
  /** kept beside a much smaller later backup: never deleted by rotation */
  kept: boolean;
  /** found damaged: takes no place among those kept */
  damaged?: boolean;
}

export const KEEP_TODAY = 3;
export const KEEP_DAYS = 14;
export const KEEP_WEEKS = 8;

/** A local calendar day as a number, so that "days ago" ignores hours and daylight saving. */
function dayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);
}

export function backupsToKeep(items: readonly RotationItem[], now: Date): Set<string> {
  const keep = new Set<string>();
  const today = dayNumber(now);
  for (const item of items) {
    const daysAgo = today - dayNumber(item.createdAt);
    if (item.damaged && (item.kept || daysAgo < KEEP_WEEKS * 7)) keep.add(item.id);
  }
  const newestFirst = items.filter((item) => !item.damaged).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
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

/**
 * Which unchecked backups must be checked whole before rotation deletes anything. None when every
 * deletion would stand even if all the unchecked ones it keeps were damaged. Otherwise those whose
 * damage alone would spare a deletion, or, when it takes more than one to spare it, all of them;
 * the caller checks them and asks again with what it learnt.
 */
export function backupsToCheck(items: readonly RotationItem[], unchecked: ReadonlySet<string>, now: Date): string[] {
  const doomed = backupsToDelete(items, now);
  const suspects = items.filter((item) => unchecked.has(item.id) && !item.damaged && !doomed.includes(item.id));
  const spares = (assumedDamaged: readonly RotationItem[]) => {
    const still = new Set(
      backupsToDelete(
        items.map((item) => (assumedDamaged.includes(item) ? { ...item, damaged: true } : item)),
        now,
      ),
    );
    return doomed.some((id) => !still.has(id));
  };
  if (!spares(suspects)) return [];
  const alone = suspects.filter((suspect) => spares([suspect]));
  return (alone.length > 0 ? alone : suspects).map((item) => item.id);
}
