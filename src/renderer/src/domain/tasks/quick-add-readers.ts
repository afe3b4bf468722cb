import { parseDuration } from '../parse/parse-duration';
import { ASSIGNEE_ME } from '../model/task';
import type { Hat } from '../model/hat';
import { toDayKey } from '../time/day-key';
import { readDue } from './quick-add-due';
import { matchProject, matchTeammate } from './quick-add-match';
import type { QuickAddProject } from './quick-add-match';
import type { Token } from './quick-add-tokens';
import { KEEP_IN_TITLE } from './quick-add-types';
import type { FieldValue, Outcome, QuickAddContext, QuickAddPicks, QuickAddQuestion } from './quick-add-types';

// One token at a time: what it sets, or the question it raises, or the title text it stays.

const HATS_BY_WORD: Record<string, Hat> = {
  production: 'production',
  prod: 'production',
  producer: 'production',
  account: 'account',
  am: 'account',
  project: 'project',
  pm: 'project',
};

const ESTIMATE = /^(?:\d+(?:[.,]\d+)?(?:h|m|min)|\d+h\d{1,2}m?)$/i;

export function projectChoiceLabel(project: QuickAddProject): string {
  return `${project.code} · ${project.name}${project.clientName ? ` (${project.clientName})` : ''}`;
}

/** A question, or its answer when `picks` holds one of its choices. */
function ask(question: QuickAddQuestion, picks: QuickAddPicks, toValue: (value: string) => FieldValue): Outcome {
  const choices = [...question.choices, { value: KEEP_IN_TITLE, label: `Keep “${question.token}” in the title` }];
  const pick = picks[question.key];
  if (pick === KEEP_IN_TITLE) return { kind: 'title', text: question.token };
  if (pick !== undefined && choices.some((choice) => choice.value === pick)) {
    return { kind: 'value', token: question.token, picked: true, ...toValue(pick) };
  }
  return { kind: 'question', question: { ...question, choices } };
}

function questionKey(field: QuickAddQuestion['field'], token: Token): string {
  return `${field}:${token.raw.toLowerCase()}`;
}

function readProject(token: Token, context: QuickAddContext, picks: QuickAddPicks): Outcome {
  const match = matchProject(token.body, context.projects);
  const found = { token: token.raw, picked: false, field: 'project' } as const;
  if (match.kind === 'one') return { kind: 'value', ...found, value: match.item.id };
  if (match.kind === 'none' && token.body.toLowerCase() === 'inbox') return { kind: 'value', ...found, value: null };
  const candidates = match.kind === 'many' ? match.items : context.projects;
  const message =
    match.kind === 'many' ? `“${token.raw}” matches ${match.items.length} projects` : `No open project matches “${token.raw}”`;
  const question: QuickAddQuestion = {
    key: questionKey('project', token),
    field: 'project',
    token: token.raw,
    message,
    choices: candidates.map((project) => ({ value: project.id, label: projectChoiceLabel(project) })),
  };
  return ask(question, picks, (value) => ({ field: 'project', value }));
}

function readAssignee(token: Token, context: QuickAddContext, picks: QuickAddPicks): Outcome {
  const found = { token: token.raw, picked: false, field: 'assignee' } as const;
  if (token.body.toLowerCase() === 'me') return { kind: 'value', ...found, value: ASSIGNEE_ME };
  const match = matchTeammate(token.body, context.teammates);
  if (match.kind === 'one') return { kind: 'value', ...found, value: match.item.id };
  const teammates = match.kind === 'many' ? match.items : context.teammates;
  const choices = teammates.map((teammate) => ({ value: teammate.id, label: teammate.name }));
  const question: QuickAddQuestion = {
    key: questionKey('assignee', token),
    field: 'assignee',
    token: token.raw,
    message:
      match.kind === 'many' ? `“${token.raw}” matches ${match.items.length} teammates` : `No teammate matches “${token.raw}”`,
    choices: match.kind === 'many' ? choices : [{ value: ASSIGNEE_ME, label: 'Me' }, ...choices],
  };
  return ask(question, picks, (value) => ({ field: 'assignee', value }));
}

function readDueToken(token: Token, context: QuickAddContext, picks: QuickAddPicks): Outcome {
  const reading = readDue(token.body, context.today);
  if (reading.kind === 'day') return { kind: 'value', token: token.raw, picked: false, field: 'due', value: reading.day };
  if (reading.kind === 'invalid')
    return { kind: 'title', text: token.raw, note: `${reading.message}: “${token.raw}” stays in the title` };
  if (reading.kind === 'unknown') {
    const note = /[a-z0-9]/i.test(token.body) ? `“${token.raw}” is not a date I know: it stays in the title` : undefined;
    return note ? { kind: 'title', text: token.raw, note } : { kind: 'title', text: token.raw };
  }
  const question: QuickAddQuestion = {
    key: questionKey('due', token),
    field: 'due',
    token: token.raw,
    message: `“${token.raw}” could be two days`,
    choices: reading.choices.map((choice) => ({ value: choice.day, label: choice.reading })),
  };
  return ask(question, picks, (value) => ({ field: 'due', value: toDayKey(value) }));
}

function readHat(token: Token): Outcome {
  const hat = HATS_BY_WORD[token.body.toLowerCase()];
  if (hat) return { kind: 'value', token: token.raw, picked: false, field: 'hat', value: hat };
  if (!/^[a-z]+$/i.test(token.body)) return { kind: 'title', text: token.raw };
  return {
    kind: 'title',
    text: token.raw,
    note: `“${token.raw}” is not a hat (#production, #account or #am, #project or #pm): it stays in the title`,
  };
}

function readEstimate(token: Token): Outcome {
  const minutes = parseDuration(token.raw);
  if (!minutes.ok) return { kind: 'title', text: token.raw, note: `“${token.raw}”: ${minutes.error}` };
  if (minutes.value === 0) return { kind: 'title', text: token.raw };
  return { kind: 'value', token: token.raw, picked: false, field: 'estimate', value: minutes.value };
}

export function readToken(token: Token, context: QuickAddContext, picks: QuickAddPicks): Outcome {
  if (token.literal) return { kind: 'title', text: token.raw };
  switch (token.sigil) {
    case '+':
      return readProject(token, context, picks);
    case '@':
      return readAssignee(token, context, picks);
    case '!':
      return readDueToken(token, context, picks);
    case '#':
      return readHat(token);
    default:
      return ESTIMATE.test(token.raw) ? readEstimate(token) : { kind: 'title', text: token.raw };
  }
}
