import { Button } from '../../components/ui/button';
import { IconButton } from '../../components/ui/icon-button';
import { PlusIcon, TrashIcon } from '../../components/ui/icons';
import { formatDay } from '../../domain/format/format-day';
import type { Client } from '../../domain/model/client';
import { CheckInDialog } from './check-in-dialog';
import { clientWrites } from './client-writes';
import { removeWithUndo } from '../../actions/with-undo';
import { scoreBadgeClass, scoreLabel } from './sentiment';
import { SectionCard } from './section-card';
import { useItemDialog } from './use-item-dialog';

/** Sentiment check-ins, newest first (the repository keeps them in date order, oldest first). */
export function CheckInsCard({ client }: { client: Client }) {
  const dialog = useItemDialog<never>();
  const newestFirst = [...client.checkIns].reverse();
  const latest = newestFirst[0];

  return (
    <SectionCard
      title="Check-ins"
      summary={
        latest ? (
          <span>
            Latest <span className={scoreBadgeClass(latest.score)}>{scoreLabel(latest.score)}</span>
          </span>
        ) : null
      }
      action={
        <Button size="sm" onClick={dialog.openNew}>
          <PlusIcon />
          Add check-in
        </Button>
      }
    >
      {latest === undefined ? (
        <p className="muted client-empty">No check-ins yet. After a call or a delivery, note how the relationship feels (1–5).</p>
      ) : (
        <ul className="client-items" aria-label="Check-ins, newest first">
          {newestFirst.map((checkIn) => (
            <li key={checkIn.id} className="client-item">
              <div className="client-item-main">
                <div className="client-item-title">
                  <span className="client-item-date">{formatDay(checkIn.date)}</span>
                  <span className={scoreBadgeClass(checkIn.score)}>{scoreLabel(checkIn.score)}</span>
                </div>
                {checkIn.note ? <p className="client-item-note">{checkIn.note}</p> : null}
              </div>
              <IconButton
                label={`Remove check-in of ${formatDay(checkIn.date)}`}
                icon={<TrashIcon />}
                onClick={() =>
                  void removeWithUndo(
                    `Check-in of ${formatDay(checkIn.date)}`,
                    () => clientWrites.removeCheckIn(client.id, checkIn.id),
                    () => clientWrites.saveCheckIn(client.id, checkIn),
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      {dialog.open ? <CheckInDialog clientId={client.id} onClose={dialog.close} /> : null}
    </SectionCard>
  );
}
