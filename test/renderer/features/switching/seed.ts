import { db } from '../../../../src/renderer/src/db/db';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { timeBlocksRepo } from '../../../../src/renderer/src/db/repositories/time-blocks-repo';
import type { Hat } from '../../../../src/renderer/src/domain/model/hat';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { localDateAt } from '../../../../src/renderer/src/domain/time/wall-clock';
import { seedWorld } from '../../db/helpers';

// The Switching tests' week, seen on Wednesday 18 March 2026 at 10:00 (the tests freeze Date there).

export const TODAY = toDayKey('2026-03-18');

type Slot = [project: 'web' | 'app' | 'ads', start: string, minutes: number, hat?: Hat];

/**
 * The small world (Acme: WEB, APP; Globex: ADS) with three logged days of the week of 16 March:
 * Monday a focused morning (2 switches), Tuesday alternating all morning (5 switches), Wednesday
 * (today) one entry so far; a deep-work block planned each of those days.
 */
export async function seedWeek() {
  const world = await seedWorld(db);
  const ids = { web: world.web.id, app: world.app.id, ads: world.ads.id };
  const log = async (day: string, slots: Slot[]) => {
    for (const [project, start, minutes, hat] of slots) {
      const [hours, mins] = start.split(':').map(Number);
      await timeEntriesRepo(db).create({
        projectId: ids[project],
        day,
        startedAt: localDateAt(toDayKey(day), (hours ?? 0) * 60 + (mins ?? 0)).toISOString(),
        minutes,
        hat: hat ?? 'production',
      });
    }
  };
  await log('2026-03-16', [
    ['web', '09:00', 150],
    ['app', '11:30', 30, 'account'],
    ['web', '13:00', 90],
  ]);
  await log('2026-03-17', [
    ['web', '09:00', 30],
    ['ads', '09:30', 30, 'account'],
    ['web', '10:00', 30],
    ['ads', '10:30', 30, 'account'],
    ['app', '11:00', 30, 'project'],
    ['web', '11:30', 30],
  ]);
  await log('2026-03-18', [['web', '08:00', 90]]);
  for (const day of ['2026-03-16', '2026-03-17', '2026-03-18']) {
    await timeBlocksRepo(db).create({
      day,
      startMinute: 540,
      endMinute: 720,
      kind: 'deep_work',
      projectId: ids.web,
      title: 'Build',
    });
  }
  return world;
}
