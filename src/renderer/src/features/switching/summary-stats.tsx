import { formatMinutes } from '../../domain/format/format-duration';
import type { RangeTotals } from '../../domain/switching/range-summary';

export interface SummaryStatsProps {
  totals: RangeTotals;
  minutesLostPerSwitch: number;
}

interface Stat {
  label: string;
  value: string;
  detail: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The range in six figures, each with the line that explains it. */
export function SummaryStats({ totals, minutesLostPerSwitch }: SummaryStatsProps) {
  const stats: Stat[] = [
    {
      label: 'Project switches',
      value: String(totals.projectSwitches),
      detail: totals.averageSwitches === null ? 'no worked days' : `${totals.averageSwitches} per worked day`,
    },
    {
      label: 'Time lost to switching',
      value: formatMinutes(totals.minutesLost),
      detail: `${totals.projectSwitches} × ${formatMinutes(minutesLostPerSwitch)} per switch`,
    },
    {
      label: 'Client and hat switches',
      value: `${totals.clientSwitches} · ${totals.hatSwitches}`,
      detail: 'between clients · between hats',
    },
    {
      label: 'Longest focus stretch',
      value: formatMinutes(totals.longestStretch),
      detail: `average ${formatMinutes(totals.averageStretch)}`,
    },
    {
      label: 'Deep work',
      value: formatMinutes(totals.deepWorkMinutes),
      detail: `target met on ${totals.daysOnTarget} of ${plural(totals.workedDays, 'day', 'days')}`,
    },
    {
      label: 'Projects and clients',
      value: `${totals.distinctProjects} · ${totals.distinctClients}`,
      detail: `across ${plural(totals.workedDays, 'worked day', 'worked days')}`,
    },
  ];
  return (
    <dl className="switching-stats" aria-label="This range in figures">
      {stats.map((stat) => (
        <div key={stat.label} className="switching-stat">
          <dt>{stat.label}</dt>
          <dd>
            <span className="switching-stat-value">{stat.value}</span>
            <span className="switching-stat-detail muted">{stat.detail}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
