import { tokenize } from './quick-add-tokens';
import { readToken } from './quick-add-readers';
import type { FieldValue, Outcome, QuickAddContext, QuickAddField, QuickAddPicks, QuickAddResult } from './quick-add-types';

export type { QuickAddProject, QuickAddTeammate } from './quick-add-match';
export type {
  QuickAddChoice,
  QuickAddContext,
  QuickAddField,
  QuickAddPicks,
  QuickAddQuestion,
  QuickAddResult,
  Understood,
} from './quick-add-types';
export { KEEP_IN_TITLE } from './quick-add-types';
export { projectChoiceLabel } from './quick-add-readers';

// Quick add: 'Write sitemap +AFW 45m !fri #production @sam' → a title and task fields.
//   +CODE / +name / +"Project name"  project (+inbox: the inbox)      45m 1h 1.5h 1h30m  estimate
//   !today !tomorrow !fri !2026-12-03 !12/3                          due
//   #production #prod #account #am #project #pm                      hat
//   @me @name / @"Full name"                                          assignee
// Anything else stays in the title. When a token could mean several things (two projects, two
// teammates, '!12/3') or names nothing known ('+XYZ', '@nobody'), the result carries a question
// with choices; the caller passes the user's answers back in `picks` (keyed by question key).
// Pure: `today`, projects and teammates come from the caller, never from the clock or the database.

const FIELD_NOUNS: Record<QuickAddField, string> = {
  project: 'projects',
  estimate: 'estimates',
  due: 'due dates',
  hat: 'hats',
  assignee: 'assignees',
};

function fieldOf(outcome: Outcome): QuickAddField | null {
  if (outcome.kind === 'value') return outcome.field;
  if (outcome.kind === 'question') return outcome.question.field;
  return null;
}

export function parseQuickAdd(text: string, context: QuickAddContext, picks: QuickAddPicks = {}): QuickAddResult {
  const outcomes = tokenize(text).map((token) => readToken(token, context, picks));
  // A field given twice: the later token wins and the earlier one is dropped, with a note.
  const lastOfField = new Map<QuickAddField, number>();
  outcomes.forEach((outcome, index) => {
    const field = fieldOf(outcome);
    if (field) lastOfField.set(field, index);
  });
  const result: QuickAddResult = { title: '', understood: [], questions: [], notes: [] };
  const words: string[] = [];
  outcomes.forEach((outcome, index) => {
    if (outcome.kind === 'title') {
      words.push(outcome.text);
      if (outcome.note) result.notes.push(outcome.note);
      return;
    }
    const field = outcome.kind === 'value' ? outcome.field : outcome.question.field;
    const winner = outcomes[lastOfField.get(field) ?? index];
    if (lastOfField.get(field) !== index) {
      const token = outcome.kind === 'value' ? outcome.token : outcome.question.token;
      const used = winner?.kind === 'value' ? winner.token : winner?.kind === 'question' ? winner.question.token : '';
      result.notes.push(`Two ${FIELD_NOUNS[field]} given: “${used}” counts, “${token}” is ignored`);
      return;
    }
    if (outcome.kind === 'question') {
      result.questions.push(outcome.question);
      return;
    }
    result.understood.push({ field: outcome.field, token: outcome.token, picked: outcome.picked });
    assign(result, outcome);
  });
  result.title = words.join(' ');
  return result;
}

function assign(result: QuickAddResult, value: FieldValue): void {
  switch (value.field) {
    case 'project':
      result.projectId = value.value;
      break;
    case 'estimate':
      result.estimateMinutes = value.value;
      break;
    case 'due':
      result.due = value.value;
      break;
    case 'hat':
      result.hat = value.value;
      break;
    case 'assignee':
      result.assignee = value.value;
      break;
  }
}
