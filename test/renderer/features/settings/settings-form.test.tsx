import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';
import { SETTINGS_ID } from '../../../../src/renderer/src/domain/model/settings';
import { SettingsForm } from '../../../../src/renderer/src/features/settings/settings-form';
import { SettingsScreen } from '../../../../src/renderer/src/features/settings/settings-screen';
import { renderApp, resetApp, screenReady } from '../../../support/render-app';

// The block-reminder setting on the settings form.

beforeEach(() => resetApp());

const renderForm = async () => renderApp(<SettingsForm settings={await settingsRepo(db).get()} />).user;

describe('block reminders setting', () => {
  it('is on by default and turns off and on again', async () => {
    const user = await renderForm();
    const box = screen.getByRole('checkbox', { name: 'Remind me 5 minutes before a block' });
    expect(box).toBeChecked();
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved');
    expect((await settingsRepo(db).get()).blockReminders).toBe(false);
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(async () => expect((await settingsRepo(db).get()).blockReminders).toBe(true));
  });

  it('reads a settings record saved before the setting existed as on', async () => {
    await settingsRepo(db).update({ agencyName: 'Older' });
    // Dexie deletes a key path set to undefined: the record now looks like one saved before the field.
    await db.settings.update(SETTINGS_ID, { blockReminders: undefined });
    expect(await db.settings.get(SETTINGS_ID)).not.toHaveProperty('blockReminders');
    await renderForm();
    expect(screen.getByRole('checkbox', { name: 'Remind me 5 minutes before a block' })).toBeChecked();
  });
});

/** The whole screen, whose form follows what is stored. */
async function renderSettingsScreen() {
  const { user } = renderApp(<SettingsScreen />);
  await screenReady('settings');
  return user;
}

describe('the settings screen', () => {
  it('saves over what is stored now, not over what the form first read (found loading the sample agency, then choosing a week start)', async () => {
    const user = await renderSettingsScreen();
    // Written elsewhere while the form is open, as Load sample agency does.
    await settingsRepo(db).update({ agencyName: 'Fieldwork Studio' });
    await waitFor(() => expect(screen.getByLabelText('Agency name')).toHaveValue('Fieldwork Studio'));
    await user.selectOptions(screen.getByLabelText('Week starts on'), 'Sunday');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved');
    expect(await settingsRepo(db).get()).toMatchObject({ agencyName: 'Fieldwork Studio', weekStart: 0 });
  });

  it('keeps an unsaved edit when settings are written elsewhere, and saves only what was edited', async () => {
    const user = await renderSettingsScreen();
    await user.clear(screen.getByLabelText('Agency name'));
    await user.type(screen.getByLabelText('Agency name'), 'Northlight');
    await settingsRepo(db).update({ agencyName: 'Fieldwork Studio', minutesLostPerSwitch: 31 });
    await waitFor(() => expect(screen.getByLabelText('Minutes lost per switch')).toHaveValue('31'));
    expect(screen.getByLabelText('Agency name')).toHaveValue('Northlight');
    // Written elsewhere after the form last read it: the save must not put the form's value back.
    await db.table('settings').update(SETTINGS_ID, { burnWindowDays: 21 });
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved');
    expect(await settingsRepo(db).get()).toMatchObject({
      agencyName: 'Northlight',
      minutesLostPerSwitch: 31,
      burnWindowDays: 21,
    });
  });
});
