import type { DayKey } from '../time/day-key';
import { clientFigures } from './client-switches';
import type { ClientOf } from './client-switches';
import type { DaySwitching } from './day-rollup';

// One day's figures as people read them: the stored row plus what is derived on reading
// (client switches, distinct counts, averages, time lost).

export interface DaySummary {
  day: DayKey;
  projectSwitches: number;
  clientSwitches: number;
  hatSwitches: number;
  distinctProjects: number;
  distinctClients: number;
  stretchCount: number;
  longestStretch: number;
  /** whole minutes, rounded; 0 without stretches */
  averageStretch: number;
  deepWorkMinutes: number;
  /** switches × the minutes-lost-per-switch setting */
  minutesLost: number;
}

export function summarizeDay(row: DaySwitching, clientOf: ClientOf, minutesLostPerSwitch: number): DaySummary {
  const { clientSwitches, clientIds } = clientFigures(row.projectRuns, clientOf, row.personStarts);
  const stretchTotal = row.stretches.reduce((sum, minutes) => sum + minutes, 0);
  return {
    day: row.day,
    projectSwitches: row.projectSwitches,
    clientSwitches,
    hatSwitches: row.hatSwitches,
    distinctProjects: new Set(row.projectRuns).size,
    distinctClients: clientIds.size,
    stretchCount: row.stretches.length,
    longestStretch: row.stretches.reduce((longest, minutes) => Math.max(longest, minutes), 0),
    averageStretch: row.stretches.length === 0 ? 0 : Math.round(stretchTotal / row.stretches.length),
    deepWorkMinutes: row.deepWorkMinutes,
    minutesLost: row.projectSwitches * minutesLostPerSwitch,
  };
}
