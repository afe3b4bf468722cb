import type { ReactNode } from 'react';
import type { HealthCheckReport } from '../../domain/health-check/health-check';
import { OVERLOAD_BADGES, OVERLOAD_WORDS, percentText } from './labels';

function Stat({ label, value, children }: { label: string; value: string; children: ReactNode }) {
  return (
    <div className="hc-stat">
      <dt>{label}</dt>
      <dd className="hc-stat-value">{value}</dd>
      <dd className="muted">{children}</dd>
    </div>
  );
}

/** The answer first: coverage of both checklists, the management share and the recommendation. */
export function SummaryCard({ report }: { report: HealthCheckReport }) {
  const { am, pm, recommendation, overload } = report;
  return (
    <section className="card hc-summary" aria-labelledby="hc-recommendation-title">
      <dl className="hc-stats">
        <Stat label="AM coverage" value={percentText(am.coverage.share)}>
          {am.coverage.yes} of {am.coverage.total} yes
        </Stat>
        <Stat label="PM coverage" value={percentText(pm.coverage.share)}>
          {pm.coverage.yes} of {pm.coverage.total} yes
        </Stat>
        <Stat label="Management share" value={percentText(overload.managementShare)}>
          <span className={OVERLOAD_BADGES[overload.state]}>{OVERLOAD_WORDS[overload.state]}</span>
        </Stat>
      </dl>
      <div className="hc-recommendation">
        <p className="hc-eyebrow">Recommendation</p>
        <h2 id="hc-recommendation-title">{recommendation.headline}</h2>
        <p>{recommendation.lead}</p>
        {recommendation.gaps.length > 0 ? (
          <>
            <p className="hc-gaps-title">Biggest gaps</p>
            <ul className="hc-gaps">
              {recommendation.gaps.map((gap) => (
                <li key={gap}>{gap}</li>
              ))}
            </ul>
          </>
        ) : null}
        {recommendation.workload ? <p className="hc-workload">{recommendation.workload}</p> : null}
      </div>
    </section>
  );
}
