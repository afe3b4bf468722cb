import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { runningTimerView } from '../../db/queries/timer-running';
import type { RunningTimer } from '../../domain/model/running-timer';
import { TimerIdle } from './timer-idle';
import type { TimerChoice } from './timer-idle';
import { TimerRunning } from './timer-running';
import './timer.css';

/**
 * The one running timer, in the app header. It lives in the `timer` table, so it survives a reload
 * and a restart; the elapsed time is always now − the stored start, never counted in memory.
 */
export function TimerControl() {
  // undefined while loading, null when no timer runs
  const running = useLiveQuery(async () => (await runningTimerView(db)) ?? null, [], undefined);
  // The idle pickers start on what was timed last, so "stop, then start again" is one click.
  const [choice, setChoice] = useState<TimerChoice>({ projectId: '', hat: 'production' });
  const onStopped = useCallback((timer: RunningTimer) => setChoice({ projectId: timer.projectId, hat: timer.hat }), []);
  if (running === undefined) return null;
  return (
    <div className="timer" role="group" aria-label="Timer">
      {running ? <TimerRunning view={running} onStopped={onStopped} /> : <TimerIdle choice={choice} onChoice={setChoice} />}
    </div>
  );
}
