import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { loadProjectHealth } from '../../db/queries/budget-health';
import { dayKeyOf } from '../../domain/time/day-key';
import { BudgetRemaining } from './budget-remaining';

/**
 * The remaining budget of the project being logged or timed, kept live. A connected piece shared by
 * the Log time dialog and the header timer, which as features may not import each other.
 */
export function ProjectBudgetHint({ projectId, className }: { projectId: string; className?: string }) {
  const health = useLiveQuery(() => loadProjectHealth(db, projectId, dayKeyOf(new Date())), [projectId], undefined);
  if (!health) return null;
  return (
    <p className={`budget-hint ${className ?? ''}`} aria-label="Budget of this project">
      <BudgetRemaining health={health} />
    </p>
  );
}
