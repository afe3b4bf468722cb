import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DayGrid } from '../../components/day-grid/day-grid';
import { useFeedMeetings } from '../../components/calendar-feeds/use-feed-meetings';
import { useNewBlock } from '../../components/day-grid/use-new-block';
import { Button } from '../../components/ui/button';
import { PeopleToggle } from '../../components/people/people-toggle';
import { usePersonFilter, usePersonQuery } from '../../components/people/use-person-filter';
import { Screen } from '../../components/ui/screen';
import { db } from '../../db/db';
import { planDay } from '../../db/queries/plan-board';
import { todaySwitching } from '../../db/queries/switching-today';
import { loggableProjectGroups } from '../../db/queries/time-projects';
import { formatDay } from '../../domain/format/format-day';
import { boardSpans } from '../../domain/plan/actual';
import { reviewDay } from '../../domain/plan/review';
import { isDayKey } from '../../domain/time/day-key';
import { useRegisterCommands, type Command } from '../../stores/command-store';
import { hrefTo } from '../../platform/router';
import { planWrites } from '../../components/day-grid/plan-writes';
import { useNow, useToday } from '../../stores/use-clock';
import { BudgetAlertBanner } from './budget-alert-banner';
import { ReviewDialog } from './review-dialog';
import { DeepWorkCard, TimerCard } from './today-cards';
import './today.css';

/**
 * The day to plan: the grid over the work hours, today's tasks, the timer and deep work so far.
 * '#/today' is today; '#/today/2026-03-03' shows another day (the Planner links there).
 */
export function TodayScreen({ params }: { params: string[] }) {
  const now = useNow();
  const today = useToday();
  const day = isDayKey(params[0]) ? params[0] : today;
  const people = usePersonFilter();
  const person = people.filter;
  const loaded = usePersonQuery(people, (filter) => planDay(db, day, filter), [day]);
  const board = loaded?.from === day && loaded.person === person ? loaded : undefined;
  const groups = useLiveQuery(() => loggableProjectGroups(db), [], undefined);
  // Counted as it happens: with the timer running, its time so far is a provisional entry.
  const switching = usePersonQuery(people, (filter) => todaySwitching(db, day, day === today ? now : undefined, filter), [
    day,
    today,
    now,
  ]);
  const [reviewing, setReviewing] = useState(false);
  const newBlock = useNewBlock('Today');
  const feeds = useFeedMeetings(board?.days);

  const review = useMemo(
    () =>
      // The feeds' meetings are planned time too: the review counts them as meetings.
      board && reviewDay([...board.blocks, ...feeds.meetings], boardSpans(board.entries, board.timer, [day], now)),
    [board, feeds.meetings, day, now],
  );
  const commands = useMemo<Command[]>(
    () => [newBlock.command, { id: 'today:review', title: 'Review the day', group: 'Today', run: () => setReviewing(true) }],
    [newBlock.command],
  );
  useRegisterCommands(commands);

  return (
    <Screen
      id="today"
      title={day === today ? 'Today' : formatDay(day, undefined, 'weekday')}
      subtitle={
        day === today ? (
          formatDay(day, undefined, 'long')
        ) : (
          <>
            {formatDay(day, undefined, 'long')} · <a href={hrefTo('today')}>Back to today</a>
          </>
        )
      }
      ready={board !== undefined}
      actions={
        <>
          <PeopleToggle people={people} />
          {newBlock.button}
          <Button onClick={() => setReviewing(true)} disabled={!board}>
            Review day
          </Button>
        </>
      }
    >
      {day === today ? <BudgetAlertBanner today={today} /> : null}
      {board && review ? (
        <DayGrid
          variant="day"
          board={board}
          today={today}
          projectGroups={groups ?? []}
          tasksTitle={day === today ? "Today's tasks" : 'Tasks due by then'}
          tasksHref={hrefTo('tasks')}
          actions={planWrites}
          newBlockRequest={newBlock.request}
          feeds={feeds}
          aside={
            <>
              <TimerCard
                timer={board.timer}
                project={board.timer ? board.projects.get(board.timer.projectId) : undefined}
                now={now}
              />
              <DeepWorkCard
                plannedMinutes={review.plannedDeepWorkMinutes}
                targetMinutes={board.settings.deepWorkTargetMinutes}
                switching={switching}
              />
            </>
          }
        />
      ) : (
        <p className="muted">Loading…</p>
      )}
      {reviewing && board && review ? (
        <ReviewDialog
          day={day}
          review={review}
          projects={board.projects}
          switching={switching}
          onClose={() => setReviewing(false)}
        />
      ) : null}
    </Screen>
  );
}
