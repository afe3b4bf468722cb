import type { UpdateDraft } from '../../domain/model/update-draft';
import { hrefTo } from '../../platform/router';
import { periodLabel, statusLabel } from './draft-status';

export interface DraftListProps {
  clientName: string;
  drafts: readonly UpdateDraft[];
  selectedId: string | undefined;
}

/** The client's updates, newest period first, each with its status. */
export function DraftList({ clientName, drafts, selectedId }: DraftListProps) {
  return (
    <nav className="side-nav" aria-label={`Updates for ${clientName}`}>
      <h2 className="side-nav-heading">Updates</h2>
      {drafts.length === 0 ? (
        <p className="muted updates-nav-empty">None yet.</p>
      ) : (
        <ul className="side-nav-list">
          {drafts.map((draft) => (
            <li key={draft.id}>
              <a
                className="side-nav-link updates-nav-link"
                href={hrefTo('updates', draft.clientId, draft.id)}
                aria-current={draft.id === selectedId ? 'page' : undefined}
              >
                <span className="updates-nav-period">{periodLabel(draft)}</span>
                <span className={`badge ${draft.status === 'sent' ? 'badge-success' : 'badge-accent'}`}>
                  {statusLabel(draft)}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
