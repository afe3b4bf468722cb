import { describe, expect, it } from 'vitest';
import { projectsRepo } from '../../../src/renderer/src/db/repositories/projects-repo';
import { timeEntriesRepo } from '../../../src/renderer/src/db/repositories/time-entries-repo';
import { fieldErrorsOfCall, freshDb, seedWorld } from './helpers';

describe('projectsRepo', () => {
  it('creates and updates projects with unique codes', async () => {
    const db = freshDb();
    const { acme, web } = await seedWorld(db);
    const repo = projectsRepo(db);
    expect(web).toMatchObject({ code: 'WEB', status: 'planned', billing: 'time_and_materials', defaultRate: 12_000 });
    expect(
      await fieldErrorsOfCall(() => repo.createProject({ clientId: acme.id, name: 'Web 2', code: 'web', billing: 'fixed_fee' })),
    ).toEqual({
      code: 'Code WEB is already used by “Website”',
    });
    expect(
      await fieldErrorsOfCall(() => repo.createProject({ clientId: 'gone', name: 'X', code: 'XX', billing: 'fixed_fee' })),
    ).toEqual({
      clientId: 'Choose a client that exists',
    });
    expect(await db.projects.count()).toBe(3);
    const updated = await repo.updateProject(web.id, { name: 'Website relaunch', code: 'web2', budgetMinutes: 6_000 });
    expect(updated).toMatchObject({ name: 'Website relaunch', code: 'WEB2', budgetMinutes: 6_000 });
    expect((await repo.setStatus(web.id, 'active')).status).toBe('active');
    expect((await repo.setArchived(web.id, true)).archived).toBe(true);
    expect(await fieldErrorsOfCall(() => repo.updateProject(web.id, { code: 'APP' }))).toEqual({
      code: 'Code APP is already used by “App”',
    });
  });

  it('refuses to move a project with logged time to a client in another currency', async () => {
    const db = freshDb();
    const { globex, web, app } = await seedWorld(db);
    await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 30 });
    expect(await fieldErrorsOfCall(() => projectsRepo(db).updateProject(web.id, { clientId: globex.id }))).toEqual({
      clientId: 'Time is already logged in another currency; choose a client billed in the same currency',
    });
    expect((await projectsRepo(db).updateProject(app.id, { clientId: globex.id })).clientId).toBe(globex.id);
  });

  it('keeps milestones, scope items and change requests inside the project', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    const repo = projectsRepo(db);
    const launch = await repo.saveMilestone(web.id, { name: 'Launch', due: '2026-05-01' });
    expect((await repo.setMilestoneDone(web.id, launch.id, '2026-04-28')).doneAt).toBe('2026-04-28');
    expect((await repo.setMilestoneDone(web.id, launch.id, null)).doneAt).toBeUndefined();
    const item = await repo.saveScopeItem(web.id, { title: 'Home page', estimateMinutes: 900, status: 'in_scope' });
    await repo.saveScopeItem(web.id, { id: item.id, status: 'done' });
    const request = await repo.saveChangeRequest(web.id, {
      title: 'Blog',
      estimateMinutes: 600,
      amount: 120_000,
      askedAt: '2026-03-02',
    });
    expect(request.status).toBe('asked');
    const approved = await repo.decideChangeRequest(web.id, request.id, {
      status: 'approved',
      decidedBy: 'Ann',
      decidedAt: '2026-03-05',
    });
    expect(approved).toMatchObject({ status: 'approved', decidedBy: 'Ann', decidedAt: '2026-03-05', title: 'Blog' });
    expect((await repo.markChangeRequestCommunicated(web.id, request.id, '2026-03-06')).communicatedAt).toBe('2026-03-06');
    expect(await fieldErrorsOfCall(() => repo.saveScopeItem(web.id, { title: '', estimateMinutes: -1 }))).toEqual({
      title: 'Title is required',
      estimateMinutes: 'Estimate cannot be negative',
    });
    expect(
      await fieldErrorsOfCall(() =>
        repo.saveChangeRequest(web.id, { id: request.id, status: 'declined', decidedAt: '2026-03-01' }),
      ),
    ).toEqual({
      decidedAt: 'It cannot be decided before it was asked',
    });
    const stored = await db.projects.get(web.id);
    expect(stored?.milestones.map((m) => m.name)).toEqual(['Launch']);
    expect(stored?.scopeItems).toEqual([{ ...item, status: 'done' }]);
    expect(stored?.changeRequests.map((r) => [r.title, r.status])).toEqual([['Blog', 'approved']]);
    await repo.removeScopeItem(web.id, item.id);
    await repo.removeMilestone(web.id, launch.id);
    await repo.removeChangeRequest(web.id, request.id);
    expect(await db.projects.get(web.id)).toMatchObject({ milestones: [], scopeItems: [], changeRequests: [] });
  });

  it('writes expenses with the client currency and rollups', async () => {
    const db = freshDb();
    const { web, ads } = await seedWorld(db);
    const repo = projectsRepo(db);
    const hosting = await repo.createExpense({ projectId: web.id, day: '2026-03-02', amount: 4_999, note: 'Hosting' });
    expect(hosting).toMatchObject({ currency: 'EUR', billable: true });
    await repo.createExpense({ projectId: web.id, day: '2026-03-04', amount: 1_000, billable: false });
    expect(await db.projectTotals.get(web.id)).toMatchObject({
      expensesMinor: 5_999,
      billableExpensesMinor: 4_999,
      expenseCount: 2,
      minutes: 0,
      firstDay: '2026-03-02',
      lastDay: '2026-03-04',
    });
    const moved = await repo.updateExpense(hosting.id, { projectId: ads.id, amount: 5_500 });
    expect(moved.currency).toBe('USD');
    expect(await db.projectTotals.get(web.id)).toMatchObject({ expensesMinor: 1_000, expenseCount: 1, firstDay: '2026-03-04' });
    expect(await db.projectTotals.get(ads.id)).toMatchObject({ expensesMinor: 5_500, currency: 'USD' });
    expect(await fieldErrorsOfCall(() => repo.createExpense({ projectId: web.id, day: '2026-03-02', amount: 0 }))).toEqual({
      amount: 'Amount must be more than zero',
    });
    await repo.deleteExpense(moved.id);
    expect(await db.projectTotals.get(ads.id)).toBeUndefined();
    expect(await db.expenses.count()).toBe(1);
  });
});
