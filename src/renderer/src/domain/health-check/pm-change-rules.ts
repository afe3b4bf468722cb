import { budgetLink, pmAnswer } from './pm-rules';
import { CHANGE_DECISION_WINDOW_DAYS, CHANGE_PATTERN_MIN_DECISIONS } from './thresholds';
import type { AskContext, ProjectFacts, QuestionAnswer } from './types';
import { count, dayText, latestUpTo, nameList, within } from './labels';

// How change requests are answered: a habit of yes to everything (scope creep) or no to
// everything (a client who stops asking), and whether each "no" reached the client.

export function changeBalance(facts: ProjectFacts, { today }: AskContext): QuestionAnswer {
  const decided = facts.project.changeRequests.filter(
    (request) =>
      (request.status === 'approved' || request.status === 'declined') &&
      request.decidedAt !== undefined &&
      within(request.decidedAt, today, CHANGE_DECISION_WINDOW_DAYS),
  );
  const approved = decided.filter((request) => request.status === 'approved').length;
  const declined = decided.length - approved;
  const tally = `${approved} approved, ${declined} declined in the last ${CHANGE_DECISION_WINDOW_DAYS} days`;
  const link = budgetLink(facts);
  if (approved > 0 && declined > 0) return pmAnswer('change-balance', facts, 'yes', `${tally}: both happen.`, link);
  if (decided.length >= CHANGE_PATTERN_MIN_DECISIONS) {
    const habit = approved > 0 ? 'yes to every request' : 'no to every request';
    return pmAnswer('change-balance', facts, 'no', `${tally}: saying ${habit}.`, link);
  }
  return pmAnswer(
    'change-balance',
    facts,
    'unknown',
    `${tally}: fewer than ${CHANGE_PATTERN_MIN_DECISIONS} decisions, too few to show a habit.`,
    link,
  );
}

export function noDelivered(facts: ProjectFacts, { today, locale }: AskContext): QuestionAnswer {
  const declined = facts.project.changeRequests.filter((request) => request.status === 'declined');
  const link = budgetLink(facts);
  if (declined.length === 0) {
    return pmAnswer('no-delivered', facts, 'unknown', 'No declined change request, so no “no” has had to be delivered.', link);
  }
  const silent = declined.filter((request) => !request.communicatedAt);
  if (silent.length > 0) {
    const titles = nameList(silent.map((request) => `“${request.title}”`));
    return pmAnswer(
      'no-delivered',
      facts,
      'no',
      `${silent.length} of ${count(declined.length, 'declined request')} ${silent.length === 1 ? 'has' : 'have'} no day it was communicated: ${titles}.`,
      link,
    );
  }
  const last = latestUpTo(
    declined.flatMap((request) => (request.communicatedAt ? [request.communicatedAt] : [])),
    today,
  );
  const when = last ? `, the last on ${dayText(last, locale)}` : '';
  return pmAnswer(
    'no-delivered',
    facts,
    'yes',
    `All ${count(declined.length, 'declined request')} were communicated${when}.`,
    link,
  );
}
