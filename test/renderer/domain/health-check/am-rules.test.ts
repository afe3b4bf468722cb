import { describe, expect, it } from 'vitest';
import {
  budgetAndValue,
  futureWork,
  invoiceContact,
  isHappy,
  rapport,
  whomToAsk,
} from '../../../../src/renderer/src/domain/health-check/am-rules';
import { toCurrencyCode, toMinor } from '../../../../src/renderer/src/domain/units/money';
import { CONTEXT, clientFacts, makeProject, openInvoice, sentOn } from './fixtures';

const jane = { id: 'k1', name: 'Jane Roe', primary: true };
const finn = { id: 'k2', name: 'Finn Ash', role: 'Finance', billing: true };

describe('whom to ask: a primary contact and a relationship owner', () => {
  it('yes with both', () => {
    const result = whomToAsk(clientFacts({ contacts: [jane] }));
    expect(result).toMatchObject({ question: 'whom-to-ask', answer: 'yes', subjectName: 'Acme' });
    expect(result.evidence).toBe('Primary contact Jane Roe; relationship owner Sam.');
    expect(result.link).toEqual({ screen: 'clients', id: 'c1', label: 'client' });
  });
  it('no without an owner, even with a primary contact', () => {
    const result = whomToAsk(clientFacts({ owner: '  ', contacts: [jane] }));
    expect(result.answer).toBe('no');
    expect(result.evidence).toBe('No relationship owner set; primary contact Jane Roe.');
  });
  it('no when contacts exist but none is primary', () => {
    const result = whomToAsk(clientFacts({ contacts: [{ ...jane, primary: false }, finn] }));
    expect(result.answer).toBe('no');
    expect(result.evidence).toBe('Owner Sam; 2 contacts, none marked primary.');
  });
  it('unknown with an owner but no contacts recorded', () => {
    expect(whomToAsk(clientFacts({ contacts: [] })).answer).toBe('unknown');
  });
});

describe('invoice: a contact receives invoices and no invoice is over 30 days overdue', () => {
  it('yes with a billing contact', () => {
    const result = invoiceContact(clientFacts({ contacts: [jane, finn] }), CONTEXT);
    expect(result.answer).toBe('yes');
    expect(result.evidence).toBe('Invoices go to Finn Ash.');
  });
  it('no with billable work and no billing contact', () => {
    const result = invoiceContact(clientFacts({ contacts: [jane] }), CONTEXT);
    expect(result.answer).toBe('no');
    expect(result.evidence).toBe('1 billable project; none of 1 contact receives invoices.');
  });
  it('unknown when nothing is billable (internal work)', () => {
    const result = invoiceContact(
      clientFacts({ contacts: [jane] }, { projects: [makeProject({ billing: 'non_billable' })] }),
      CONTEXT,
    );
    expect(result.answer).toBe('unknown');
  });
  it('yes with an open invoice exactly 30 days overdue (the limit)', () => {
    const facts = clientFacts({ contacts: [finn] }, { openInvoices: [openInvoice({ daysOverdue: 30 })] });
    expect(invoiceContact(facts, CONTEXT).answer).toBe('yes');
  });
  it('no with a billing contact but an invoice 31 days overdue: its number, days and balance, linking to the invoice', () => {
    // 75,000 cents still owed = €750.00
    const facts = clientFacts({ contacts: [finn] }, { openInvoices: [openInvoice({ id: 'i9', daysOverdue: 31 })] });
    const result = invoiceContact(facts, CONTEXT);
    expect(result.answer).toBe('no');
    expect(result.evidence).toBe('Invoices go to Finn Ash, but invoice 2026-0001 is 31 days overdue with €750.00 owed.');
    expect(result.link).toEqual({ screen: 'invoices', id: 'i9', label: 'invoice' });
  });
  it('names the most overdue invoice and counts the other late ones, not the ones within 30 days', () => {
    const openInvoices = [
      openInvoice({ id: 'i3', number: '2025-0040', daysOverdue: 95, balance: toMinor(123_456) }),
      openInvoice({ id: 'i2', number: '2026-0002', daysOverdue: 41 }),
      openInvoice({ id: 'i1', number: '2026-0007', daysOverdue: 12 }),
    ];
    const result = invoiceContact(clientFacts({ contacts: [finn] }, { openInvoices }), CONTEXT);
    expect(result.evidence).toBe(
      'Invoices go to Finn Ash, but invoice 2025-0040 is 95 days overdue with €1,234.56 owed (and 1 more over 30 days overdue).',
    );
    expect(result.link.id).toBe('i3');
  });
  it('no without a billing contact or billable project when an invoice is over 30 days overdue, saying both', () => {
    const facts = clientFacts(
      { contacts: [jane] },
      {
        projects: [],
        openInvoices: [openInvoice({ daysOverdue: 61, balance: toMinor(5_000), currency: toCurrencyCode('USD') })],
      },
    );
    const result = invoiceContact(facts, CONTEXT);
    expect(result.answer).toBe('no');
    expect(result.evidence).toBe('None of 1 contact receives invoices; invoice 2026-0001 is 61 days overdue with $50.00 owed.');
    expect(result.link).toEqual({ screen: 'clients', id: 'c1', label: 'client' });
  });
});

