import { Button } from '../../components/ui/button';
import { IconButton } from '../../components/ui/icon-button';
import { TrashIcon } from '../../components/ui/icons';
import type { ProjectRef } from '../../db/queries/time-week';
import { formatWallClock } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import { invoicedMarker } from '../../domain/invoices/invoiced-lock';
import { HAT_SHORT_LABELS } from '../../domain/model/hat';
import type { TimeEntry } from '../../domain/model/time-entry';
import { dayKeyOf } from '../../domain/time/day-key';
import { minuteOfDay } from '../../domain/time/wall-clock';

/** '9:00 AM – 10:30 AM' in the machine's zone; an end on a later day is marked '(+1)'. */
export function timeRangeText(entry: TimeEntry): string {
  const start = new Date(entry.startedAt);
  const end = new Date(start.getTime() + entry.minutes * 60_000);
  const nextDay = dayKeyOf(end) !== dayKeyOf(start) ? ' (+1)' : '';
  return `${formatWallClock(minuteOfDay(start))} – ${formatWallClock(minuteOfDay(end))}${nextDay}`;
}

export interface EntryRowProps {
  entry: TimeEntry;
  project: ProjectRef | undefined;
  /** the number of the sent invoice that bills the entry (undefined while it is read) */
  invoiceNumber?: string | undefined;
  /** whose entry it is, shown while everyone's entries are listed */
  person?: string | undefined;
  onEdit: () => void;
  onDelete: () => void;
}

/** One entry; the row opens the inline editor on click or Enter, the buttons say so for everyone. */
export function EntryRow({ entry, project, invoiceNumber, person, onEdit, onDelete }: EntryRowProps) {
  const code = project?.project.code ?? '?';
  const range = timeRangeText(entry);
  return (
    <tr
      className="entry-row row-openable"
      data-entry-id={entry.id}
      tabIndex={0}
      onClick={onEdit}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget) {
          event.preventDefault();
          onEdit();
        }
      }}
    >
      <td className="entry-time num">
        {range}
        {person ? <span className="entry-person muted">{person}</span> : null}
      </td>
      <td className="entry-project">
        <span className="project-code">{code}</span> {project?.project.name ?? 'Deleted project'}
        {project?.client ? <span className="entry-client muted">{project.client.name}</span> : null}
      </td>
      <td className="entry-hat">{HAT_SHORT_LABELS[entry.hat]}</td>
      <td className="entry-note" title={entry.note || undefined}>
        {entry.note}
      </td>
      <td className="entry-billable">
        {entry.billable ? <span className="badge badge-success">Billable</span> : <span className="badge">Non-billable</span>}
        {entry.invoiceId ? <span className="badge badge-accent entry-invoiced">{invoicedMarker(invoiceNumber)}</span> : null}
      </td>
      <td className="entry-duration num">{formatMinutes(entry.minutes)}</td>
      <td className="entry-actions" onClick={(event) => event.stopPropagation()}>
        <Button size="sm" variant="ghost" aria-label={`Edit entry ${code} ${range}`} onClick={onEdit}>
          Edit
        </Button>
        <IconButton label={`Delete entry ${code} ${range}`} icon={<TrashIcon />} onClick={onDelete} />
      </td>
    </tr>
  );
}
