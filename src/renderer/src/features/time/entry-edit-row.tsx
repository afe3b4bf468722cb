import { useEffect, useRef } from 'react';
import { Button } from '../../components/ui/button';
import { useForm } from '../../components/ui/use-form';
import { db } from '../../db/db';
import type { ProjectGroup } from '../../db/queries/time-projects';
import { timeEntriesRepo } from '../../db/repositories/time-entries-repo';
import type { Project } from '../../domain/model/project';
import type { TimeEntry } from '../../domain/model/time-entry';
import { EntryFields } from './entry-fields';
import { parseEntryForm, valuesOfEntry } from './entry-form';

export interface EntryEditRowProps {
  entry: TimeEntry;
  project: Project | undefined;
  groups: readonly ProjectGroup[];
  columns: number;
  onDone: () => void;
}

/** Edits an entry in place. Escape or Cancel leaves it unchanged; invalid input saves nothing. */
export function EntryEditRow({ entry, project, groups, columns, onDone }: EntryEditRowProps) {
  const form = useForm(() => valuesOfEntry(entry), { idPrefix: `edit-${entry.id}` });
  const { submitting, submit } = form;
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, []);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await submit(async () => {
      const parsed = parseEntryForm(form.values, { requireStart: true });
      await timeEntriesRepo(db).update(entry.id, parsed);
    });
    if (saved) onDone();
  }

  return (
    <tr className="entry-editing">
      <td colSpan={columns}>
        <form
          ref={formRef}
          className="entry-edit"
          aria-label="Edit time entry"
          noValidate
          onSubmit={(event) => void onSubmit(event)}
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
      </td>
    </tr>
  );
}