describe('budget and value: budgets on active projects and an update in the last 14 days', () => {
  it('yes when every active project has a budget and an update went out 14 days ago (the limit)', () => {
    const result = budgetAndValue(clientFacts({}, { sentAt: [sentOn('2026-03-04')] }), CONTEXT);
    expect(result.answer).toBe('yes');
    expect(result.evidence).toBe('1 active billable project with a budget; last update sent Mar 4, 2026 (14 days ago).');
    expect(result.link).toEqual({ screen: 'updates', id: 'c1', label: 'updates' });
  });
  it('counts a retainer’s terms as its budget', () => {
    const retainer = makeProject({ billing: 'retainer', budgetMinutes: undefined, retainer: { allowanceMinutesPerMonth: 1200 } });
    expect(budgetAndValue(clientFacts({}, { projects: [retainer], sentAt: [sentOn('2026-03-17')] }), CONTEXT).answer).toBe('yes');
  });
  it('no when the last update is 15 days old', () => {
    const result = budgetAndValue(clientFacts({}, { sentAt: [sentOn('2026-03-03'), sentOn('2026-02-01')] }), CONTEXT);
    expect(result.answer).toBe('no');
    expect(result.evidence).toBe(
      '1 active billable project with a budget, but last update sent Mar 3, 2026 (15 days ago): none in the last 14 days.',
    );
  });
  it('no when an active project has no budget, linking to that project', () => {
    const bare = makeProject({ id: 'p2', code: 'APP', budgetMinutes: undefined });
    const result = budgetAndValue(clientFacts({}, { projects: [makeProject(), bare], sentAt: [sentOn('2026-03-17')] }), CONTEXT);
    expect(result.answer).toBe('no');
    expect(result.evidence).toBe('No budget on APP; last update sent Mar 17, 2026 (yesterday).');
    expect(result.link).toEqual({ screen: 'projects', id: 'p2', label: 'project' });
  });
  it('ignores an update sent after today and says when none was sent', () => {
    const result = budgetAndValue(clientFacts({}, { sentAt: [sentOn('2026-03-20')] }), CONTEXT);
    expect(result.answer).toBe('no');
    expect(result.evidence).toContain('no update sent yet');
  });
  it('unknown without an active billable project (planned or internal work only)', () => {
    const planned = makeProject({ status: 'planned' });
    const internal = makeProject({ id: 'p2', code: 'INT', billing: 'non_billable', budgetMinutes: undefined });
    expect(budgetAndValue(clientFacts({}, { projects: [planned, internal] }), CONTEXT).answer).toBe('unknown');
  });
});

