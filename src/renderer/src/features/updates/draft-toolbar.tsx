import { Button } from '../../components/ui/button';
import type { UpdateDraft } from '../../domain/model/update-draft';

export interface DraftToolbarProps {
  draft: UpdateDraft;
  dirty: boolean;
  busy: boolean;
  onSave: () => void;
  onMarkSent: () => void;
  onMarkDraft: () => void;
  onCopy: (as: 'markdown' | 'plain') => void;
  onDelete: () => void;
}

export function DraftToolbar({ draft, dirty, busy, onSave, onMarkSent, onMarkDraft, onCopy, onDelete }: DraftToolbarProps) {
  return (
    <div className="toolbar draft-toolbar">
      <Button variant="primary" onClick={onSave} disabled={busy || !dirty} aria-keyshortcuts="Control+S">
        Save
      </Button>
      {draft.status === 'sent' ? (
        <Button onClick={onMarkDraft} disabled={busy}>
          Back to draft
        </Button>
      ) : (
        <Button onClick={onMarkSent} disabled={busy}>
          Mark sent
        </Button>
      )}
      <Button onClick={() => onCopy('plain')}>Copy as text</Button>
      <Button onClick={() => onCopy('markdown')}>Copy Markdown</Button>
      <Button variant="ghost" className="draft-delete" onClick={onDelete} disabled={busy}>
        Delete
      </Button>
    </div>
  );
}
