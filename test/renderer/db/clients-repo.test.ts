import { describe, expect, it } from 'vitest';
import { clientsRepo } from '../../../src/renderer/src/db/repositories/clients-repo';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { RecordNotFoundError } from '../../../src/renderer/src/db/errors';
import { fieldErrorsOfCall, freshDb, seedWorld } from './helpers';

describe('clientsRepo', () => {
  it('creates, reads and updates a client', async () => {
    const db = freshDb();
    const repo = clientsRepo(db);
    const client = await repo.create({ name: ' Acme Studio ', currency: 'eur', owner: 'me' });
    expect(await db.clients.get(client.id)).toEqual(client);
    expect(client).toMatchObject({ name: 'Acme Studio', currency: 'EUR', archived: false });
    const updated = await repo.update(client.id, { notes: 'Prefers calls', currency: 'USD' });
    expect(updated).toMatchObject({ id: client.id, notes: 'Prefers calls', currency: 'USD' });
    expect((await repo.setArchived(client.id, true)).archived).toBe(true);
  });

  it('saves nothing when validation fails', async () => {
    const db = freshDb();
    expect(await fieldErrorsOfCall(() => clientsRepo(db).create({ name: '', currency: 'EUR' }))).toEqual({
      name: 'Name is required',
    });
    expect(await db.clients.count()).toBe(0);
    const client = await clientsRepo(db).create({ name: 'Acme', currency: 'EUR' });
    expect(await fieldErrorsOfCall(() => clientsRepo(db).update(client.id, { name: ' ' }))).toEqual({ name: 'Name is required' });
    expect((await db.clients.get(client.id))?.name).toBe('Acme');
    await expect(clientsRepo(db).update('missing', { name: 'X' })).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('keeps contacts, one primary at a time, check-ins in date order and opportunities', async () => {
    const db = freshDb();
    const repo = clientsRepo(db);
    const client = await repo.create({ name: 'Acme', currency: 'EUR' });
    const ann = await repo.saveContact(client.id, { name: 'Ann', email: 'ann@acme.test', primary: true });
    const bo = await repo.saveContact(client.id, { name: 'Bo', billing: true });
    await repo.saveContact(client.id, { id: bo.id, primary: true, name: 'Bo B.' });
    let stored = await db.clients.get(client.id);
    expect(stored?.contacts.map((c) => [c.name, c.primary, c.billing])).toEqual([
      ['Ann', false, false],
      ['Bo B.', true, true],
    ]);
    expect(await fieldErrorsOfCall(() => repo.saveContact(client.id, { name: 'Cy', email: 'nope' }))).toEqual({
      email: 'Email must look like name@example.com',
    });
    await repo.removeContact(client.id, ann.id);
    await repo.saveCheckIn(client.id, { date: '2026-03-10', score: 4 });
    await repo.saveCheckIn(client.id, { date: '2026-02-10', score: 2, note: 'Late invoice' });
    const deal = await repo.saveOpportunity(client.id, {
      title: 'Phase 2',
      value: 2_500_000,
      probability: 40,
      expectedMonth: '2026-06',
    });
    stored = await db.clients.get(client.id);
    expect(stored?.contacts.map((c) => c.name)).toEqual(['Bo B.']);
    expect(stored?.checkIns.map((c) => c.date)).toEqual(['2026-02-10', '2026-03-10']);
    expect(stored?.opportunities).toEqual([deal]);
    expect(
      await fieldErrorsOfCall(() =>
        repo.saveOpportunity(client.id, { title: 'X', value: 1, probability: 120, expectedMonth: '2026-13' }),
      ),
    ).toEqual({
      probability: 'Probability must be a whole number from 0 to 100',
      expectedMonth: 'Month must be written YYYY-MM',
    });
  });

  it('refuses a currency change once time is logged', async () => {
    const db = freshDb();
    const { acme, web } = await seedWorld(db);
    await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 60 });
    expect(await fieldErrorsOfCall(() => clientsRepo(db).update(acme.id, { currency: 'USD' }))).toEqual({
      currency: 'The currency cannot change once time or expenses are logged for this client',
    });
    expect((await clientsRepo(db).update(acme.id, { currency: 'eur', name: 'Acme GmbH' })).name).toBe('Acme GmbH');
  });

  it('deletes into the trash', async () => {
    const db = freshDb();
    const { acme } = await seedWorld(db);
    const item = await clientsRepo(db).delete(acme.id);
    expect(await db.clients.get(acme.id)).toBeUndefined();
    expect(await db.projects.where('clientId').equals(acme.id).count()).toBe(0);
    expect(item.label).toBe('Client “Acme” with 2 projects');
  });
});
