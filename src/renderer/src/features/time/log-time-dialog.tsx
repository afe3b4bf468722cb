import { ProjectBudgetHint } from '../../components/budget/project-budget-hint';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { useForm } from '../../components/ui/use-form';
import { db } from '../../db/db';
import type { ProjectGroup } from '../../db/queries/time-projects';
import { timeEntriesRepo } from '../../db/repositories/time-entries-repo';
import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import { toDayKey } from '../../domain/time/day-key';
import { notify } from '../../stores/toast-store';
import { EntryFields } from './entry-fields';
import { newEntryValues, parseEntryForm } from './entry-form';

export interface LogTimeDialogProps {
  groups: readonly ProjectGroup[];
  /** the date the form starts on */
  day: string;
  onClose: () => void;
}

/** A manual time entry. Nothing is saved while a field is invalid; messages show beside the fields. */
export function LogTimeDialog({ groups, day, onClose }: LogTimeDialogProps) {
  const form = useForm(() => newEntryValues(day), { idPrefix: 'log' });
  const { values, submitting, submit } = form;
  const formId = 'log-time-form';

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await submit(async () => {
      const parsed = parseEntryForm(values);
      const entry = await timeEntriesRepo(db).create(parsed);
      const project = groups.flatMap((group) => group.projects).find((candidate) => candidate.id === entry.projectId);
      notify(
        `Logged ${formatMinutes(entry.minutes)} on ${project?.code ?? 'the project'} for ${formatDay(toDayKey(entry.day), undefined, 'weekday')}`,
        undefined,
        'success',
      );
    });
    if (saved) onClose();
  }

  return (
    <Dialog
      title="Log time"
      onClose={onClose}
      description={groups.length === 0 ? 'Create a project first: time is always logged on a project.' : undefined}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form={formId} disabled={submitting}>
            Save entry
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void onSubmit(event)}>
        <EntryFields form={form} groups={groups} withEnd />
      </form>
      {values.projectId ? <ProjectBudgetHint projectId={values.projectId} /> : null}
    </Dialog>
  );
}
