import { formatDay } from '../format/format-day';
import { daysBetween, monthKeyOf, toDayKey } from '../time/day-key';
import type { DayKey } from '../time/day-key';
import type { Project } from '../model/project';
import {
  CHECK_IN_RECENT_DAYS,
  HAPPY_MIN_SCORE,
  SENTIMENT_DROP_POINTS,
  TOUCH_RECENT_DAYS,
  UPDATE_RECENT_DAYS,
} from './thresholds';
import type { AmQuestionId, Answer, AskContext, ClientFacts, LinkTarget, QuestionAnswer } from './types';
import { agoText, count, dayText, latestUpTo, nameList, sentDay, within } from './labels';
import { lateInvoiceText, lateInvoices } from './invoice-facts';

// Account management, asked per client. Each rule answers from the client record, its current
// projects, its sent updates and its open invoices; "unknown" means the records hold too little to tell.

export type AmRule = (facts: ClientFacts, context: AskContext) => QuestionAnswer;

export function clientLink(facts: ClientFacts): LinkTarget {
  return { screen: 'clients', id: facts.client.id, label: 'client' };
}

function answer(
  question: AmQuestionId,
  facts: ClientFacts,
  value: Answer,
  evidence: string,
  link = clientLink(facts),
): QuestionAnswer {
  return { question, subjectId: facts.client.id, subjectName: facts.client.name, answer: value, evidence, link };
}

export function whomToAsk(facts: ClientFacts): QuestionAnswer {
  const { contacts } = facts.client;
  const owner = facts.client.owner.trim();
  const primary = contacts.find((contact) => contact.primary);
  if (!owner) {
    const side = primary ? `primary contact ${primary.name}` : 'no primary contact either';
    return answer('whom-to-ask', facts, 'no', `No relationship owner set; ${side}.`);
  }
  if (contacts.length === 0) {
    return answer(
      'whom-to-ask',
      facts,
      'unknown',
      `Owner ${owner}; no contacts recorded, so who asks on the client’s side is not known.`,
    );
  }
  if (!primary) {
    return answer('whom-to-ask', facts, 'no', `Owner ${owner}; ${count(contacts.length, 'contact')}, none marked primary.`);
  }
  return answer('whom-to-ask', facts, 'yes', `Primary contact ${primary.name}; relationship owner ${owner}.`);
}

export function invoiceContact(facts: ClientFacts, { locale }: AskContext): QuestionAnswer {
  const late = lateInvoices(facts.openInvoices);
  const lateText = lateInvoiceText(late, locale);
  const billing = facts.client.contacts.filter((contact) => contact.billing);
  if (billing.length > 0) {
    const to = `Invoices go to ${nameList(billing.map((contact) => contact.name))}`;
    const worst = late[0];
    if (!worst) return answer('invoice', facts, 'yes', `${to}.`);
    return answer('invoice', facts, 'no', `${to}, but ${lateText}.`, { screen: 'invoices', id: worst.id, label: 'invoice' });
  }
  const lateSuffix = lateText ? `; ${lateText}` : '';
  const billable = facts.projects.filter((project) => project.billing !== 'non_billable');
  if (billable.length === 0 && late.length === 0) {
    return answer(
      'invoice',
      facts,
      'unknown',
      'No billable project, so nothing is invoiced and no billing contact is needed yet.',
    );
  }
  const contacts = facts.client.contacts.length;
  const projects = billable.length > 0 ? `${count(billable.length, 'billable project')}; ` : '';
  const nobody = contacts === 0 ? 'no contacts recorded' : `none of ${count(contacts, 'contact')} receives invoices`;
  const text = `${projects}${nobody}${lateSuffix}.`;
  return answer('invoice', facts, 'no', text.charAt(0).toUpperCase() + text.slice(1));
}

export function hasBudget(project: Project): boolean {
  if (project.billing === 'retainer') return project.retainer !== undefined;
  return project.budgetMinutes !== undefined || project.budgetAmount !== undefined;
}

/** The client's last sent update on or before today, as a local day. */
export function lastSentDay(facts: ClientFacts, today: DayKey): DayKey | null {
  return latestUpTo(facts.sentAt.map(sentDay), today);
}

