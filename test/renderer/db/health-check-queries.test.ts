import { describe, expect, it } from 'vitest';
import { loadClientHealth } from '../../../src/renderer/src/db/queries/client-health';
import { loadHealthCheck } from '../../../src/renderer/src/db/queries/health-check-load';
import { loadSampleAgency } from '../../../src/renderer/src/db/generator/load';
import { clientsRepo } from '../../../src/renderer/src/db/repositories/clients-repo';
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
