import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DayGrid } from '../../components/day-grid/day-grid';
import { useFeedMeetings } from '../../components/calendar-feeds/use-feed-meetings';
import { useNewBlock } from '../../components/day-grid/use-new-block';
import { Screen } from '../../components/ui/screen';
import { PeopleToggle } from '../../components/people/people-toggle';
import { usePersonFilter, usePersonQuery } from '../../components/people/use-person-filter';
import { db } from '../../db/db';
import { planWeek } from '../../db/queries/plan-board';
import { weekDays } from '../../domain/time/week';
import { loggableProjectGroups } from '../../db/queries/time-projects';
import { addDays, isDayKey } from '../../domain/time/day-key';
import { useRegisterCommands, type Command } from '../../stores/command-store';
import { hrefTo, navigate } from '../../platform/router';
import { planWrites } from '../../components/day-grid/plan-writes';
import { useToday } from '../../stores/use-clock';
import { useCalendarFile } from './use-calendar-file';
import { WeekNav } from './week-nav';
import './planner.css';

/** The week to plan: 5 or 7 days from the settings' week start, with the same grid as Today. */
export function PlannerScreen({ params }: { params: string[] }) {
  const today = useToday();
  const anchor = isDayKey(params[0]) ? params[0] : today;
  const people = usePersonFilter();
  const person = people.filter;
  const loaded = usePersonQuery(people, (filter) => planWeek(db, anchor, filter), [anchor]);
  // A result for the previous week (or the other people's choice) is never shown for this one.
  const board = loaded && weekDays(anchor, loaded.settings)[0] === loaded.from && loaded.person === person ? loaded : undefined;
  const groups = useLiveQuery(() => loggableProjectGroups(db), [], undefined);
  const newBlock = useNewBlock('Planner');
  const calendar = useCalendarFile(board);
  const feeds = useFeedMeetings(board?.days);

  const commands = useMemo<Command[]>(
    () => [
      newBlock.command,
      { id: 'planner:previous', title: 'Previous week', group: 'Planner', run: () => navigate('planner', addDays(anchor, -7)) },
      { id: 'planner:next', title: 'Next week', group: 'Planner', run: () => navigate('planner', addDays(anchor, 7)) },
    ],
    [anchor, newBlock.command],
  );
  useRegisterCommands(commands);

  return (
    <Screen
      id="planner"
      title="Planner"
      ready={board !== undefined}
      actions={
        <>
          <PeopleToggle people={people} />
          {calendar.buttons}
          {newBlock.button}
        </>
      }
    >
      <WeekNav anchor={anchor} today={today} days={board?.days} />
      {calendar.notice}
      {board ? (
        <DayGrid
          // Each week starts with its own focus and dialogs.
          key={board.from}
          variant="week"
          board={board}
          today={today}
          projectGroups={groups ?? []}
          tasksTitle="Tasks due this week"
          tasksHref={hrefTo('tasks')}
          actions={planWrites}
          newBlockRequest={newBlock.request}
          feeds={feeds}
        />
      ) : (
        <p className="muted">Loading…</p>
      )}
    </Screen>
  );
}
