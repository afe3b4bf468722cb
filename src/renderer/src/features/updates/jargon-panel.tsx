import { Button } from '../../components/ui/button';
import type { JargonTerm } from '../../domain/updates/jargon';

export interface JargonPanelProps {
  terms: readonly JargonTerm[];
  onInsert: (term: string) => void;
}

/** Terms a client may not know, each with its gloss and one action to explain it at its first use. */
export function JargonPanel({ terms, onInsert }: JargonPanelProps) {
  const open = terms.filter((row) => !row.explained).length;
  return (
    <section className="card jargon-panel" aria-labelledby="jargon-title">
      <div className="jargon-header">
        <h3 id="jargon-title">Jargon check</h3>
        <span className="muted" role="status">
          {terms.length === 0
            ? 'No jargon found.'
            : `${terms.length} ${terms.length === 1 ? 'term' : 'terms'} a client may not know${open < terms.length ? `, ${terms.length - open} explained` : ''}`}
        </span>
      </div>
      {terms.length > 0 ? (
        <ul className="jargon-list">
          {terms.map((row) => (
            <li key={row.term} className="jargon-row">
              <div className="jargon-text">
                <span className="jargon-name">{row.term}</span>
                {row.count > 1 ? <span className="muted"> · used {row.count} times</span> : null}
                <p className="jargon-gloss">{row.gloss}</p>
              </div>
              {row.explained ? (
                <span className="badge badge-success">Explained</span>
              ) : (
                <Button size="sm" aria-label={`Insert gloss for ${row.term}`} onClick={() => onInsert(row.term)}>
                  Insert gloss
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
