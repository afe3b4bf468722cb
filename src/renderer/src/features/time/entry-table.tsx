import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { db } from '../../db/db';
import { invoiceNumbers } from '../../db/queries/invoice-source';
import type { ProjectGroup } from '../../db/queries/time-projects';
import type { TimeRangeView } from '../../db/queries/time-week';
import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import { invoicedConfirmLabel, invoicedQuestion, invoicedTitle } from '../../domain/invoices/invoiced-lock';
import type { TimeEntry } from '../../domain/model/time-entry';
import { moveToTrashWithUndo } from '../../actions/with-undo';
import { EntryEditRow } from './entry-edit-row';
import { EntryRow } from './entry-row';

const COLUMNS = 7;

export interface EntryTableProps {
  view: TimeRangeView;
  groups: readonly ProjectGroup[];
  /** whose each entry is, while everyone's entries show (the row names the person) */
  nameOf?: ((entry: TimeEntry) => string) | undefined;
}

/** The range's entries grouped by day, each day headed by its total (from the rollups). */
export function EntryTable({ view, groups, nameOf }: EntryTableProps) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TimeEntry | null>(null);
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
  // The numbers of the sent invoices that bill entries in view: the Invoiced marker and the confirmations.
  const invoiceIds = [...new Set(view.entries.flatMap((entry) => (entry.invoiceId ? [entry.invoiceId] : [])))].sort();
  const numbers = useLiveQuery(() => invoiceNumbers(db, invoiceIds), [invoiceIds.join(' ')]);
  const numberOf = (entry: TimeEntry) => (entry.invoiceId ? numbers?.get(entry.invoiceId) : undefined);

  function remove(entry: TimeEntry) {
    if (entry.invoiceId) setDeleting(entry);
    else void moveToTrashWithUndo('timeEntries', entry.id);
  }

  function finishEditing() {
    lastEdited.current = editingId;
    setEditingId(null);
  }

  return (
    <>
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
                  invoiceNumber={numberOf(entry)}
                  onDone={finishEditing}
                />
              ) : (
                <EntryRow
                  key={entry.id}
                  entry={entry}
                  project={view.projects.get(entry.projectId)}
                  invoiceNumber={numberOf(entry)}
                  person={nameOf?.(entry)}
                  onEdit={() => setEditingId(entry.id)}
                  onDelete={() => remove(entry)}
                />
              ),
            )}
          </tbody>
        ))}
      </table>
      {deleting ? (
        <ConfirmDialog
          title={invoicedTitle('entry', 'delete')}
          message={invoicedQuestion('entry', numberOf(deleting), 'delete')}
          confirmLabel={invoicedConfirmLabel('delete')}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            setDeleting(null);
            void moveToTrashWithUndo('timeEntries', deleting.id, { confirmInvoiced: true });
          }}
        />
      ) : null}
    </>
  );
}
