import { describe, expect, it } from 'vitest';
import { clientHealth } from '../../../../src/renderer/src/domain/health-check/client-health';
import type { ClientHealthInput } from '../../../../src/renderer/src/domain/health-check/client-health';
import type { StatusReason } from '../../../../src/renderer/src/domain/budget/types';
import type { BudgetStatus } from '../../../../src/renderer/src/domain/budget/types';
import type { ChangeRequestStatus } from '../../../../src/renderer/src/domain/model/project-parts';
import { TODAY, healthWith, makeClient, makeProject, openInvoice, sentOn } from './fixtures';

const web = makeProject();
const reason = (short: string): StatusReason => ({ rule: 'spent-ahead-10', level: 'amber', text: `${short}.`, short });
const budget = (status: BudgetStatus, code = 'WEB', short = 'Spent ahead of progress') => {
  const project = makeProject({ id: code, code });
  return { project, health: healthWith(project, status, [reason(short)]) };
};

function input(rest: Partial<ClientHealthInput> = {}): ClientHealthInput {
  return { client: makeClient(), projects: [web], budgets: [], sentAt: [sentOn('2026-03-16')], openInvoices: [], ...rest };
}

describe('a client’s health is the weakest of its signals', () => {
  it('green when every signal is green, naming them all', () => {
    const health = clientHealth(
      input({ client: makeClient({ checkIns: [{ date: '2026-03-01', score: 4 }] }), budgets: [budget('green')] }),
      TODAY,
      'en-US',
    );
    expect(health.level).toBe('green');
    expect(health.reason).toBe('1 budget green; check-in 4/5 on Mar 1, 2026; last update sent 2 days ago');
  });

  it('budget: the worst active project sets it, with its reason; projects without a budget are ignored', () => {
    const health = clientHealth(
      input({ budgets: [budget('green', 'APP'), budget('red', 'WEB', 'Over baseline'), budget('none', 'OPS')] }),
      TODAY,
    );
    expect(health.level).toBe('red');
    expect(health.reason).toBe('WEB budget red: Over baseline');
    expect(clientHealth(input({ budgets: [budget('amber')] }), TODAY).level).toBe('amber');
  });

  it('sentiment: 2/5 red, 3/5 amber, 4/5 green, from the latest check-in on or before today', () => {
    const withScore = (score: number) =>
      clientHealth(
        input({
          client: makeClient({
            checkIns: [
              { date: '2026-01-01', score: 5 },
              { date: '2026-03-10', score },
              { date: '2026-03-20', score: 5 },
            ],
          }),
        }),
        TODAY,
        'en-US',
      );
    expect(withScore(2)).toMatchObject({ level: 'red', reason: 'Check-in 2/5 on Mar 10, 2026' });
    expect(withScore(3).level).toBe('amber');
    expect(withScore(4).level).toBe('green');
  });

  it('update: green up to 14 days, amber to 28, red after 28 days or with none sent (with an active project)', () => {
    const sent = (dayKey: string) => clientHealth(input({ sentAt: [sentOn(dayKey)] }), TODAY);
    expect(sent('2026-03-04').level).toBe('green');
    expect(sent('2026-03-03')).toMatchObject({ level: 'amber', reason: 'Last update sent 15 days ago' });
    expect(sent('2026-02-18').level).toBe('amber');
    expect(sent('2026-02-17').level).toBe('red');
    expect(clientHealth(input({ sentAt: [] }), TODAY)).toMatchObject({ level: 'red', reason: 'No update sent yet' });
  });

  it('update: no signal without active billable work (planned or internal only)', () => {
    const planned = makeProject({ status: 'planned' });
    const internal = makeProject({ id: 'p2', code: 'INT', billing: 'non_billable' });
    expect(clientHealth(input({ projects: [planned, internal], sentAt: [] }), TODAY)).toMatchObject({
      level: 'unknown',
      signals: [],
    });
  });

  it('waiting: estimated change requests waiting on the client, amber after 14 days, red after 28', () => {
    const asked = (askedAt: string, status: ChangeRequestStatus = 'estimated') =>
      clientHealth(input({ projects: [makeProject({ changeRequests: [{ title: 'Blog', status, askedAt }] })] }), TODAY);
    expect(asked('2026-03-04').level).toBe('green');
    expect(asked('2026-03-03')).toMatchObject({
      level: 'amber',
      reason: '1 change request waiting on the client, the oldest asked 15 days ago',
    });
    expect(asked('2026-02-18').level).toBe('amber');
    expect(asked('2026-02-17').level).toBe('red');
    // asked (not yet estimated) waits on us, not on the client
    expect(asked('2026-01-01', 'asked').level).toBe('green');
  });

  it('lists every signal at the weakest level', () => {
    const health = clientHealth(
      input({ client: makeClient({ checkIns: [{ date: '2026-03-10', score: 1 }] }), sentAt: [] }),
      TODAY,
      'en-US',
    );
    expect(health.reason).toBe('Check-in 1/5 on Mar 10, 2026; no update sent yet');
    expect(health.signals.map((signal) => signal.kind)).toEqual(['sentiment', 'update']);
  });

  it('unknown with nothing to judge by', () => {
    const health = clientHealth(input({ projects: [], sentAt: [] }), TODAY);
    expect(health).toMatchObject({
      level: 'unknown',
      reason: 'Nothing to judge by yet: no active project, check-in, change request or open invoice.',
    });
  });
});

describe('invoices: the most overdue open invoice', () => {
  it('green while no open invoice is more than 30 days overdue (30 is the limit)', () => {
    const health = clientHealth(input({ openInvoices: [openInvoice({ daysOverdue: 30 }), openInvoice({ id: 'i2' })] }), TODAY);
    expect(health.signals.find((signal) => signal.kind === 'invoices')).toEqual({
      kind: 'invoices',
      level: 'green',
      text: '2 open invoices, none over 30 days overdue',
    });
    expect(health.level).toBe('green');
  });

  it('amber from 31 days overdue, with the invoice, its days and what is owed', () => {
    // 75,000 cents = €750.00; the update sent 2 days ago is green, so the invoice alone sets amber
    const health = clientHealth(input({ openInvoices: [openInvoice({ daysOverdue: 31 })] }), TODAY, 'en-US');
    expect(health.level).toBe('amber');
    expect(health.reason).toBe('Invoice 2026-0001 is 31 days overdue with €750.00 owed');
  });

  it('still amber at 60 days, red from 61', () => {
    expect(clientHealth(input({ openInvoices: [openInvoice({ daysOverdue: 60 })] }), TODAY).level).toBe('amber');
    const red = clientHealth(
      input({
        openInvoices: [openInvoice({ daysOverdue: 61 }), openInvoice({ id: 'i2', number: '2026-0002', daysOverdue: 35 })],
      }),
      TODAY,
      'en-US',
    );
    expect(red.level).toBe('red');
    expect(red.reason).toBe('Invoice 2026-0001 is 61 days overdue with €750.00 owed (and 1 more over 30 days overdue)');
  });

  it('says nothing when nothing is owed', () => {
    expect(clientHealth(input(), TODAY).signals.map((signal) => signal.kind)).not.toContain('invoices');
  });
});
