import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import type { DaySummary } from '../../domain/switching/day-summary';
import type { DayKey } from '../../domain/time/day-key';
import { Button } from '../../components/ui/button';

export interface WorstDaysProps {
  days: readonly DaySummary[];
  openDay: DayKey | null;
  onOpen: (day: DayKey) => void;
}

const FIGURE_COLUMNS = ['Switches', 'Clients', 'Hats', 'Longest stretch', 'Deep work', 'Time lost'] as const;

/** The days with the most switches; each opens the timeline strip of its sequence. */
export function WorstDays({ days, openDay, onOpen }: WorstDaysProps) {
  return (
    <section className="card switching-card switching-worst" aria-labelledby="switching-worst-title">
      <header className="switching-card-header">
        <h2 id="switching-worst-title">Worst days</h2>
        <span className="muted switching-card-note">most switches first</span>
      </header>
      {days.length === 0 ? (
        <p className="muted">No day in this range switched between projects.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Days with the most switches</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {FIGURE_COLUMNS.map((column) => (
                <th key={column} scope="col" className="num">
                  {column}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Sequence</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => {
              const label = formatDay(day.day, undefined, 'weekday');
              return (
                <tr key={day.day} aria-current={openDay === day.day ? 'true' : undefined}>
                  <th scope="row">{label}</th>
                  <td className="num">{day.projectSwitches}</td>
                  <td className="num">{day.clientSwitches}</td>
                  <td className="num">{day.hatSwitches}</td>
                  <td className="num">{formatMinutes(day.longestStretch)}</td>
                  <td className="num">{formatMinutes(day.deepWorkMinutes)}</td>
                  <td className="num">{formatMinutes(day.minutesLost)}</td>
                  <td className="switching-worst-action">
                    <Button
                      size="sm"
                      aria-label={`Show sequence: ${label}`}
                      aria-expanded={openDay === day.day}
                      onClick={() => onOpen(day.day)}
                    >
                      Show sequence
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
