import { useState } from 'react';
import { Button } from '../../components/ui/button';
import type { ConflictChoice } from '../../db/sync/conflicts';
import type { ConflictSide, SyncConflict } from '../../db/sync/sync-store';
import { NONE } from '../../domain/format/none';
import { SYNC_RECORD_LABELS } from './sync-labels';
import './sync.css';

export interface SyncConflictsPanelProps {
  conflicts: readonly SyncConflict[];
  onResolve: (conflict: SyncConflict, choice: ConflictChoice) => Promise<void>;
}

type Side = 'winner' | 'loser';

function valueText(side: ConflictSide, field: string): string {
  if (side.record === null) return 'Deleted';
  const value = side.record[field];
  if (value === undefined || value === null || value === '') return NONE;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function recordName(conflict: SyncConflict): string {
  const record = conflict.winner.record ?? conflict.losers[0]?.record ?? null;
  const name = record?.name ?? record?.title ?? record?.number ?? record?.note;
  const label = SYNC_RECORD_LABELS[conflict.table] ?? conflict.table;
  return typeof name === 'string' && name !== '' ? `${label} “${name}”` : `${label} ${conflict.recordId}`;
}

const fromText = (side: ConflictSide) => (side.device ? `from ${side.device}` : 'from another device');

function ConflictItem({ conflict, onResolve }: { conflict: SyncConflict; onResolve: SyncConflictsPanelProps['onResolve'] }) {
  const loser = conflict.losers[0];
  const [merging, setMerging] = useState(false);
  const [picks, setPicks] = useState<Record<string, Side>>(() =>
    Object.fromEntries(conflict.fields.map((field) => [field, 'winner'])),
  );
  const [working, setWorking] = useState(false);
  if (!loser) return null;
  const bothRecords = conflict.winner.record !== null && loser.record !== null;
  const headingId = `conflict-${conflict.id}`;

  async function resolve(choice: ConflictChoice) {
    setWorking(true);
    try {
      await onResolve(conflict, choice);
    } finally {
      setWorking(false);
    }
  }

  return (
    <li className="sync-conflict" aria-labelledby={headingId}>
      <h3 id={headingId}>{recordName(conflict)}</h3>
      <table className="sync-conflict-fields">
        <caption className="visually-hidden">Fields that differ</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Applied now ({fromText(conflict.winner)})</th>
            <th scope="col">Other version ({fromText(loser)})</th>
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((field) => (
            <tr key={field}>
              <th scope="row">{field}</th>
              {(['winner', 'loser'] as const).map((side) => {
                const source = side === 'winner' ? conflict.winner : loser;
                return (
                  <td key={side}>
                    {merging ? (
                      <label className="sync-pick">
                        <input
                          type="radio"
                          name={`${conflict.id}-${field}`}
                          checked={picks[field] === side}
                          onChange={() => setPicks((current) => ({ ...current, [field]: side }))}
                        />
                        <span>{valueText(source, field)}</span>
                      </label>
                    ) : (
                      valueText(source, field)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="sync-conflict-actions">
        {merging ? (
          <>
            <Button onClick={() => setMerging(false)} disabled={working}>
              Cancel merge
            </Button>
            <Button variant="primary" onClick={() => void resolve({ merge: picks })} disabled={working}>
              Save merged version
            </Button>
          </>
        ) : (
          <>
            <Button onClick={() => void resolve({ keep: 'winner' })} disabled={working}>
              Keep applied
            </Button>
            <Button onClick={() => void resolve({ keep: 'loser' })} disabled={working}>
              Keep other version
            </Button>
            {bothRecords ? (
              <Button onClick={() => setMerging(true)} disabled={working}>
                Merge field by field
              </Button>
            ) : null}
          </>
        )}
      </div>
    </li>
  );
}

/** Settings → Sync conflicts: records two devices changed at once; the applied version and the other, side by side. */
export function SyncConflictsPanel({ conflicts, onResolve }: SyncConflictsPanelProps) {
  return (
    <section className="card settings-card" aria-labelledby="sync-conflicts-title">
      <div>
        <h2 id="sync-conflicts-title">Sync conflicts</h2>
        <p className="muted">
          When two devices change the same record before they sync, every device applies the same version and keeps the other
          here. Nothing is lost until you choose.
        </p>
      </div>
      {conflicts.length === 0 ? (
        <p className="muted">No conflicts.</p>
      ) : (
        <ul className="sync-conflict-list">
          {conflicts.map((conflict) => (
            <ConflictItem key={conflict.id} conflict={conflict} onResolve={onResolve} />
          ))}
        </ul>
      )}
    </section>
  );
}
