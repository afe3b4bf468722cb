import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { loadProjectHealth } from '../../db/queries/budget-health';
import { BudgetRemaining } from './budget-remaining';
import { useToday } from '../../stores/use-clock';

/**
 * The remaining budget of the project being logged or timed, kept live. A connected piece shared by
 * the Log time dialog and the header timer, which as features may not import each other.
 */
export function ProjectBudgetHint({ projectId, className }: { projectId: string; className?: string }) {
  const today = useToday();
  const health = useLiveQuery(() => loadProjectHealth(db, projectId, today), [projectId, today], undefined);
  if (!health) return null;
  return (
    <p className={`budget-hint ${className ?? ''}`} aria-label="Budget of this project">
      <BudgetRemaining health={health} />
    </p>
  );
}
