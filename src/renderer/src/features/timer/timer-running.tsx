import { useMemo } from 'react';
import { ProjectBudgetHint } from '../../components/budget/project-budget-hint';
import { Button } from '../../components/ui/button';
import { StopIcon } from '../../components/ui/icons';
import { db } from '../../db/db';
import type { RunningTimerView } from '../../db/queries/timer-running';
import { timerRepo } from '../../db/repositories/timer-repo';
import { formatMinutes } from '../../domain/format/format-duration';
import { HAT_LABELS, HAT_SHORT_LABELS } from '../../domain/model/hat';
import type { RunningTimer } from '../../domain/model/running-timer';
import { useRegisterCommands } from '../../stores/command-store';
import type { Command } from '../../stores/command-store';
import { notify } from '../../stores/toast-store';
import { useNow } from '../../stores/use-clock';
import { formatElapsed } from './format-elapsed';
import { errorText } from '@shared/error-text';

export interface TimerRunningProps {
  view: RunningTimerView;
  onStopped: (timer: RunningTimer) => void;
}

/** What runs, for how long (ticking each second, not announced), and Stop timer. */
export function TimerRunning({ view, onStopped }: TimerRunningProps) {
  const now = useNow({ resolution: 'second' });
  const { timer, project, client } = view;
  const name = project ? `${project.code} ${project.name}` : 'a deleted project';

  const commands = useMemo<Command[]>(() => {
    async function stop() {
      try {
        const entries = await timerRepo(db).stop();
        const minutes = entries.reduce((total, entry) => total + entry.minutes, 0);
        if (minutes > 0) notify(`Logged ${formatMinutes(minutes)} on ${name}`, undefined, 'success');
        else notify('Timer stopped after less than a minute: nothing logged');
        onStopped(timer);
      } catch (error) {
        notify(`Could not stop the timer: ${errorText(error)}`, undefined, 'error');
      }
    }
    return [{ id: 'timer:stop', title: 'Stop timer', group: 'Timer', run: () => void stop() }];
  }, [name, onStopped, timer]);
  useRegisterCommands(commands);

  return (
    <>
      <span className="timer-dot" aria-hidden="true" />
      <span className="timer-what" title={client ? `${client.name} · ${HAT_LABELS[timer.hat]}` : HAT_LABELS[timer.hat]}>
        <span className="visually-hidden">Timer running on </span>
        <span className="timer-code">{project?.code ?? '?'}</span>{' '}
        <span className="timer-name">{project?.name ?? 'Deleted project'}</span>
        <span className="muted"> · {HAT_SHORT_LABELS[timer.hat]}</span>
      </span>
      {project ? <ProjectBudgetHint projectId={project.id} className="timer-budget" /> : null}
      {/* Deliberately not a live region: a ticking clock must not talk every second. */}
      <span className="timer-elapsed">
        <span className="visually-hidden">Elapsed </span>
        {formatElapsed(now.getTime() - Date.parse(timer.startedAt))}
      </span>
      <Button size="sm" variant="danger" onClick={() => commands[0]?.run()}>
        <StopIcon />
        Stop timer
      </Button>
    </>
  );
}
