import type { TimeRangeView } from '../../db/queries/time-week';
import { formatMinutes } from '../../domain/format/format-duration';
import { formatMoney } from '../../domain/format/format-money';
import { hrefTo } from '../../platform/router';
import { NONE } from '../../domain/format/none';

export interface ProjectTotalsProps {
  view: TimeRangeView;
  /** 'week' or 'day', for the heading */
  period: string;
}

/** Time (and how much of it is billable) and billable value per project; money per currency, never summed across. */
export function ProjectTotals({ view, period }: ProjectTotalsProps) {
  return (
    <section className="card project-totals" aria-labelledby="project-totals-title">
      <h2 id="project-totals-title">By project this {period}</h2>
      <table className="data-table">
        <caption className="visually-hidden">Time per project this {period}</caption>
        <thead>
          <tr>
            <th scope="col">Project</th>
            <th scope="col" className="num">
              Time
            </th>
            <th scope="col" className="num">
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {view.byProject.map((row) => (
            <tr key={row.project.id}>
              <th scope="row" className="project-totals-name">
                <a href={hrefTo('projects', row.project.id)}>
                  <span className="project-code">{row.project.code}</span> {row.project.name}
                </a>
                {row.client ? <span className="muted project-totals-client">{row.client.name}</span> : null}
              </th>
              <td className="num">
                {formatMinutes(row.minutes)}
                <span className="project-totals-sub">{formatMinutes(row.billableMinutes)} billable</span>
              </td>
              <td className="num">{row.billableAmounts.map((amount) => formatMoney(amount)).join(' + ') || NONE}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="num">
              {formatMinutes(view.minutes)}
              <span className="project-totals-sub">{formatMinutes(view.billableMinutes)} billable</span>
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="project-totals-note muted">Value is the billable time at each entry’s rate.</p>
    </section>
  );
}
