import { RUNNING_TIMER_ID } from '../../domain/model/running-timer';
import type { RunningTimer } from '../../domain/model/running-timer';
import type { Settings } from '../../domain/model/settings';
import type { TandemDb } from '../db';
import { readSettings } from '../repositories/lookups';

/** The settings, or the defaults when none are saved yet. */
export function getSettings(db: TandemDb): Promise<Settings> {
  return readSettings(db);
}

/** The running timer, if any. */
export function getRunningTimer(db: TandemDb): Promise<RunningTimer | undefined> {
  return db.timer.get(RUNNING_TIMER_ID);
}
