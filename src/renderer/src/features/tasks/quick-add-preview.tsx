import { useId } from 'react';
import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import { HAT_SHORT_LABELS } from '../../domain/model/hat';
import type { Teammate } from '../../domain/model/teammate';
import type { QuickAddChoice, QuickAddQuestion, QuickAddResult } from '../../domain/tasks/quick-add';
import { isDayKey } from '../../domain/time/day-key';
import { assigneeName } from './labels';

export interface QuickAddPreviewProps {
  id: string;
  result: QuickAddResult;
  /** where the task will go, already named ('Inbox', 'AFW · Website relaunch') */
  targetLabel: string;
  teammates: ReadonlyMap<string, Teammate>;
  onPick: (key: string, value: string) => void;
}

function choiceLabel(question: QuickAddQuestion, choice: QuickAddChoice): string {
  if (question.field !== 'due' || !isDayKey(choice.value)) return choice.label;
  return `${formatDay(choice.value, undefined, 'medium')} (read as ${choice.label})`;
}

function QuestionPicker({ question, onPick }: { question: QuickAddQuestion; onPick: QuickAddPreviewProps['onPick'] }) {
  const id = useId();
  return (
    <li className="quick-add-question">
      <label htmlFor={id}>{question.message}: which one?</label>
      <select id={id} className="input select" value="" onChange={(event) => onPick(question.key, event.target.value)}>
        <option value="" disabled>
          Choose…
        </option>
        {question.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choiceLabel(question, choice)}
          </option>
        ))}
      </select>
    </li>
  );
}

/** What quick add understood so far, and the questions it needs answered before it saves. */
export function QuickAddPreview({ id, result, targetLabel, teammates, onPick }: QuickAddPreviewProps) {
  const projectPending = result.questions.some((question) => question.field === 'project');
  const parts = [
    projectPending ? 'in the project picked below' : `in ${targetLabel}`,
    result.estimateMinutes !== undefined ? `estimate ${formatMinutes(result.estimateMinutes)}` : null,
    result.due !== undefined ? `due ${formatDay(result.due, undefined, 'weekday')}` : null,
    result.hat !== undefined ? HAT_SHORT_LABELS[result.hat] : null,
    result.assignee !== undefined ? `for ${assigneeName(result.assignee, teammates)}` : null,
  ].filter((part) => part !== null);
  return (
    <div id={id} className="quick-add-preview">
      <p className="quick-add-understood">
        {result.title ? <strong>“{result.title}”</strong> : <span className="muted">No title yet</span>} {parts.join(' · ')}
      </p>
      {result.questions.length > 0 ? (
        <ul className="quick-add-questions" aria-label="Questions before adding">
          {result.questions.map((question) => (
            <QuestionPicker key={question.key} question={question} onPick={onPick} />
          ))}
        </ul>
      ) : null}
      {result.notes.map((note) => (
        <p key={note} className="quick-add-note muted">
          {note}
        </p>
      ))}
    </div>
  );
}
