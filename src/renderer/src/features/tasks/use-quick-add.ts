import { useCallback, useMemo, useState } from 'react';
import { db } from '../../db/db';
import { tasksRepo } from '../../db/repositories/tasks-repo';
import type { Task } from '../../domain/model/task';
import { parseQuickAdd } from '../../domain/tasks/quick-add';
import type { QuickAddContext, QuickAddResult } from '../../domain/tasks/quick-add';
import { ValidationError } from '../../domain/validation';

export interface QuickAddState {
  text: string;
  setText: (text: string) => void;
  result: QuickAddResult;
  /** answers to the parser's questions, by question key */
  pick: (key: string, value: string) => void;
  /** why the last Enter saved nothing */
  error: string | null;
  /** the list a task without +project goes to (null: the inbox) */
  target: string | null;
  submit: () => Promise<Task | null>;
}

export function useQuickAdd(context: QuickAddContext, defaultProjectId: string | null): QuickAddState {
  const [text, setTextState] = useState('');
  const [picks, setPicks] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const result = useMemo(() => parseQuickAdd(text, context, picks), [text, context, picks]);
  const target = result.projectId !== undefined ? result.projectId : defaultProjectId;

  const setText = useCallback((next: string) => {
    setTextState(next);
    setError(null);
  }, []);
  const pick = useCallback((key: string, value: string) => {
    setPicks((current) => ({ ...current, [key]: value }));
    setError(null);
  }, []);

  const submit = useCallback(async (): Promise<Task | null> => {
    if (result.questions.length > 0) {
      setError(result.questions.length === 1 ? 'Answer the question below first' : 'Answer the questions below first');
      return null;
    }
    if (result.title === '') {
      setError(
        text.trim() === ''
          ? 'Type a task first'
          : 'Add a title: everything that is not +project, estimate, !due, #hat or @person',
      );
      return null;
    }
    try {
      const task = await tasksRepo(db).create({
        title: result.title,
        projectId: target,
        ...(result.estimateMinutes !== undefined ? { estimateMinutes: result.estimateMinutes } : {}),
        ...(result.due !== undefined ? { due: result.due } : {}),
        ...(result.hat !== undefined ? { hat: result.hat } : {}),
        ...(result.assignee !== undefined ? { assignee: result.assignee } : {}),
      });
      setTextState('');
      setPicks({});
      setError(null);
      return task;
    } catch (caught) {
      const message =
        caught instanceof ValidationError
          ? Object.values(caught.fieldErrors)[0]
          : caught instanceof Error
            ? caught.message
            : String(caught);
      setError(message ?? 'Could not add the task');
      return null;
    }
  }, [result, target, text]);

  return { text, setText, result, pick, error, target, submit };
}
