import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../../src/renderer/src/db/db';
import { updateDraftsRepo } from '../../../../src/renderer/src/db/repositories/update-drafts-repo';
import { UpdatesScreen } from '../../../../src/renderer/src/features/updates/updates-screen';
import { renderScreen, resetApp, restoreDoubles } from '../../../support/render-app';
import { seedAcme } from './seed';

// Wednesday 18 March 2026, 10:00: the default period is 12 – 18 March.
beforeEach(() => resetApp({ frozenAt: new Date(2026, 2, 18, 10, 0) }));
afterEach(restoreDoubles);

const editor = () => screen.getByLabelText<HTMLTextAreaElement>('Markdown');
const preview = () => screen.getByRole('region', { name: 'Preview' });
const jargon = () => screen.getByRole('region', { name: 'Jargon check' });

async function openDraft(body = '# Weekly update\n\n- Design review') {
  const { acme } = await seedAcme();
  const draft = await updateDraftsRepo(db).create({
    clientId: acme.id,
    periodStart: '2026-03-12',
    periodEnd: '2026-03-18',
    body,
  });
  const view = renderScreen(UpdatesScreen, `#/updates/${acme.id}/${draft.id}`);
  await waitFor(() => expect(editor()).toHaveValue(body));
  return { ...view, acme, draft };
}

const stored = async (id: string) => db.updateDrafts.get(id);

describe('draft editor', () => {
  it('previews the Markdown as it is typed and saves it', async () => {
    const { user, draft } = await openDraft();
    await user.click(editor());
    await user.keyboard('{Control>}{End}{/Control}');
    await user.paste('\n- **Launch** on [the site](https://example.com)');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await waitFor(() => expect(within(preview()).getByText('Launch').tagName).toBe('STRONG'));
    expect(within(preview()).getByRole('link', { name: 'the site' })).toHaveAttribute('href', 'https://example.com');
    expect(within(preview()).getByRole('heading', { name: 'Weekly update' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await stored(draft.id))?.body).toBe(
        '# Weekly update\n\n- Design review\n- **Launch** on [the site](https://example.com)',
      ),
    );
    expect(await screen.findByText('Draft saved')).toBeInTheDocument();
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('saves with Ctrl+S from the editor', async () => {
    const { user, draft } = await openDraft();
    await user.click(editor());
    await user.paste(' more');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(async () => expect((await stored(draft.id))?.body).toContain(' more'));
  });

  it('marks the draft sent with the time, and back to draft clears it', async () => {
    const { user, draft } = await openDraft();
    await user.click(editor());
    await user.paste(' edited');
    await user.click(screen.getByRole('button', { name: 'Mark sent' }));
    await waitFor(async () =>
      expect(await stored(draft.id)).toMatchObject({ status: 'sent', sentAt: new Date(2026, 2, 18, 10, 0).toISOString() }),
    );
    // marking sent saves what was typed too
    expect((await stored(draft.id))?.body).toContain(' edited');
    expect(await screen.findByText('Sent Mar 18, 2026', { selector: '.draft-header .badge' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back to draft' }));
    await waitFor(async () => expect((await stored(draft.id))?.status).toBe('draft'));
    expect((await stored(draft.id))?.sentAt).toBeUndefined();
  });

  it('underlines jargon in the preview, lists it with its gloss, and inserts the gloss at its first use', async () => {
    const { user } = await openDraft('The DNS change is live. DNS can take a day.\n\nOur SEO (search work) plan is ready.');
    await waitFor(() => expect(within(jargon()).getByText('2 terms a client may not know, 1 explained')).toBeInTheDocument());
    const underlined = within(preview()).getAllByText('DNS');
    expect(underlined[0]).toHaveClass('jargon-term');
    expect(underlined[0]).toHaveAttribute('title', expect.stringContaining('address book') as string);
    expect(within(jargon()).getByText(/· used 2 times/)).toBeInTheDocument();
    // SEO is already explained by the parenthesis after it
    expect(within(jargon()).queryByRole('button', { name: 'Insert gloss for SEO' })).not.toBeInTheDocument();

    await user.click(within(jargon()).getByRole('button', { name: 'Insert gloss for DNS' }));
    expect(editor().value).toBe(
      'The DNS (the internet’s address book, which points your web address at the right server) change is live. DNS can take a day.\n\nOur SEO (search work) plan is ready.',
    );
    await waitFor(() => expect(editor()).toHaveFocus());
    expect(editor().selectionStart).toBe(
      'The DNS (the internet’s address book, which points your web address at the right server)'.length,
    );
    await waitFor(() => expect(within(jargon()).queryByRole('button', { name: /Insert gloss/ })).not.toBeInTheDocument());
    expect(within(jargon()).getAllByText('Explained')).toHaveLength(2);
  });

  it('shows hostile text in the preview as text', async () => {
    const { user } = await openDraft('');
    await user.click(editor());
    await user.paste('# <img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) <script>alert(2)</script>');
    await waitFor(() =>
      expect(within(preview()).getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument(),
    );
    expect(preview().querySelector('img, script, a')).toBeNull();
    expect(preview()).toHaveTextContent('[x](javascript:alert(1)) <script>alert(2)</script>');
  });

  it('copies plain text or Markdown through the clipboard', async () => {
    const { user } = await openDraft('# Update\n\n- **Done**: [site](https://example.com)');
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(await screen.findByText('Copied as plain text')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('Update\n\n- Done: site (https://example.com)');
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(await screen.findByText('Copied as Markdown')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('# Update\n\n- **Done**: [site](https://example.com)');
  });

  it('falls back to copying a selection when clipboard access is refused, and says so', async () => {
    const { user } = await openDraft('# Update');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    let selected = '';
    const execCommand = vi.fn((command: string) => {
      selected = document.querySelector<HTMLTextAreaElement>('.copy-buffer')?.value ?? '';
      return command === 'copy';
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    const copyButton = screen.getByRole('button', { name: 'Copy Markdown' });
    await user.click(copyButton);
    expect(
      await screen.findByText('Copied as Markdown (clipboard access was refused, so Tandem copied a selection instead)'),
    ).toBeInTheDocument();
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(selected).toBe('# Update');
    expect(document.querySelector('.copy-buffer')).toBeNull();
    expect(copyButton).toHaveFocus();

    execCommand.mockReturnValue(false);
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(await screen.findByText('Could not copy: select the text in the editor and press Ctrl+C')).toBeInTheDocument();
  });

  it('moves a draft to the trash with Undo', async () => {
    const { user, draft, acme } = await openDraft();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await stored(draft.id)).toBeUndefined());
    await waitFor(() => expect(window.location.hash).toBe(`#/updates/${acme.id}`));
    expect(await screen.findByRole('heading', { name: 'No updates for Acme yet' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await stored(draft.id))?.body).toBe(draft.body));
  });

  it('keeps unsaved changes when another draft is opened', async () => {
    const { user, draft, acme } = await openDraft();
    const other = await updateDraftsRepo(db).create({
      clientId: acme.id,
      periodStart: '2026-03-05',
      periodEnd: '2026-03-11',
      body: '# Other',
    });
    await user.click(editor());
    await user.paste(' typed');
    await user.click(await screen.findByRole('link', { name: /Mar 5 – Mar 11, 2026/ }));
    await waitFor(() => expect(editor()).toHaveValue(other.body));
    await waitFor(async () => expect((await stored(draft.id))?.body).toBe(`${draft.body} typed`));
    expect(await screen.findByText('Your changes to the draft were saved')).toBeInTheDocument();
  });
});