describe('happy: a check-in in the last 30 days, its level and trend', () => {
  const checkIn = (id: string, date: string, score: number) => ({ id, date, score });
  it('yes for 4/5 rising, 30 days ago (the limit)', () => {
    const result = isHappy(clientFacts({ checkIns: [checkIn('a', '2026-01-20', 3), checkIn('b', '2026-02-16', 4)] }), CONTEXT);
    expect(result.answer).toBe('yes');
    expect(result.evidence).toBe('Check-in 4/5 on Feb 16, 2026 (30 days ago), up from 3/5.');
  });
  it('yes for 3/5 ("Okay"), the lowest happy score', () => {
    expect(isHappy(clientFacts({ checkIns: [checkIn('a', '2026-03-10', 3)] }), CONTEXT).answer).toBe('yes');
  });
  it('no for 2/5', () => {
    const result = isHappy(clientFacts({ checkIns: [checkIn('a', '2026-03-10', 2)] }), CONTEXT);
    expect(result.answer).toBe('no');
    expect(result.evidence).toBe('Check-in 2/5 on Mar 10, 2026 (8 days ago), first check-in.');
  });
  it('no for a 2-point drop even at 3/5', () => {
    const result = isHappy(clientFacts({ checkIns: [checkIn('b', '2026-03-10', 3), checkIn('a', '2026-02-10', 5)] }), CONTEXT);
    expect(result.answer).toBe('no');
    expect(result.evidence).toBe('Check-in 3/5 on Mar 10, 2026 (8 days ago), down from 5/5: a drop of 2 points.');
  });
  it('yes for a 1-point drop', () => {
    expect(
      isHappy(clientFacts({ checkIns: [checkIn('a', '2026-02-10', 5), checkIn('b', '2026-03-10', 4)] }), CONTEXT).answer,
    ).toBe('yes');
  });
  it('unknown when the latest check-in is 31 days old', () => {
    const result = isHappy(clientFacts({ checkIns: [checkIn('a', '2026-02-15', 5)] }), CONTEXT);
    expect(result.answer).toBe('unknown');
    expect(result.evidence).toBe('Last check-in 5/5 on Feb 15, 2026 (31 days ago): older than 30 days.');
  });
  it('unknown without any check-in', () => {
    expect(isHappy(clientFacts(), CONTEXT).answer).toBe('unknown');
  });
});

describe('future work: an open opportunity', () => {
  const opportunity = (title: string, expectedMonth: string, probability: number) => ({
    title,
    value: 100_000,
    probability,
    expectedMonth,
  });
  it('yes for one expected this month, naming the likeliest', () => {
    const result = futureWork(
      clientFacts({ opportunities: [opportunity('Phase 2', '2026-03', 40), opportunity('Retainer', '2026-06', 60)] }),
      CONTEXT,
    );
    expect(result.answer).toBe('yes');
    expect(result.evidence).toBe('Retainer: 60% for June 2026 and 1 more.');
  });
  it('unknown when every opportunity is past its month (stale)', () => {
    const result = futureWork(clientFacts({ opportunities: [opportunity('Phase 2', '2026-02', 40)] }), CONTEXT);
    expect(result.answer).toBe('unknown');
    expect(result.evidence).toBe('1 opportunity expected by February 2026, now past and not updated.');
  });
  it('no without any, or with only 0% ones', () => {
    expect(futureWork(clientFacts(), CONTEXT)).toMatchObject({ answer: 'no', evidence: 'No opportunity recorded.' });
    const zero = futureWork(clientFacts({ opportunities: [opportunity('Phase 2', '2026-05', 0)] }), CONTEXT);
    expect(zero).toMatchObject({ answer: 'no', evidence: 'Only opportunities at 0% (1).' });
  });
});

describe('rapport: an owner and a touch in 30 days', () => {
  it('yes with a sent update 30 days ago (the limit), newer than the last check-in', () => {
    const result = rapport(
      clientFacts({ checkIns: [{ date: '2026-01-05', score: 4 }] }, { sentAt: [sentOn('2026-02-16')] }),
      CONTEXT,
    );
    expect(result.answer).toBe('yes');
    expect(result.evidence).toBe('Owner Sam; last touch: update sent Feb 16, 2026 (30 days ago).');
  });
  it('no when the last touch is 31 days old', () => {
    const result = rapport(clientFacts({ checkIns: [{ date: '2026-02-15', score: 4 }] }), CONTEXT);
    expect(result.answer).toBe('no');
    expect(result.evidence).toBe('Owner Sam; last touch: check-in Feb 15, 2026 (31 days ago): none in the last 30 days.');
  });
  it('no without an owner', () => {
    expect(rapport(clientFacts({ owner: '', checkIns: [{ date: '2026-03-15', score: 4 }] }), CONTEXT).answer).toBe('no');
  });
  it('unknown with an owner but no touch recorded', () => {
    expect(rapport(clientFacts(), CONTEXT).answer).toBe('unknown');
  });
});
