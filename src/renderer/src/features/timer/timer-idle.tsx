import { useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from '../../components/ui/button';
import { PlayIcon } from '../../components/ui/icons';
import { ProjectOptions } from '../../components/ui/project-options';
import { db } from '../../db/db';
import { loggableProjectGroups } from '../../db/queries/time-projects';
import { timerRepo } from '../../db/repositories/timer-repo';
import { HATS, HAT_SHORT_LABELS } from '../../domain/model/hat';
import type { Hat } from '../../domain/model/hat';
import { oneOf } from '../../domain/parse/form-reader';
import { useRegisterCommands } from '../../stores/command-store';
import type { Command } from '../../stores/command-store';
import { hrefTo } from '../../platform/router';
import { notify } from '../../stores/toast-store';
import { errorText } from '@shared/error-text';

const readHat = oneOf(HATS);

export interface TimerChoice {
  projectId: string;
  hat: Hat;
}

/** Project and hat pickers and Start timer. */
export function TimerIdle({ choice, onChoice }: { choice: TimerChoice; onChoice: (choice: TimerChoice) => void }) {
  const groups = useLiveQuery(() => loggableProjectGroups(db), [], undefined);
  const [missingProject, setMissingProject] = useState(false);
  const projectRef = useRef<HTMLSelectElement>(null);
  const known = groups?.some((group) => group.projects.some((project) => project.id === choice.projectId)) ?? false;
  const projectId = known ? choice.projectId : '';

  const commands = useMemo<Command[]>(() => {
    async function start() {
      if (projectId === '') {
        setMissingProject(true);
        notify('Choose a project for the timer first', undefined, 'error');
        // After the palette closes and hands focus back, so the picker keeps it.
        setTimeout(() => projectRef.current?.focus(), 0);
        return;
      }
      try {
        await timerRepo(db).start({ projectId, hat: choice.hat });
      } catch (error) {
        notify(`Could not start the timer: ${errorText(error)}`, undefined, 'error');
      }
    }
    return [{ id: 'timer:start', title: 'Start timer', group: 'Timer', run: () => void start() }];
  }, [projectId, choice.hat]);
  useRegisterCommands(commands);

  if (groups === undefined) return null;
  if (groups.length === 0) {
    return (
      <a className="timer-empty" href={hrefTo('projects')}>
        Add a project to use the timer
      </a>
    );
  }
  return (
    <>
      <select
        ref={projectRef}
        className="input select timer-project"
        aria-label="Timer project"
        aria-invalid={missingProject ? true : undefined}
        value={projectId}
        onChange={(event) => {
          setMissingProject(false);
          onChoice({ ...choice, projectId: event.target.value });
        }}
      >
        <option value="">Project…</option>
        <ProjectOptions groups={groups} />
      </select>
      <select
        className="input select timer-hat"
        aria-label="Timer hat"
        value={choice.hat}
        onChange={(event) => onChoice({ ...choice, hat: readHat(event.target.value) ?? choice.hat })}
      >
        {HATS.map((hat) => (
          <option key={hat} value={hat}>
            {HAT_SHORT_LABELS[hat]}
          </option>
        ))}
      </select>
      <Button variant="primary" size="sm" onClick={() => commands[0]?.run()}>
        <PlayIcon />
        Start timer
      </Button>
    </>
  );
}
