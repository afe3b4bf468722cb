import { describe, expect, it } from 'vitest';
import { loadClientHealth } from '../../../src/renderer/src/db/queries/client-health';
import { loadHealthCheck } from '../../../src/renderer/src/db/queries/health-check-load';
import { loadSampleAgency } from '../../../src/renderer/src/db/generator/load';
import { clientsRepo } from '../../../src/renderer/src/db/repositories/clients-repo';
import { invoicesRepo } from '../../../src/renderer/src/db/repositories/invoices-repo';
import { paymentsRepo } from '../../../src/renderer/src/db/repositories/payments-repo';
import { projectsRepo } from '../../../src/renderer/src/db/repositories/projects-repo';
import { updateDraftsRepo } from '../../../src/renderer/src/db/repositories/update-drafts-repo';
import { addDays, toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { localDateAt } from '../../../src/renderer/src/domain/time/wall-clock';
import { freshDb } from './helpers';

const TODAY = toDayKey('2026-03-18');

describe('health-check reads on the sample agency', () => {
  it('asks about every client with current work and every active project, and sums hats from the rollups', async () => {
    const db = freshDb();
    await loadSampleAgency(db, { today: TODAY });
    const report = await loadHealthCheck(db, TODAY, 'en-US');

    const current = (await db.projects.toArray()).filter(
      (p) => !p.archived && ['planned', 'active', 'on_hold'].includes(p.status),
    );
    const active = current.filter((p) => p.status === 'active');
    expect(report.pm.subjects).toBe(active.length);
    expect(report.am.subjects).toBe(new Set(current.map((p) => p.clientId)).size);
    for (const question of [...report.am.questions, ...report.pm.questions]) {
      expect(question.answers).toHaveLength(question.info.area === 'am' ? report.am.subjects : report.pm.subjects);
    }

    // The rollup read agrees with the entries themselves (read here, in the test, only).
    const from = addDays(TODAY, -27);
    const entries = (await db.timeEntries.toArray()).filter((entry) => entry.day >= from && entry.day <= TODAY);
    const byHat = (hat: string) => entries.filter((entry) => entry.hat === hat).reduce((sum, entry) => sum + entry.minutes, 0);
    expect(report.hats.minutes).toEqual({
      production: byHat('production'),
      account: byHat('account'),
      project: byHat('project'),
    });
    expect(report.hats.total).toBeGreaterThan(0);

    // The sample's SEO retainer invoice, issued 75 days ago on net 30, is 45 days overdue and unpaid.
    const invoice = report.am.questions.find((question) => question.info.id === 'invoice')!;
    const late = invoice.answers.filter((answer) => answer.link.screen === 'invoices');
    expect(late.map((answer) => [answer.subjectName, answer.answer])).toEqual([['Brightwater Dental Group', 'no']]);
    expect(late[0]!.evidence).toMatch(/^Invoices go to .+, but invoice \d{4}-\d{4} is 45 days overdue with €[\d,.]+ owed\.$/);
  });

  it('flips a client’s answers when a billing contact is added and when an update is marked sent', async () => {
    const db = freshDb();
    await loadSampleAgency(db, { today: TODAY });
    const report = await loadHealthCheck(db, TODAY);
    const budgetValue = report.am.questions.find((question) => question.info.id === 'budget-value')!;
    const stale = budgetValue.answers.find((answer) => answer.answer === 'no' && answer.link.screen === 'updates')!;
    const client = (await db.clients.get(stale.subjectId))!;

    for (const contact of client.contacts) await clientsRepo(db).saveContact(client.id, { ...contact, billing: false });
    const answerOf = async (id: string) =>
      (await loadHealthCheck(db, TODAY)).am.questions
        .find((question) => question.info.id === id)!
        .answers.find((a) => a.subjectId === client.id)!;
    expect((await answerOf('invoice')).answer).toBe('no');
    await clientsRepo(db).saveContact(client.id, { name: 'Pat Payable', billing: true });
    expect(await answerOf('invoice')).toMatchObject({ answer: 'yes', evidence: 'Invoices go to Pat Payable.' });

    const draft = await updateDraftsRepo(db).create({ clientId: client.id, periodStart: '2026-03-09', periodEnd: '2026-03-13' });
    expect((await answerOf('budget-value')).answer).toBe('no');
    await updateDraftsRepo(db).markSent(draft.id, localDateAt(TODAY, 9 * 60));
    expect((await answerOf('budget-value')).answer).toBe('yes');
    expect((await loadClientHealth(db, TODAY)).get(client.id)!.signals.find((signal) => signal.kind === 'update')).toMatchObject({
      level: 'green',
      text: 'last update sent today',
    });
  });

  it('gives every client a health, unknown for a client with nothing to judge by', async () => {
    const db = freshDb();
    await loadSampleAgency(db, { today: TODAY });
    const fresh = await clientsRepo(db).create({ name: 'Newco', currency: 'EUR' });
    const health = await loadClientHealth(db, TODAY);
    expect(health.size).toBe(await db.clients.count());
    expect(health.get(fresh.id)?.level).toBe('unknown');
    expect([...health.values()].some((item) => item.level !== 'unknown')).toBe(true);
  });
});

describe('invoice facts in the health check and client health', () => {
  it('a sent invoice over 30 days overdue answers no and warns, for a client whose work is done; paying it clears both', async () => {
    const db = freshDb();
    const client = await clientsRepo(db).create({ name: 'Oldco', currency: 'EUR', owner: 'me' });
    await clientsRepo(db).saveContact(client.id, { name: 'Pat Payable', billing: true, primary: true });
    await projectsRepo(db).createProject({
      clientId: client.id,
      name: 'Site',
      code: 'OLD',
      billing: 'time_and_materials',
      status: 'done',
    });
    const invoices = invoicesRepo(db);
    // 10 h (600 minutes) at €100.00 = €1,000.00; net 30 (the default) from Jan 1 is due Jan 31
    const draft = await invoices.createDraft({
      clientId: client.id,
      issueDate: '2026-01-01',
      lines: [{ description: 'Design', unit: 'hours', quantity: 600, unitPrice: 10_000 }],
    });
    const sent = await invoices.markSent(draft.id, { now: localDateAt(toDayKey('2026-01-01'), 10 * 60) });
    await paymentsRepo(db).recordPayment({ invoiceId: sent.id, date: '2026-03-01', amount: 25_000 }, TODAY);

    // Jan 31 → Mar 18: 28 days to Feb 28, then 18 = 46 days overdue; €1,000.00 − €250.00 = €750.00 owed
    const invoiceAnswer = async () =>
      (await loadHealthCheck(db, TODAY, 'en-US')).am.questions
        .find((question) => question.info.id === 'invoice')!
        .answers.find((answer) => answer.subjectId === client.id);
    expect(await invoiceAnswer()).toMatchObject({
      answer: 'no',
      evidence: `Invoices go to Pat Payable, but invoice ${sent.number} is 46 days overdue with €750.00 owed.`,
      link: { screen: 'invoices', id: sent.id, label: 'invoice' },
    });
    expect((await loadClientHealth(db, TODAY)).get(client.id)).toMatchObject({
      level: 'amber',
      reason: `Invoice ${sent.number} is 46 days overdue with €750.00 owed`,
    });

    await paymentsRepo(db).recordPayment({ invoiceId: sent.id, date: '2026-03-17', amount: 75_000 }, TODAY);
    // paid in full: nothing owed, and with no current project the client is no longer asked about
    expect(await invoiceAnswer()).toBeUndefined();
    expect((await loadClientHealth(db, TODAY)).get(client.id)?.level).toBe('unknown');
  });
});
