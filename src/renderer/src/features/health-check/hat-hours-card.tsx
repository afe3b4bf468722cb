import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import type { HatHours, HatWeek, OverloadSignal } from '../../domain/health-check/hat-hours';
import { HATS } from '../../domain/model/hat';
import type { Hat } from '../../domain/model/hat';
import { HAT_CLASSES, OVERLOAD_BADGES, OVERLOAD_WORDS, percentText } from './labels';

// Column headers short enough for the card beside the recommendation; the caption and the
// swatches carry the rest.
const HAT_COLUMNS: Record<Hat, string> = { production: 'Production', account: 'Account', project: 'Project' };

function managementShare(week: Pick<HatWeek, 'minutes' | 'total'>): number | null {
  return week.total > 0 ? (week.minutes.account + week.minutes.project) / week.total : null;
}

/** A stacked bar of one week's hats, scaled to the busiest week; the row's cells have the figures. */
function HatBar({ week, max }: { week: HatWeek; max: number }) {
  return (
    <div className="hc-bar" aria-hidden="true">
      {HATS.map((hat) =>
        week.minutes[hat] > 0 ? (
          <span
            key={hat}
            className={`hc-bar-part ${HAT_CLASSES[hat]}`}
            style={{ width: `${(week.minutes[hat] / max) * 100}%` }}
          />
        ) : null,
      )}
    </div>
  );
}

/** Hours per hat over the last four weeks and whether management is crowding out production. */
export function HatHoursCard({ hats, overload }: { hats: HatHours; overload: OverloadSignal }) {
  const max = Math.max(1, ...hats.weeks.map((week) => week.total));
  return (
    <section className="card hc-hats" aria-labelledby="hc-hats-title">
      <div className="hc-card-head">
        <h2 id="hc-hats-title">Hours per hat, last four weeks</h2>
        <span className={OVERLOAD_BADGES[overload.state]}>{OVERLOAD_WORDS[overload.state]}</span>
      </div>
      <p className="hc-overload">{overload.text}</p>
      <table className="data-table hc-hat-table">
        <caption className="visually-hidden">
          Hours per hat per week: production, account management, project management and the management share
        </caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            {HATS.map((hat) => (
              <th key={hat} scope="col" className="num">
                <span className={`hc-swatch ${HAT_CLASSES[hat]}`} aria-hidden="true" />
                {HAT_COLUMNS[hat]}
              </th>
            ))}
            <th scope="col" className="num">
              Mgmt share
            </th>
          </tr>
        </thead>
        <tbody>
          {hats.weeks.map((week) => (
            <tr key={week.from}>
              <th scope="row" className="hc-week">
                {formatDay(week.from, undefined, 'short')} – {formatDay(week.to, undefined, 'short')}
                <HatBar week={week} max={max} />
              </th>
              {HATS.map((hat) => (
                <td key={hat} className="num">
                  {formatMinutes(week.minutes[hat])}
                </td>
              ))}
              <td className="num">{percentText(managementShare(week))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Four weeks</th>
            {HATS.map((hat) => (
              <td key={hat} className="num">
                {formatMinutes(hats.minutes[hat])}
              </td>
            ))}
            <td className="num">{percentText(hats.managementShare)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
