import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../../src/renderer/src/db/db';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';
import { teammatesRepo } from '../../../../src/renderer/src/db/repositories/teammates-repo';
import { SettingsScreen } from '../../../../src/renderer/src/features/settings/settings-screen';
import { latestToast, renderApp, resetApp } from '../../../support/render-app';

// Settings → Team: add (Enter submits; messages beside the field), rename (Escape cancels), remove
// with what it means and Undo; the teammate this computer is used by is not removed.

beforeEach(() => resetApp({ frozenAt: new Date(2026, 10, 4, 9, 30) }));

const team = () => within(screen.getByRole('region', { name: 'Team' }));
const addForm = () => within(team().getByRole('form', { name: 'Add a teammate' }));
/** The Team card, once the screen has read the settings. */
const findTeam = async () => within(await screen.findByRole('region', { name: 'Team' }));
const names = async () => (await db.teammates.toArray()).map((teammate) => teammate.name).sort();

describe('Team in Settings', () => {
  it('adds teammates with Enter, with the name’s messages beside it, and offers them under This computer and Cost rates', async () => {
    const { user } = renderApp(<SettingsScreen />);
    expect(await screen.findByText('No teammates yet: the people you add appear here. An agency of one needs none.')).toBeVisible();

    await user.click(addForm().getByRole('button', { name: 'Add teammate' }));
    expect(await addForm().findByText('Name is required')).toBeVisible();
    expect(addForm().getByLabelText('Name')).toHaveAccessibleDescription('Name is required');

    await user.type(addForm().getByLabelText('Name'), '  Kim Ito ');
    await user.type(addForm().getByLabelText('Role'), 'Designer{Enter}');
    expect(await team().findByRole('listitem')).toHaveTextContent('Kim ItoDesigner');
    expect(latestToast()).toHaveTextContent('Kim Ito added to the team');
    expect(addForm().getByLabelText('Name')).toHaveValue('');
    expect(addForm().queryByText('Name is required')).toBeNull();

    await user.type(addForm().getByLabelText('Name'), 'kim ITO{Enter}');
    expect(await addForm().findByText('Kim Ito is already on the team')).toBeVisible();
    expect(await names()).toEqual(['Kim Ito']);

    expect(within(screen.getByLabelText('This computer is used by')).getByRole('option', { name: 'Kim Ito' })).toBeInTheDocument();
    const costRates = within(screen.getByRole('region', { name: 'Cost rates' }));
    expect(costRates.getByRole('row', { name: /Kim Ito/ })).toHaveTextContent('No cost rate yet');
  });

  it('renames with Enter; Escape leaves the name as it was and focus on Edit', async () => {
    await teammatesRepo(db).create({ name: 'Kim Ito', role: 'Designer' });
    await teammatesRepo(db).create({ name: 'Sam Reyes' });
    const { user } = renderApp(<SettingsScreen />);
    await user.click(await (await findTeam()).findByRole('button', { name: 'Edit Kim Ito' }));
    const edit = within(team().getByRole('form', { name: 'Edit Kim Ito' }));
    expect(edit.getByLabelText('Name')).toHaveFocus();
    await user.keyboard('Kim Sato{Escape}');
    expect(team().getByRole('button', { name: 'Edit Kim Ito' })).toHaveFocus();
    expect(await names()).toEqual(['Kim Ito', 'Sam Reyes']);

    await user.keyboard('{Enter}');
    const again = within(team().getByRole('form', { name: 'Edit Kim Ito' }));
    await user.keyboard('sam reyes{Enter}');
    expect(await again.findByText('Sam Reyes is already on the team')).toBeVisible();
    await user.clear(again.getByLabelText('Name'));
    await user.type(again.getByLabelText('Name'), 'Kim Sato{Enter}');
    expect(await team().findByRole('button', { name: 'Edit Kim Sato' })).toHaveFocus();
    expect(latestToast()).toHaveTextContent('Kim Sato saved');
    expect(await names()).toEqual(['Kim Sato', 'Sam Reyes']);
  });

  it('says what removing means, removes to the trash, and Undo brings the teammate back', async () => {
    await teammatesRepo(db).create({ name: 'Kim Ito' });
    const { user } = renderApp(<SettingsScreen />);
    await user.click(await (await findTeam()).findByRole('button', { name: 'Remove Kim Ito' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove Kim Ito from the team?' });
    expect(dialog).toHaveTextContent('Their time entries and planned blocks stay, with the cost they were given, and show as “A former teammate”.');
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(latestToast()).toHaveTextContent('Teammate “Kim Ito” moved to the trash'));
    expect(await team().findByText(/No teammates yet/)).toBeVisible();
    expect(addForm().getByLabelText('Name')).toHaveFocus();
    expect(await names()).toEqual([]);

    await user.click(within(latestToast()).getByRole('button', { name: 'Undo' }));
    expect(await team().findByRole('button', { name: 'Edit Kim Ito' })).toBeVisible();
    expect(await names()).toEqual(['Kim Ito']);
  });

  it('does not remove the teammate this computer is used by, and says how to', async () => {
    const kim = await teammatesRepo(db).create({ name: 'Kim Ito' });
    await settingsRepo(db).update({ devicePersonId: kim.id });
    const { user } = renderApp(<SettingsScreen />);
    expect(await (await findTeam()).findByRole('listitem')).toHaveTextContent('Uses this computer');
    await user.click(team().getByRole('button', { name: 'Remove Kim Ito' }));
    const dialog = screen.getByRole('dialog', { name: 'Kim Ito uses this computer' });
    expect(dialog).toHaveTextContent('Choose who uses this computer under This computer first, then remove Kim Ito.');
    expect(within(dialog).queryByRole('button', { name: 'Remove' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await names()).toEqual(['Kim Ito']);
  });
});
