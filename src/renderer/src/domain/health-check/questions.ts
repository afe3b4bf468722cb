import {
  CHANGE_DECISION_WINDOW_DAYS,
  CHECK_IN_RECENT_DAYS,
  HAPPY_MIN_SCORE,
  INVOICE_OVERDUE_DAYS,
  SENTIMENT_DROP_POINTS,
  TOUCH_RECENT_DAYS,
  UPDATE_RECENT_DAYS,
} from './thresholds';
import type { AmQuestionId, PmQuestionId, QuestionInfo } from './types';

// The article's closing checklists ("If you answer 'no' to these questions, you might need an
// AM / a PM"), in its words, with what Tandem checks to answer each one from the records. The PM
// question about expertise being respected has no trace in one person's records and is left out.

export const AM_QUESTIONS: readonly (QuestionInfo & { id: AmQuestionId })[] = [
  {
    id: 'whom-to-ask',
    short: 'Whom to ask',
    area: 'am',
    question: 'Does the client know who to ask when they have questions?',
    check: 'A primary contact and a relationship owner are set.',
  },
  {
    id: 'invoice',
    short: 'Billing contact',
    area: 'am',
    question: 'Does the client know who to go to when they have an issue with an invoice?',
    check: `A contact receives invoices (billing), and no sent invoice is more than ${INVOICE_OVERDUE_DAYS} days overdue.`,
  },
  {
    id: 'budget-value',
    short: 'Budget and value',
    area: 'am',
    question: 'Does the client know where to allocate their budget, and feel confident in the value?',
    check: `Every active billable project has a budget or retainer, and an update was sent in the last ${UPDATE_RECENT_DAYS} days.`,
  },
  {
    id: 'happy',
    short: 'Client happy',
    area: 'am',
    question: 'Is this client happy? How do I know?',
    check: `A check-in in the last ${CHECK_IN_RECENT_DAYS} days scored ${HAPPY_MIN_SCORE}/5 or better and did not drop ${SENTIMENT_DROP_POINTS} points or more.`,
  },
  {
    id: 'future-work',
    short: 'Future work',
    area: 'am',
    question: 'Does this client have potential for future work? How do I know?',
    check: 'An opportunity with a chance above 0% is expected this month or later.',
  },
  {
    id: 'rapport',
    short: 'Rapport',
    area: 'am',
    question: 'Does this client have good rapport with anyone on our team? Who?',
    check: `A relationship owner is set and a check-in or sent update happened in the last ${TOUCH_RECENT_DAYS} days.`,
  },
];

export const PM_QUESTIONS: readonly (QuestionInfo & { id: PmQuestionId })[] = [
  {
    id: 'timeline',
    short: 'Timeline on track',
    area: 'pm',
    question: 'Does this project have a timeline? Is it on track?',
    check: 'Milestones with dates, none overdue, and the end date not passed.',
  },
  {
    id: 'tasks',
    short: 'Everyone knows what to do',
    area: 'pm',
    question: 'Does everyone on this project know what they need to do?',
    check: 'Every open task has someone assigned and a due date.',
  },
  {
    id: 'on-budget',
    short: 'On budget',
    area: 'pm',
    question: 'Is this project on budget? How do I know?',
    check: 'A budget is set and its budget health is green.',
  },
  {
    id: 'resources',
    short: 'Enough resources',
    area: 'pm',
    question: 'Does the team have the resources it needs to complete this project?',
    check: 'Time is planned for it in the next two weeks, and all planned time fits the work hours.',
  },
  {
    id: 'change-balance',
    short: 'Yes and no to requests',
    area: 'pm',
    question: 'Are we saying yes to every client request? Are we saying no to every one?',
    check: `Change requests decided in the last ${CHANGE_DECISION_WINDOW_DAYS} days include both approvals and declines.`,
  },
  {
    id: 'no-delivered',
    short: 'Who delivers the no',
    area: 'pm',
    question: 'If we say no to client requests, who is delivering that news?',
    check: 'Every declined change request has the day it was communicated.',
  },
];