export function budgetAndValue(facts: ClientFacts, { today, locale }: AskContext): QuestionAnswer {
  // Internal (non-billable) work spends no client budget, so it is not asked about here.
  const active = facts.projects.filter((project) => project.status === 'active' && project.billing !== 'non_billable');
  if (active.length === 0) {
    return answer(
      'budget-value',
      facts,
      'unknown',
      'No active billable project, so there is no client budget to allocate right now.',
    );
  }
  const lastSent = lastSentDay(facts, today);
  const updated = lastSent !== null && within(lastSent, today, UPDATE_RECENT_DAYS);
  const updateText = lastSent
    ? `last update sent ${dayText(lastSent, locale)} (${agoText(daysBetween(lastSent, today))})`
    : 'no update sent yet';
  const unbudgeted = active.filter((project) => !hasBudget(project));
  if (unbudgeted.length > 0) {
    const first = unbudgeted[0]!;
    return answer(
      'budget-value',
      facts,
      'no',
      `No budget on ${nameList(unbudgeted.map((project) => project.code))}; ${updateText}.`,
      {
        screen: 'projects',
        id: first.id,
        label: 'project',
      },
    );
  }
  const updates: LinkTarget = { screen: 'updates', id: facts.client.id, label: 'updates' };
  const budgets = `${count(active.length, 'active billable project')} with a budget`;
  return updated
    ? answer('budget-value', facts, 'yes', `${budgets}; ${updateText}.`, updates)
    : answer('budget-value', facts, 'no', `${budgets}, but ${updateText}: none in the last ${UPDATE_RECENT_DAYS} days.`, updates);
}

export function isHappy(facts: ClientFacts, { today, locale }: AskContext): QuestionAnswer {
  const checkIns = facts.client.checkIns.filter((checkIn) => checkIn.date <= today).sort((a, b) => (a.date < b.date ? -1 : 1));
  const latest = checkIns[checkIns.length - 1];
  if (!latest) return answer('happy', facts, 'unknown', 'No sentiment check-in recorded.');
  const age = daysBetween(latest.date, today);
  const when = `${dayText(latest.date, locale)} (${agoText(age)})`;
  if (age > CHECK_IN_RECENT_DAYS) {
    return answer(
      'happy',
      facts,
      'unknown',
      `Last check-in ${latest.score}/5 on ${when}: older than ${CHECK_IN_RECENT_DAYS} days.`,
    );
  }
  const previous = checkIns[checkIns.length - 2];
  const trend = previous
    ? latest.score > previous.score
      ? `up from ${previous.score}/5`
      : latest.score < previous.score
        ? `down from ${previous.score}/5`
        : 'steady'
    : 'first check-in';
  const level = `Check-in ${latest.score}/5 on ${when}, ${trend}`;
  if (latest.score < HAPPY_MIN_SCORE) return answer('happy', facts, 'no', `${level}.`);
  if (previous && previous.score - latest.score >= SENTIMENT_DROP_POINTS) {
    return answer('happy', facts, 'no', `${level}: a drop of ${previous.score - latest.score} points.`);
  }
  return answer('happy', facts, 'yes', `${level}.`);
}

function monthText(month: string, locale?: string): string {
  return formatDay(toDayKey(`${month}-01`), locale, 'month');
}

export function futureWork(facts: ClientFacts, { today, locale }: AskContext): QuestionAnswer {
  const month = monthKeyOf(today);
  const likely = facts.client.opportunities.filter((item) => item.probability > 0);
  const open = likely.filter((item) => item.expectedMonth >= month).sort((a, b) => b.probability - a.probability);
  const best = open[0];
  if (best) {
    const more = open.length > 1 ? ` and ${open.length - 1} more` : '';
    return answer(
      'future-work',
      facts,
      'yes',
      `${best.title}: ${best.probability}% for ${monthText(best.expectedMonth, locale)}${more}.`,
    );
  }
  if (likely.length > 0) {
    const last = likely.reduce((latest, item) => (item.expectedMonth > latest ? item.expectedMonth : latest), '');
    return answer(
      'future-work',
      facts,
      'unknown',
      `${count(likely.length, 'opportunity', 'opportunities')} expected by ${monthText(last, locale)}, now past and not updated.`,
    );
  }
  const zero = facts.client.opportunities.length;
  return answer('future-work', facts, 'no', zero > 0 ? `Only opportunities at 0% (${zero}).` : 'No opportunity recorded.');
}

export function rapport(facts: ClientFacts, { today, locale }: AskContext): QuestionAnswer {
  const owner = facts.client.owner.trim();
  if (!owner) return answer('rapport', facts, 'no', 'No relationship owner set, so nobody in particular holds the relationship.');
  const checkIn = latestUpTo(
    facts.client.checkIns.map((item) => item.date),
    today,
  );
  const sent = lastSentDay(facts, today);
  const last =
    checkIn !== null && (sent === null || checkIn >= sent)
      ? { day: checkIn, what: 'check-in' }
      : sent
        ? { day: sent, what: 'update sent' }
        : null;
  if (!last) return answer('rapport', facts, 'unknown', `Owner ${owner}, but no check-in or sent update recorded.`);
  const text = `Owner ${owner}; last touch: ${last.what} ${dayText(last.day, locale)} (${agoText(daysBetween(last.day, today))})`;
  return within(last.day, today, TOUCH_RECENT_DAYS)
    ? answer('rapport', facts, 'yes', `${text}.`)
    : answer('rapport', facts, 'no', `${text}: none in the last ${TOUCH_RECENT_DAYS} days.`);
}
