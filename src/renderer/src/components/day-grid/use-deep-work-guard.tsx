import { useCallback, useState, type ReactNode } from 'react';
import type { Project } from '../../domain/model/project';
import type { TimeBlock } from '../../domain/model/time-block';
import { newDeepWorkConflicts, type Placement } from '../../domain/plan/protect';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { blockName } from './labels';

interface Question {
  conflicts: TimeBlock[];
  what: string;
  answer: (placeAnyway: boolean) => void;
}

export interface DeepWorkGuard {
  /** Resolves true when nothing protected is covered or the user says to place it anyway. */
  allow: (blocks: readonly TimeBlock[], next: Placement, what: string, previous?: Placement) => Promise<boolean>;
  dialog: ReactNode;
}

/** Deep work is protected: placing anything over a deep-work block asks first. */
export function useDeepWorkGuard(projects: ReadonlyMap<string, Project>): DeepWorkGuard {
  const [question, setQuestion] = useState<Question | null>(null);

  const allow = useCallback<DeepWorkGuard['allow']>((blocks, next, what, previous) => {
    const conflicts = newDeepWorkConflicts(blocks, next, previous);
    if (conflicts.length === 0) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      setQuestion({
        conflicts,
        what,
        answer: (placeAnyway) => {
          setQuestion(null);
          resolve(placeAnyway);
        },
      });
    });
  }, []);

  const dialog = question ? (
    <Dialog
      title="Place this over deep work?"
      size="sm"
      onClose={() => question.answer(false)}
      footer={
        <>
          <Button onClick={() => question.answer(false)}>Keep deep work free</Button>
          <Button variant="primary" onClick={() => question.answer(true)}>
            Place anyway
          </Button>
        </>
      }
    >
      <p>
        {question.what} would overlap protected focus time:{' '}
        {question.conflicts
          .map((block) => blockName(block, block.projectId ? projects.get(block.projectId) : undefined))
          .join('; ')}
        .
      </p>
    </Dialog>
  ) : null;

  return { allow, dialog };
}
