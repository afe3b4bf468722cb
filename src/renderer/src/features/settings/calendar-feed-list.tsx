import { useState } from 'react';
import type { CalendarFeedSummary } from '@shared/calendar-feeds';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { dateTimeFormat } from '../../domain/format/formatter-cache';

export interface CalendarFeedListProps {
  feeds: readonly CalendarFeedSummary[];
  /** ids being refreshed */
  refreshing: ReadonlySet<string>;
  onRefresh: (feed: CalendarFeedSummary) => void;
  onRemove: (feed: CalendarFeedSummary) => Promise<void>;
}

const refreshedText = (iso: string) => `Refreshed ${dateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))}`;

function FeedState({ feed }: { feed: CalendarFeedSummary }) {
  if (feed.error) {
    return (
      <p className="feed-state is-error">
        Last refresh failed: {feed.error}
        {feed.refreshedAt ? ` Showing the copy from ${refreshedText(feed.refreshedAt).replace('Refreshed ', '')}.` : ''}
      </p>
    );
  }
  return <p className="feed-state muted">{feed.refreshedAt ? refreshedText(feed.refreshedAt) : 'Not refreshed yet: Tandem fetches it when online.'}</p>;
}

/** The feeds with their state; Remove asks first (the address cannot be shown again to undo it). */
export function CalendarFeedList({ feeds, refreshing, onRefresh, onRemove }: CalendarFeedListProps) {
  const [removing, setRemoving] = useState<CalendarFeedSummary | null>(null);
  if (feeds.length === 0) return <p className="muted">No feeds yet.</p>;
  return (
    <>
      <ul className="settings-list" aria-label="Calendar feeds">
        {feeds.map((feed) => (
          <li key={feed.id} className={`settings-list-item feed-item feed-colour-${feed.colour}`}>
            <span className="feed-swatch" aria-hidden="true" />
            <div className="settings-list-text">
              <p className="feed-name">
                <strong>{feed.name}</strong> <span className="muted feed-address">{feed.address}</span>
              </p>
              <FeedState feed={feed} />
            </div>
            <div className="settings-list-actions">
              <Button
                size="sm"
                aria-label={`${refreshing.has(feed.id) ? 'Refreshing' : 'Refresh'} ${feed.name}`}
                disabled={refreshing.has(feed.id)}
                onClick={() => onRefresh(feed)}
              >
                {refreshing.has(feed.id) ? 'Refreshing…' : 'Refresh'}
              </Button>
              <Button size="sm" variant="ghost" aria-label={`Remove ${feed.name}`} onClick={() => setRemoving(feed)}>
                Remove…
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {removing ? (
        <Dialog
          title={`Remove the feed “${removing.name}”?`}
          size="sm"
          onClose={() => setRemoving(null)}
          footer={
            <>
              <Button onClick={() => setRemoving(null)}>Keep it</Button>
              <Button
                variant="danger"
                onClick={() => {
                  const feed = removing;
                  setRemoving(null);
                  void onRemove(feed);
                }}
              >
                Remove feed
              </Button>
            </>
          }
        >
          <p>
            Its meetings leave Today and the Planner, and Tandem forgets its address. Nothing you planned yourself changes; to get the feed
            back, add its address again.
          </p>
        </Dialog>
      ) : null}
    </>
  );
}
