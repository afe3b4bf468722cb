import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';
import { teammatesRepo } from '../../../../src/renderer/src/db/repositories/teammates-repo';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { SettingsScreen } from '../../../../src/renderer/src/features/settings/settings-screen';
import { type User, renderApp, resetApp } from '../../../support/render-app';

// The Cost rates card on the Settings screen (today is 4 November 2026 on the test clock).

beforeEach(() => resetApp());

const card = () => within(screen.getByRole('region', { name: 'Cost rates' }));

async function addRate(user: User, fields: { person?: string; from: string; rate: string }) {
  if (fields.person) await card().findByRole('option', { name: fields.person });
  if (fields.person) await user.selectOptions(card().getByLabelText('Person'), fields.person);
  await user.clear(card().getByLabelText('From'));
  await user.type(card().getByLabelText('From'), fields.from);
  await user.clear(card().getByLabelText('Cost per hour (EUR)'));
  if (fields.rate) await user.type(card().getByLabelText('Cost per hour (EUR)'), fields.rate);
  await user.click(card().getByRole('button', { name: 'Add rate' }));
}

describe('cost rates in Settings', () => {
  it('adds the user’s rates, costing the entries that had none, with messages for a bad rate or a second rate on one day', async () => {
    const client = await clientsRepo(db).create({ name: 'Acme', currency: 'EUR' });
    const web = await projectsRepo(db).createProject({
      clientId: client.id,
      name: 'Website',
      code: 'WEB',
      billing: 'time_and_materials',
    });
    const entry = await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 90 });
    const { user } = renderApp(<SettingsScreen />);
    await screen.findByRole('region', { name: 'Cost rates' });
    expect(card().getByRole('row', { name: /You/ })).toHaveTextContent('No cost rate yet');

    await addRate(user, { from: '2026-03-01', rate: '' });
    expect(await card().findByText('Enter the cost of an hour, for example 45.00')).toBeInTheDocument();

    await addRate(user, { from: '2026-03-01', rate: '40' });
    await waitFor(async () => expect((await settingsRepo(db).get()).costRates).toEqual([{ from: '2026-03-01', rate: 4_000 }]));
    expect(
      await screen.findByText('Your cost rate €40.00/h from Mar 1, 2026 saved; 1 time entry without a cost now has one'),
    ).toBeInTheDocument();
    // 90 min × 40.00 = 60.00
    expect((await db.timeEntries.get(entry.id))?.costSnapshot).toBe(4_000);
    expect((await db.projectTotals.get(web.id))?.costMinor).toBe(6_000);
    const row = await card().findByRole('row', { name: /From Mar 1, 2026/ });
    expect(within(row).getByText('In force today')).toBeInTheDocument();
    expect(within(row).getByText('€40.00')).toBeInTheDocument();

    await addRate(user, { from: '2026-03-01', rate: '55' });
    expect(await card().findByText('Another cost rate already starts on this day')).toBeInTheDocument();
    expect((await settingsRepo(db).get()).costRates).toHaveLength(1);
  });

  it('keeps a teammate’s own history, and removes a rate with Undo', async () => {
    await teammatesRepo(db).create({ name: 'Kim', costRates: [{ from: '2026-01-01', rate: 4_500 }] });
    const { user } = renderApp(<SettingsScreen />);
    await screen.findByRole('region', { name: 'Cost rates' });
    await addRate(user, { person: 'Kim', from: '2026-07-01', rate: '50' });
    const kim = async () => (await db.teammates.toArray())[0]?.costRates;
    await waitFor(async () =>
      expect(await kim()).toEqual([
        { from: '2026-01-01', rate: 4_500 },
        { from: '2026-07-01', rate: 5_000 },
      ]),
    );
    expect((await settingsRepo(db).get()).costRates).toEqual([]);
    // 1 July is the latest start on or before today
    expect(await card().findByRole('row', { name: /From Jul 1, 2026.*In force today/ })).toBeInTheDocument();

    await user.click(card().getByRole('button', { name: 'Remove Kim’s rate from Jan 1, 2026' }));
    await waitFor(async () => expect(await kim()).toEqual([{ from: '2026-07-01', rate: 5_000 }]));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await kim()).toHaveLength(2));
  });
});
