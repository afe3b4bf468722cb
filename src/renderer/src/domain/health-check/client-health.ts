import type { BudgetHealth } from '../budget/types';
import type { Client } from '../model/client';
import type { Project } from '../model/project';
import { daysBetween } from '../time/day-key';
import type { DayKey } from '../time/day-key';
import {
  CLIENT_INVOICE_RED_DAYS,
  CLIENT_SENTIMENT_AMBER_MAX,
  CLIENT_SENTIMENT_RED_MAX,
  CLIENT_UPDATE_AMBER_DAYS,
  CLIENT_UPDATE_RED_DAYS,
  CLIENT_WAITING_AMBER_DAYS,
  CLIENT_WAITING_RED_DAYS,
  INVOICE_OVERDUE_DAYS,
} from './thresholds';
import { lateInvoiceText, lateInvoices } from './invoice-facts';
import type { OpenInvoice } from './invoice-facts';
import { agoText, count, dayText, latestUpTo, sentDay } from './labels';

// A client's health for the Clients list: the weakest of its active projects' budget health,
// the latest sentiment check-in, the days since the last update it was sent (while it has active
// billable work), the change requests waiting on its decision and its most overdue open invoice,
// with the reason in words. A signal with nothing behind it
// (no check-in yet, no active project) is left out rather than guessed; with none at all the
// health is unknown.

export type SignalLevel = 'red' | 'amber' | 'green';
export type ClientHealthLevel = SignalLevel | 'unknown';
export type SignalKind = 'budget' | 'sentiment' | 'update' | 'waiting' | 'invoices';

export interface ClientHealthSignal {
  kind: SignalKind;
  level: SignalLevel;
  text: string;
}

export interface ClientHealth {
  level: ClientHealthLevel;
  /** the signal(s) that set the level, in words */
  reason: string;
  signals: ClientHealthSignal[];
}

export interface ClientHealthInput {
  client: Client;
  /** its current projects (planned, active, on hold; not archived) */
  projects: readonly Project[];
  /** budget health of its active projects */
  budgets: readonly { project: Project; health: BudgetHealth }[];
  /** instants (ISO) its updates were marked sent */
  sentAt: readonly string[];
  /** its sent invoices with money still owed, most overdue first (invoice-facts.ts) */
  openInvoices: readonly OpenInvoice[];
}

const SEVERITY: Record<ClientHealthLevel, number> = { red: 3, amber: 2, green: 1, unknown: 0 };

function budgetSignal(budgets: ClientHealthInput['budgets']): ClientHealthSignal | null {
  // 'none' (no budget) says nothing about health; the other statuses are signal levels as they are.
  const measured = budgets.flatMap(({ project, health }) =>
    health.status === 'none' ? [] : [{ project, level: health.status, why: health.reasons[0]?.short ?? health.status }],
  );
  if (measured.length === 0) return null;
  const worst = measured.reduce((a, b) => (SEVERITY[b.level] > SEVERITY[a.level] ? b : a));
  if (worst.level === 'green') return { kind: 'budget', level: 'green', text: `${count(measured.length, 'budget')} green` };
  return { kind: 'budget', level: worst.level, text: `${worst.project.code} budget ${worst.level}: ${worst.why}` };
}

function sentimentSignal(client: Client, today: DayKey, locale?: string): ClientHealthSignal | null {
  const latest = client.checkIns
    .filter((checkIn) => checkIn.date <= today)
    .reduce<Client['checkIns'][number] | null>(
      (last, checkIn) => (last === null || checkIn.date >= last.date ? checkIn : last),
      null,
    );
  if (!latest) return null;
  const level: SignalLevel =
    latest.score <= CLIENT_SENTIMENT_RED_MAX ? 'red' : latest.score <= CLIENT_SENTIMENT_AMBER_MAX ? 'amber' : 'green';
  return { kind: 'sentiment', level, text: `check-in ${latest.score}/5 on ${dayText(latest.date, locale)}` };
}

function updateSignal(input: ClientHealthInput, today: DayKey): ClientHealthSignal | null {
  // Updates are owed for client work in progress; internal (non-billable) work owes none.
  if (!input.projects.some((project) => project.status === 'active' && project.billing !== 'non_billable')) return null;
  const last = latestUpTo(input.sentAt.map(sentDay), today);
  if (last === null) return { kind: 'update', level: 'red', text: 'no update sent yet' };
  const age = daysBetween(last, today);
  const level: SignalLevel = age > CLIENT_UPDATE_RED_DAYS ? 'red' : age > CLIENT_UPDATE_AMBER_DAYS ? 'amber' : 'green';
  return { kind: 'update', level, text: `last update sent ${agoText(age)}` };
}

function waitingSignal(projects: readonly Project[], today: DayKey): ClientHealthSignal | null {
  const waiting = projects.flatMap((project) => project.changeRequests.filter((request) => request.status === 'estimated'));
  if (waiting.length === 0) return null;
  const oldest = Math.max(...waiting.map((request) => daysBetween(request.askedAt, today)));
  const level: SignalLevel = oldest > CLIENT_WAITING_RED_DAYS ? 'red' : oldest > CLIENT_WAITING_AMBER_DAYS ? 'amber' : 'green';
  const what = count(waiting.length, 'change request');
  return { kind: 'waiting', level, text: `${what} waiting on the client, the oldest asked ${agoText(oldest)}` };
}

function invoiceSignal(open: readonly OpenInvoice[], locale?: string): ClientHealthSignal | null {
  // Nothing owed says nothing: a client with no open invoice has no invoice signal.
  if (open.length === 0) return null;
  const late = lateInvoices(open);
  const worst = late[0];
  if (!worst) {
    return {
      kind: 'invoices',
      level: 'green',
      text: `${count(open.length, 'open invoice')}, none over ${INVOICE_OVERDUE_DAYS} days overdue`,
    };
  }
  const level: SignalLevel = worst.daysOverdue > CLIENT_INVOICE_RED_DAYS ? 'red' : 'amber';
  return { kind: 'invoices', level, text: lateInvoiceText(late, locale) };
}

export function clientHealth(input: ClientHealthInput, today: DayKey, locale?: string): ClientHealth {
  const signals = [
    budgetSignal(input.budgets),
    sentimentSignal(input.client, today, locale),
    updateSignal(input, today),
    waitingSignal(input.projects, today),
    invoiceSignal(input.openInvoices, locale),
  ].filter((signal): signal is ClientHealthSignal => signal !== null);
  if (signals.length === 0) {
    return {
      level: 'unknown',
      reason: 'Nothing to judge by yet: no active project, check-in, change request or open invoice.',
      signals,
    };
  }
  const level = signals.reduce<SignalLevel>(
    (worst, signal) => (SEVERITY[signal.level] > SEVERITY[worst] ? signal.level : worst),
    'green',
  );
  const reasons = signals.filter((signal) => signal.level === level).map((signal) => signal.text);
  const reason = reasons.join('; ');
  return { level, reason: reason.charAt(0).toUpperCase() + reason.slice(1), signals };
}
