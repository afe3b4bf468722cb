import { useEffect, useRef, useState } from 'react';
import type { ProjectGroup } from '../../db/queries/time-projects';
import type { TimeRangeView } from '../../db/queries/time-week';
import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import type { TimeEntry } from '../../domain/model/time-entry';
import { moveToTrashWithUndo } from '../../actions/with-undo';
import { EntryEditRow } from './entry-edit-row';
import { EntryRow } from './entry-row';

const COLUMNS = 7;

export interface EntryTableProps {
  view: TimeRangeView;
  groups: readonly ProjectGroup[];
}

/** The range's entries grouped by day, each day headed by its total (from the rollups). */
export function EntryTable({ view, groups }: EntryTableProps) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const lastEdited = useRef<string | null>(null);

  // Focus goes back to the row that was edited, so the keyboard user keeps their place.
  useEffect(() => {
    if (editingId !== null || lastEdited.current === null) return;
    tableRef.current?.querySelector<HTMLElement>(`[data-entry-id="${lastEdited.current}"]`)?.focus();
    lastEdited.current = null;
  }, [editingId]);

  const byDay = new Map<string, TimeEntry[]>();
  for (const entry of view.entries) {
    const list = byDay.get(entry.day) ?? [];
    list.push(entry);
    byDay.set(entry.day, list);
  }
  const days = view.days.filter((day) => byDay.has(day.day));

  function finishEditing() {
    lastEdited.current = editingId;
    setEditingId(null);
  }

  return (
    <table className="data-table entry-table" ref={tableRef}>
      <caption className="visually-hidden">Time entries by day</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Project</th>
          <th scope="col">Hat</th>
          <th scope="col">Note</th>
          <th scope="col">Billable</th>
          <th scope="col" className="num">
            Duration
          </th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      {days.map((day) => (
        <tbody key={day.day}>
          <tr className="day-row">
            <th scope="colgroup" colSpan={COLUMNS - 2}>
              {formatDay(day.day, undefined, 'long')}
            </th>
            <td className="num day-row-total">
              <span className="visually-hidden">Day total </span>
              {formatMinutes(day.minutes)}
            </td>
            <td />
          </tr>
          {(byDay.get(day.day) ?? []).map((entry) =>
            entry.id === editingId ? (
              <EntryEditRow
                key={entry.id}
                entry={entry}
                project={view.projects.get(entry.projectId)?.project}
                groups={groups}
                columns={COLUMNS}
                onDone={finishEditing}
              />
            ) : (
              <EntryRow
                key={entry.id}
                entry={entry}
                project={view.projects.get(entry.projectId)}
                onEdit={() => setEditingId(entry.id)}
                onDelete={() => void moveToTrashWithUndo('timeEntries', entry.id)}
              />
            ),
          )}
        </tbody>
      ))}
    </table>
  );
}
