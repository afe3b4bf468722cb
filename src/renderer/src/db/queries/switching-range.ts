import type { Project } from '../../domain/model/project';
import type { Settings } from '../../domain/model/settings';
import { clientLookup } from '../../domain/switching/client-switches';
import { plannedByDay } from '../../domain/switching/plan-figures';
import type { SwitchingRangeInput } from '../../domain/switching/range-summary';
import { TREND_DAYS } from '../../domain/switching/range-series';
import { addDays } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { readSettings } from '../repositories/lookups';
import { blocksForDayRange } from './plan';

// The Switching screen's range: daySwitching rows (one per worked day, by primary key range, from
// 6 days before `from` for the trailing average), the plan's figures for the same days computed
// from the blocks (few: about six a working day), and the projects named in the rows (for their
// clients). No time entry is read.

export interface SwitchingRangeData {
  from: DayKey;
  to: DayKey;
  input: SwitchingRangeInput;
  settings: Settings;
}

export async function switchingRange(db: TandemDb, from: DayKey, to: DayKey): Promise<SwitchingRangeData> {
  const [rows, blocks, settings] = await Promise.all([
    db.daySwitching
      .where('day')
      .between(addDays(from, -(TREND_DAYS - 1)), to, true, true)
      .toArray(),
    blocksForDayRange(db, from, to),
    readSettings(db),
  ]);
  const projectIds = [...new Set(rows.flatMap((row) => row.projectRuns))];
  const projects = (await db.projects.bulkGet(projectIds)).filter((project): project is Project => project !== undefined);
  return {
    from,
    to,
    settings,
    input: {
      from,
      to,
      rows,
      planned: plannedByDay(blocks),
      clientOf: clientLookup(projects),
      settings: {
        deepWorkTargetMinutes: settings.deepWorkTargetMinutes,
        minutesLostPerSwitch: settings.minutesLostPerSwitch,
        weekStart: settings.weekStart,
      },
    },
  };
}
