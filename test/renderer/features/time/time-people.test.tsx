import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';
import { teammatesRepo } from '../../../../src/renderer/src/db/repositories/teammates-repo';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { OWNER_PERSON_ID } from '../../../../src/renderer/src/domain/model/person';
import { TimeScreen } from '../../../../src/renderer/src/features/time/time-screen';
import { openScreen, pinZone, resetApp } from '../../../support/render-app';
import { seedProjects } from './seed';

// Mine / Everyone on the Time screen: this computer is Kim's; the owner logged an hour on WEB, Kim
// half an hour on ADS, both on Wednesday 4 March 2026.

beforeEach(async () => {
  pinZone('Europe/Berlin');
  await resetApp();
});

async function seedTwoPeople() {
  const { web, ads } = await seedProjects();
  const kim = await teammatesRepo(db).create({ name: 'Kim' });
  await timeEntriesRepo(db).create({
    projectId: web.id,
    startedAt: '2026-03-04T08:00:00.000Z',
    minutes: 60,
    note: 'Owner’s hour',
  });
  await settingsRepo(db).update({ devicePersonId: kim.id });
  await timeEntriesRepo(db).create({
    projectId: ads.id,
    startedAt: '2026-03-04T10:00:00.000Z',
    minutes: 30,
    note: 'Kim’s half hour',
  });
  return kim;
}

describe('Time: mine and everyone', () => {
  it('shows this computer’s person’s time by default and everyone’s on demand, totals included', async () => {
    await seedTwoPeople();
    const { user } = await openScreen(TimeScreen, '#/time/week/2026-03-04', 'time');
    const toggle = screen.getByRole('group', { name: 'Whose work to show' });
    const mine = within(toggle).getByRole('button', { name: 'Mine' });
    expect(mine).toHaveAttribute('aria-pressed', 'true');
    const table = await screen.findByRole('table', { name: 'Time entries by day' });
    expect(within(table).getByRole('row', { name: /Kim’s half hour/ })).toBeInTheDocument();
    expect(within(table).queryByRole('row', { name: /Owner’s hour/ })).not.toBeInTheDocument();
    // One person's work: the rows need not say whose.
    expect(within(table).getByRole('row', { name: /Kim’s half hour/ })).not.toHaveTextContent(/Kim(?!’s)/);
    expect(screen.getByRole('list', { name: 'Day totals' })).toHaveTextContent('Wed, Mar 430m');

    await user.click(within(toggle).getByRole('button', { name: 'Everyone' }));
    await waitFor(() => expect(screen.getByRole('row', { name: /Owner’s hour/ })).toBeInTheDocument());
    // Everyone's: each row names its person under its times.
    expect(screen.getByRole('row', { name: /Owner’s hour/ }).querySelector('.entry-time')).toHaveTextContent(/Agency owner$/);
    expect(screen.getByRole('row', { name: /Kim’s half hour/ }).querySelector('.entry-time')).toHaveTextContent(/Kim$/);
    expect(screen.getByRole('list', { name: 'Day totals' })).toHaveTextContent('Wed, Mar 41h 30m');
    expect(within(toggle).getByRole('button', { name: 'Everyone' })).toHaveAttribute('aria-pressed', 'true');
    expect(mine).toHaveAttribute('aria-pressed', 'false');
  });

  it('offers no toggle to an agency of one', async () => {
    const { web } = await seedProjects();
    await timeEntriesRepo(db).create({
      projectId: web.id,
      startedAt: '2026-03-04T08:00:00.000Z',
      minutes: 60,
      note: 'Solo hour',
    });
    await openScreen(TimeScreen, '#/time/week/2026-03-04', 'time');
    expect(await screen.findByRole('row', { name: /Solo hour/ })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Whose work to show' })).not.toBeInTheDocument();
    expect((await settingsRepo(db).get()).devicePersonId).toBe(OWNER_PERSON_ID);
  });
});
