import type { FeedMeetings } from '../calendar-feeds/feed-meetings';

/** Which feeds the read-only meetings come from, and any feed whose copy could not be read. */
export function FeedLegend({ feeds }: { feeds: FeedMeetings }) {
  const names = [...new Map(feeds.meetings.map((meeting) => [meeting.feedName, meeting.colour])).entries()];
  if (names.length === 0 && feeds.unreadable.length === 0) return null;
  return (
    <>
      {names.length > 0 ? (
        <p className="dg-legend muted">
          <span>Read-only meetings from your calendar feeds (change them in that calendar):</span>
          {names.map(([name, colour]) => (
            <span key={name} className={`feed-colour-${colour}`}>
              <span className="feed-swatch" aria-hidden="true" /> {name}
            </span>
          ))}
        </p>
      ) : null}
      {feeds.unreadable.map(({ feedName, error }) => (
        <p key={feedName} className="dg-legend dg-feed-error">
          The feed {feedName} could not be read, so its meetings are not shown: {error}
        </p>
      ))}
    </>
  );
}
