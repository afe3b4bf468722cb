import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../../src/renderer/src/db/db';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';
import { SETTINGS_ID } from '../../../../src/renderer/src/domain/model/settings';
import { SettingsScreen } from '../../../../src/renderer/src/features/settings/settings-screen';
import { renderApp, resetApp } from '../../../support/render-app';

// The jargon glossary card on the Settings screen: the user's terms live in the settings record.

beforeEach(() => resetApp());

const renderSettings = () => renderApp(<SettingsScreen />).user;

const panel = () => screen.getByRole('region', { name: 'Jargon glossary' });
const saved = async () => (await settingsRepo(db).get()).glossary;

describe('glossary panel', () => {
  it('adds a term, with inline messages while it is incomplete or already there', async () => {
    const user = renderSettings();
    const card = await screen.findByRole('region', { name: 'Jargon glossary' });
    await user.click(within(card).getByRole('button', { name: 'Add term' }));
    expect(within(card).getByText('Term is required')).toBeInTheDocument();
    expect(within(card).getByText('Plain-language meaning is required')).toBeInTheDocument();
    expect(await saved()).toEqual([]);

    await user.type(within(card).getByLabelText('Term'), 'Figma');
    await user.type(within(card).getByLabelText('Plain-language meaning'), 'the design tool we share designs in');
    await user.click(within(card).getByRole('button', { name: 'Add term' }));
    await waitFor(async () => expect(await saved()).toEqual([{ term: 'Figma', gloss: 'the design tool we share designs in' }]));
    expect(await within(panel()).findByRole('cell', { name: 'Figma' })).toBeInTheDocument();
    expect(within(panel()).getByLabelText('Term')).toHaveValue('');

    await user.type(within(panel()).getByLabelText('Term'), 'figma');
    await user.type(within(panel()).getByLabelText('Plain-language meaning'), 'again');
    await user.click(within(panel()).getByRole('button', { name: 'Add term' }));
    expect(await within(panel()).findByText('“figma” is already in the glossary')).toBeInTheDocument();
    expect(await saved()).toHaveLength(1);
  });

  it('edits a term and removes one with Undo', async () => {
    await settingsRepo(db).update({
      glossary: [
        { term: 'PDP', gloss: 'product page' },
        { term: 'Hero', gloss: 'top banner' },
      ],
    });
    const user = renderSettings();
    await user.click(await screen.findByRole('button', { name: 'Edit PDP' }));
    const meaning = within(panel()).getByLabelText('Plain-language meaning');
    expect(meaning).toHaveValue('product page');
    await user.clear(meaning);
    await user.type(meaning, 'the page of one product');
    await user.click(within(panel()).getByRole('button', { name: 'Save term' }));
    await waitFor(async () =>
      expect(await saved()).toEqual([
        { term: 'PDP', gloss: 'the page of one product' },
        { term: 'Hero', gloss: 'top banner' },
      ]),
    );

    await user.click(within(panel()).getByRole('button', { name: 'Remove PDP' }));
    await waitFor(async () => expect(await saved()).toEqual([{ term: 'Hero', gloss: 'top banner' }]));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect(await saved()).toEqual([
        { term: 'PDP', gloss: 'the page of one product' },
        { term: 'Hero', gloss: 'top banner' },
      ]),
    );
  });

  it('reads settings saved before the glossary existed, and keeps the glossary when other settings are saved', async () => {
    const { glossary: _none, ...older } = await settingsRepo(db).update({ agencyName: 'Studio' });
    // written past the typed table, as an older version of Tandem stored it
    await db.table('settings').put({ ...older, id: SETTINGS_ID });
    const user = renderSettings();
    expect(await screen.findByRole('region', { name: 'Jargon glossary' })).toBeInTheDocument();
    expect(within(panel()).queryByRole('table')).not.toBeInTheDocument();
    await user.type(within(panel()).getByLabelText('Term'), 'Figma');
    await user.type(within(panel()).getByLabelText('Plain-language meaning'), 'design tool');
    await user.click(within(panel()).getByRole('button', { name: 'Add term' }));
    await waitFor(async () => expect(await saved()).toEqual([{ term: 'Figma', gloss: 'design tool' }]));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(await saved()).toEqual([{ term: 'Figma', gloss: 'design tool' }]);
  });

  it('lists the built-in terms for reference', async () => {
    renderSettings();
    const card = await screen.findByRole('region', { name: 'Jargon glossary' });
    expect(within(card).getByText(/Built-in terms \(\d+\)/)).toBeInTheDocument();
    expect(within(card).getByText('staging')).toBeInTheDocument();
  });
});
