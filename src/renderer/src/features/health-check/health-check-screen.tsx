import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Screen } from '../../components/ui/screen';
import { db } from '../../db/db';
import { loadHealthCheck } from '../../db/queries/health-check-load';
import { formatDay } from '../../domain/format/format-day';
import { AreaSection } from './area-section';
import { HatHoursCard } from './hat-hours-card';
import { SummaryCard } from './summary-card';
import './health-check.css';
import { useToday } from '../../stores/use-clock';

/**
 * '#/health-check': "do I need an account manager, a project manager, or both?" — the article's
 * two checklists answered from the records, the hours per hat and a recommendation.
 */
export function HealthCheckScreen({ params: _params }: { params: string[] }) {
  // The day the check is asked on; a new visit to the screen asks again on that day.
  const openedOn = useToday();
  const [today] = useState(openedOn);
  const report = useLiveQuery(() => loadHealthCheck(db, today), [today], undefined);
  return (
    <Screen
      id="health-check"
      title="Health check"
      ready={report !== undefined}
      subtitle={`Do I need an account manager, a project manager, or both? Answered from your records on ${formatDay(today)}.`}
    >
      {report ? (
        <div className="hc-layout">
          <div className="hc-top">
            <SummaryCard report={report} />
            <HatHoursCard hats={report.hats} overload={report.overload} />
          </div>
          <AreaSection report={report.am} />
          <AreaSection report={report.pm} />
        </div>
      ) : null}
    </Screen>
  );
}
