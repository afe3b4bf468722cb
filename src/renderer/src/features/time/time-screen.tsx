import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { PeopleToggle } from '../../components/people/people-toggle';
import { type PersonFilterState, usePersonFilter } from '../../components/people/use-person-filter';
import { PlusIcon } from '../../components/ui/icons';
import { Screen } from '../../components/ui/screen';
import { db } from '../../db/db';
import { loggableProjectGroups } from '../../db/queries/time-projects';
import type { ProjectGroup } from '../../db/queries/time-projects';
import type { TimeRangeView } from '../../db/queries/time-week';
import { formatDay } from '../../domain/format/format-day';
import type { DayKey } from '../../domain/time/day-key';
import { useRegisterCommands } from '../../stores/command-store';
import type { Command } from '../../stores/command-store';
import { hrefTo } from '../../platform/router';
import { DayStrip } from './day-strip';
import { EntryTable } from './entry-table';
import { LogTimeDialog } from './log-time-dialog';
import { ProjectTotals } from './project-totals';
import { TimeRangeNav } from './time-range-nav';
import { parseTimeParams, useTimeRange } from './use-time-range';
import type { TimeLocation } from './use-time-range';
import './time.css';
import { useToday } from '../../stores/use-clock';

function rangeLabel(view: TimeRangeView | undefined, location: TimeLocation): string {
  if (location.view === 'day' || !view) return formatDay(location.anchor, undefined, 'long');
  return `${formatDay(view.from, undefined, 'short')} – ${formatDay(view.to, undefined, 'medium')}`;
}

interface TimeBodyProps {
  view: TimeRangeView;
  groups: readonly ProjectGroup[];
  location: TimeLocation;
  today: DayKey;
  /** whose each entry is, while everyone's entries show */
  nameOf: PersonFilterState['nameOf'];
}

function TimeBody({ view, groups, location, today, nameOf }: TimeBodyProps) {
  const period = location.view;
  if (view.entries.length === 0 && groups.length === 0) {
    return (
      <EmptyState title="Create a project first">
        Time is logged on a project. <a href={hrefTo('projects')}>Create a project</a>, then log time here or start the timer in
        the header.
      </EmptyState>
    );
  }
  return (
    <>
      {period === 'week' ? <DayStrip days={view.days} today={today} total={view.minutes} /> : null}
      {view.entries.length === 0 ? (
        <EmptyState title={`No time logged this ${period}`}>
          Use <strong>Log time</strong> for work you have done, or pick a project in the header and press{' '}
          <strong>Start timer</strong> for work you are starting now.
        </EmptyState>
      ) : (
        <div className="time-layout">
          <EntryTable view={view} groups={groups} nameOf={nameOf} />
          <ProjectTotals view={view} period={period} />
        </div>
      )}
    </>
  );
}

/** Logged time by week or day: entries grouped by day, day and project totals, inline editing. */
export function TimeScreen({ params }: { params: string[] }) {
  const today = useToday();
  const location = parseTimeParams(params, today);
  const people = usePersonFilter();
  const view = useTimeRange(location, people);
  const groups = useLiveQuery(() => loggableProjectGroups(db), [], undefined);
  const [logging, setLogging] = useState(false);
  const commands = useMemo<Command[]>(
    () => [{ id: 'time:log', title: 'Log time', group: 'Time', run: () => setLogging(true) }],
    [],
  );
  useRegisterCommands(commands);
  const ready = view !== undefined && groups !== undefined;
  const label = rangeLabel(view, location);
  // A new entry starts on the shown day in the day view, otherwise today.
  const logDay = location.view === 'day' ? location.anchor : today;

  return (
    <Screen
      id="time"
      title="Time"
      ready={ready}
      actions={
        <>
          <PeopleToggle people={people} />
          <Button variant="primary" onClick={() => setLogging(true)}>
            <PlusIcon />
            Log time
          </Button>
        </>
      }
    >
      <TimeRangeNav
        location={location}
        today={today}
        from={view?.from ?? location.anchor}
        to={view?.to ?? location.anchor}
        label={label}
      />
      {ready ? <TimeBody view={view} groups={groups} location={location} today={today} nameOf={people.nameOf} /> : <p className="muted">Loading…</p>}
      {logging && groups ? <LogTimeDialog groups={groups} day={logDay} onClose={() => setLogging(false)} /> : null}
    </Screen>
  );
}
