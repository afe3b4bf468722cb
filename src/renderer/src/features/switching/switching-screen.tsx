import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { EmptyState } from '../../components/ui/empty-state';
import { PeopleToggle } from '../../components/people/people-toggle';
import { usePersonFilter } from '../../components/people/use-person-filter';
import type { PersonFilter } from '../../domain/model/person';
import { Screen } from '../../components/ui/screen';
import { db } from '../../db/db';
import { getSettings } from '../../db/queries/singletons';
import { parsePeriod } from '../../domain/switching/periods';
import type { DayKey } from '../../domain/time/day-key';
import { hrefTo } from '../../platform/router';
import { useNow, useToday } from '../../stores/use-clock';
import { DeepWorkChart } from './deep-work-chart';
import { HatMixChart } from './hat-mix-chart';
import { PeriodPicker } from './period-picker';
import { SequenceStrip } from './sequence-strip';
import { StretchChart } from './stretch-chart';
import { SummaryStats } from './summary-stats';
import { SwitchesChart } from './switches-chart';
import { TodayCard } from './today-card';
import { useSwitchingView } from './use-switching-view';
import type { SwitchingView } from './use-switching-view';
import { WorstDays } from './worst-days';
import './switching.css';

interface ChartsProps {
  view: SwitchingView;
  person: PersonFilter;
  today: DayKey;
  openDay: DayKey | null;
  onOpen: (day: DayKey | null) => void;
}

function Charts({ view, person, today, openDay, onOpen }: ChartsProps) {
  const { totals, data } = view;
  return (
    <>
      <div className="switching-grid">
        <SwitchesChart
          points={view.switches}
          granularity={view.granularity}
          spansYears={view.spansYears}
          averageSwitches={totals.averageSwitches}
          today={today}
        />
        <DeepWorkChart
          points={view.deepWork}
          granularity={view.granularity}
          spansYears={view.spansYears}
          targetMinutes={data.settings.deepWorkTargetMinutes}
          totals={totals}
        />
        <StretchChart buckets={view.buckets} totals={totals} />
        <HatMixChart
          points={view.hats}
          granularity={view.hatGranularity}
          spansYears={view.spansYears}
          hatMinutes={totals.hatMinutes}
        />
      </div>
      <WorstDays days={view.worst} openDay={openDay} onOpen={onOpen} />
      {openDay ? (
        <SequenceStrip
          day={openDay}
          person={person}
          minutesLostPerSwitch={data.settings.minutesLostPerSwitch}
          onClose={() => onOpen(null)}
        />
      ) : null}
    </>
  );
}

/** Job 6: what switching costs, from the user's own time: switches, focus, deep work, hats, worst days. */
export function SwitchingScreen({ params }: { params: string[] }) {
  const now = useNow();
  const today = useToday();
  const settings = useLiveQuery(() => getSettings(db), [], undefined);
  const period = settings ? parsePeriod(params, today, settings.weekStart) : undefined;
  const people = usePersonFilter();
  const view = useSwitchingView(period, people);
  const [opened, setOpened] = useState<{ day: DayKey; range: string } | null>(null);
  // An opened day belongs to the range it was opened from.
  const rangeKey = period ? `${period.from}/${period.to}` : '';
  const openDay = opened && opened.range === rangeKey ? opened.day : null;
  const worked = view !== undefined && view.totals.workedDays > 0;

  return (
    <Screen
      id="switching"
      title="Switching"
      ready={view !== undefined}
      subtitle="What switching between projects, clients and hats costs you"
      actions={<PeopleToggle people={people} />}
    >
      {settings && period ? <PeriodPicker period={period} today={today} weekStart={settings.weekStart} /> : null}
      <div className="switching-top">
        {people.ready ? <TodayCard today={today} now={now} person={people.filter} /> : null}
        {view && worked ? (
          <SummaryStats totals={view.totals} minutesLostPerSwitch={view.data.settings.minutesLostPerSwitch} />
        ) : null}
        {view && !worked ? (
          <EmptyState title="Nothing logged in this range">
            Switching is measured from your own time entries. <a href={hrefTo('time')}>Log time</a> or start the timer in the
            header, or pick another range.
          </EmptyState>
        ) : null}
      </div>
      {view && worked ? (
        <Charts
          view={view}
          person={people.filter}
          today={today}
          openDay={openDay}
          onOpen={(day) => setOpened(day ? { day, range: rangeKey } : null)}
        />
      ) : null}
    </Screen>
  );
}
