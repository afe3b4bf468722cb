import { useId, useMemo } from 'react';
import type { Ref } from 'react';
import type { Teammate } from '../../domain/model/teammate';
import type { QuickAddContext } from '../../domain/tasks/quick-add';
import type { TaskLists } from '../../db/queries/tasks-lists';
import { navigate } from '../../platform/router';
import { notify } from '../../stores/toast-store';
import { listLabel, listParam } from './labels';
import { QuickAddPreview } from './quick-add-preview';
import { useQuickAdd } from './use-quick-add';

export interface QuickAddProps {
  inputRef: Ref<HTMLInputElement>;
  context: QuickAddContext;
  lists: TaskLists;
  teammates: ReadonlyMap<string, Teammate>;
  /** the shown list: where a task without +project goes */
  projectId: string | null;
}

/** One line to add a task: 'Write sitemap +AFW 45m !fri #production @sam', then Enter. */
export function QuickAdd({ inputRef, context, lists, teammates, projectId }: QuickAddProps) {
  const inputId = useId();
  const previewId = useId();
  const hintId = useId();
  const errorId = useId();
  const quick = useQuickAdd(context, projectId);
  const projectsById = useMemo(() => new Map(lists.projects.map((entry) => [entry.project.id, entry.project])), [lists]);
  const targetLabel = listLabel(quick.target === null ? null : projectsById.get(quick.target));
  const showPreview = quick.text.trim() !== '';

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const task = await quick.submit();
    if (!task) {
      // An unanswered question: take the user to it.
      form.querySelector<HTMLSelectElement>('.quick-add-question select')?.focus();
      return;
    }
    const where = listLabel(task.projectId === null ? null : projectsById.get(task.projectId));
    const elsewhere = task.projectId !== projectId;
    notify(
      `Added “${task.title}” to ${where}`,
      elsewhere ? { label: 'Show', run: () => navigate('tasks', listParam(task.projectId)) } : undefined,
      'success',
    );
  }

  const describedBy = [quick.error ? errorId : hintId, showPreview ? previewId : null].filter(Boolean).join(' ');
  return (
    <form className="quick-add" onSubmit={(event) => void onSubmit(event)} noValidate>
      <label htmlFor={inputId} className="field-label">
        Quick add
      </label>
      <div className="quick-add-row">
        <input
          ref={inputRef}
          id={inputId}
          className="input quick-add-input"
          autoComplete="off"
          spellCheck={false}
          placeholder="Write sitemap +AFW 45m !fri #production @sam"
          value={quick.text}
          aria-invalid={quick.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => quick.setText(event.target.value)}
        />
        <button type="submit" className="btn btn-primary">
          Add task
        </button>
      </div>
      {quick.error ? (
        <p id={errorId} className="field-error" role="alert">
          {quick.error}
        </p>
      ) : (
        <p id={hintId} className="field-hint">
          Enter adds it · <kbd>+AFW</kbd> or <kbd>+"name"</kbd> project · <kbd>45m</kbd> estimate · <kbd>!fri</kbd> due ·{' '}
          <kbd>#am</kbd> <kbd>#pm</kbd> <kbd>#production</kbd> hat · <kbd>@name</kbd> who does it
        </p>
      )}
      {showPreview ? (
        <QuickAddPreview
          id={previewId}
          result={quick.result}
          targetLabel={targetLabel}
          teammates={teammates}
          onPick={quick.pick}
        />
      ) : null}
    </form>
  );
}
