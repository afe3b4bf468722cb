import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { useForm } from '../../components/ui/use-form';
import { db } from '../../db/db';
import type { ProjectGroup } from '../../db/queries/time-projects';
import { timeEntriesRepo } from '../../db/repositories/time-entries-repo';
import { invoicedConfirmLabel, invoicedQuestion, invoicedTitle } from '../../domain/invoices/invoiced-lock';
import type { Project } from '../../domain/model/project';
import type { TimeEntry } from '../../domain/model/time-entry';
import { EntryFields } from './entry-fields';
import { parseEntryForm, valuesOfEntry } from './entry-form';

export interface EntryEditRowProps {
  entry: TimeEntry;
  project: Project | undefined;
  groups: readonly ProjectGroup[];
  columns: number;
  /** the number of the sent invoice that bills the entry (undefined while it is read) */
  invoiceNumber?: string | undefined;
  onDone: () => void;
}

/** Edits an entry in place. Escape or Cancel leaves it unchanged; invalid input saves nothing. */
/** An entry on a sent invoice is saved only after the user confirms, told which invoice it changes. */
export function EntryEditRow({ entry, project, groups, columns, invoiceNumber, onDone }: EntryEditRowProps) {
  const form = useForm(() => valuesOfEntry(entry), { idPrefix: `edit-${entry.id}` });
  const { submitting, submit } = form;
  const formRef = useRef<HTMLFormElement>(null);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, []);

  async function save(confirmInvoiced: boolean) {
    const saved = await submit(async () => {
      const parsed = parseEntryForm(form.values, { requireStart: true });
      await timeEntriesRepo(db).update(entry.id, parsed, { confirmInvoiced });
    });
    if (saved) onDone();
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (entry.invoiceId) setAsking(true);
    else void save(false);
  }

  return (
    <tr className="entry-editing">
      <td colSpan={columns}>
        <form
          ref={formRef}
          className="entry-edit"
          aria-label="Edit time entry"
          noValidate
          onSubmit={onSubmit}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              onDone();
            }
          }}
        >
          <EntryFields form={form} groups={groups} currentProject={project} />
          <div className="entry-edit-actions">
            <Button variant="primary" size="sm" type="submit" disabled={submitting}>
              Save
            </Button>
            <Button variant="ghost" size="sm" onClick={onDone}>
              Cancel
            </Button>
            <span className="muted entry-edit-hint">Esc cancels</span>
          </div>
        </form>
        {asking ? (
          <ConfirmDialog
            title={invoicedTitle('entry', 'change')}
            message={invoicedQuestion('entry', invoiceNumber, 'change')}
            confirmLabel={invoicedConfirmLabel('change')}
            onCancel={() => setAsking(false)}
            onConfirm={() => {
              setAsking(false);
              void save(true);
            }}
          />
        ) : null}
      </td>
    </tr>
  );
}
