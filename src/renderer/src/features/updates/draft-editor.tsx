import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { db } from '../../db/db';
import { updateDraftsRepo } from '../../db/repositories/update-drafts-repo';
import type { UpdateDraftPatch } from '../../db/repositories/update-drafts-repo';
import type { UpdateDraft } from '../../domain/model/update-draft';
import { findJargon, glossFirstUse, summariseJargon } from '../../domain/updates/jargon';
import { markdownToPlainText } from '../../domain/updates/markdown';
import { navigate } from '../../platform/router';
import { notify } from '../../stores/toast-store';
import { moveToTrashWithUndo } from '../../actions/with-undo';
import { copyText } from './copy-text';
import { periodLabel, statusLabel } from './draft-status';
import { DraftToolbar } from './draft-toolbar';
import { JargonPanel } from './jargon-panel';
import { MarkdownPreview } from './markdown-preview';
import { useGlossary } from './use-glossary';
import { readClock } from '../../platform/clock';
import { errorText } from '@shared/error-text';

const COPIED = {
  markdown: 'Markdown',
  plain: 'plain text',
} as const;

/** One draft: Markdown on the left, the client's view on the right, the jargon check below. */
export function DraftEditor({ draft }: { draft: UpdateDraft }) {
  const [body, setBody] = useState(draft.body);
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const glossary = useGlossary();
  const shown = useDeferredValue(body);
  const terms = useMemo(() => summariseJargon(findJargon(shown, glossary)), [shown, glossary]);
  const dirty = body !== draft.body;

  // Leaving the draft (another draft, another screen) keeps what was typed: it is saved.
  const latest = useRef({ body, dirty, deleted: false });
  useEffect(() => {
    latest.current.body = body;
    latest.current.dirty = dirty;
  }, [body, dirty]);
  useEffect(
    () => () => {
      const { body: unsaved, dirty: changed, deleted } = latest.current;
      if (!changed || deleted) return;
      updateDraftsRepo(db)
        .update(draft.id, { body: unsaved })
        .then(() => notify('Your changes to the draft were saved'))
        .catch(() => notify('Your last changes to the draft could not be saved', undefined, 'error'));
    },
    [draft.id],
  );

  async function write(patch: UpdateDraftPatch, message: string) {
    setBusy(true);
    try {
      await updateDraftsRepo(db).update(draft.id, { body, ...patch });
      notify(message, undefined, 'success');
    } catch (error) {
      notify(`Could not save the draft: ${errorText(error)}`, undefined, 'error');
    } finally {
      setBusy(false);
    }
  }

  async function copy(as: 'markdown' | 'plain') {
    const outcome = await copyText(as === 'markdown' ? body : markdownToPlainText(body));
    if (outcome === 'clipboard') notify(`Copied as ${COPIED[as]}`, undefined, 'success');
    else if (outcome === 'selection')
      notify(
        `Copied as ${COPIED[as]} (clipboard access was refused, so Tandem copied a selection instead)`,
        undefined,
        'success',
      );
    else notify('Could not copy: select the text in the editor and press Ctrl+C', undefined, 'error');
  }

  function insertGloss(term: string) {
    const result = glossFirstUse(body, term, glossary);
    if (!result) return;
    setBody(result.text);
    // show where it went: the caret lands right after the inserted gloss
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(result.cursor, result.cursor);
    });
    notify(`Explained “${term}” where it is first used`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (dirty) void write({}, 'Draft saved');
    }
  }

  function onDelete() {
    latest.current.deleted = true;
    void moveToTrashWithUndo('updateDrafts', draft.id);
    navigate('updates', draft.clientId);
  }

  return (
    <article className="draft-editor" aria-labelledby="draft-title">
      <header className="draft-header">
        <h2 id="draft-title">{periodLabel(draft)}</h2>
        <span className={`badge ${draft.status === 'sent' ? 'badge-success' : 'badge-accent'}`}>{statusLabel(draft)}</span>
        {dirty ? <span className="muted draft-dirty">Unsaved changes</span> : null}
      </header>
      <DraftToolbar
        draft={draft}
        dirty={dirty}
        busy={busy}
        onSave={() => void write({}, 'Draft saved')}
        onMarkSent={() => void write({ status: 'sent', sentAt: readClock().toISOString() }, 'Marked as sent today')}
        onMarkDraft={() => void write({ status: 'draft', sentAt: undefined }, 'Back to draft: the sent date is cleared')}
        onCopy={(as) => void copy(as)}
        onDelete={onDelete}
      />
      <div className="draft-panes">
        <div className="draft-pane">
          <label className="draft-pane-title" htmlFor="draft-body">
            Markdown
          </label>
          <textarea
            id="draft-body"
            ref={area}
            className="input textarea draft-body"
            value={body}
            spellCheck
            aria-describedby="draft-body-hint"
            onChange={(event) => setBody(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <p id="draft-body-hint" className="field-hint">
            # headings, - lists, **bold**, *italic*, [links](https://…). Ctrl+S saves.
          </p>
        </div>
        <div className="draft-pane">
          <h3 id="draft-preview-title" className="draft-pane-title">
            Preview
          </h3>
          {/* focusable so keyboard users can scroll a long preview */}
          <div className="draft-preview" role="region" aria-labelledby="draft-preview-title" tabIndex={0}>
            <MarkdownPreview source={shown} glossary={glossary} />
          </div>
        </div>
      </div>
      <JargonPanel terms={terms} onInsert={insertGloss} />
    </article>
  );
}
