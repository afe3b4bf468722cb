import { useState } from 'react';
import type { CalendarFeedSummary } from '@shared/calendar-feeds';
import { hasCalendarFeeds, platform } from '../../platform/platform';
import { hrefTo } from '../../platform/router';
import { notify } from '../../stores/toast-store';
import { CalendarFeedForm } from './calendar-feed-form';
import { CalendarFeedList } from './calendar-feed-list';
import { useCalendarFeedList } from './use-calendar-feed-list';
import '../../components/calendar-feeds/feed-colours.css';
import './calendar-feeds.css';
import { errorText } from '@shared/error-text';

/** Settings → Calendar feeds: meetings from Google Calendar, Outlook or iCloud, fetched by the desktop app. */
export function CalendarFeedsSection() {
  const { feeds, show, reload } = useCalendarFeedList();
  const [refreshing, setRefreshing] = useState<ReadonlySet<string>>(new Set());

  async function refresh(feed: CalendarFeedSummary) {
    setRefreshing((ids) => new Set([...ids, feed.id]));
    try {
      const after = await platform.refreshCalendarFeeds(feed.id);
      show(after);
      const error = after.find((candidate) => candidate.id === feed.id)?.error;
      notify(
        error ? `${feed.name} was not refreshed: ${error}` : `${feed.name} refreshed`,
        undefined,
        error ? 'error' : 'success',
      );
    } catch (error) {
      notify(`${feed.name} was not refreshed: ${errorText(error)}`, undefined, 'error');
    } finally {
      setRefreshing((ids) => new Set([...ids].filter((id) => id !== feed.id)));
    }
  }

  async function remove(feed: CalendarFeedSummary) {
    try {
      await platform.removeCalendarFeed(feed.id);
      notify(`Removed the feed ${feed.name}`, undefined, 'success');
    } catch (error) {
      notify(`Could not remove ${feed.name}: ${errorText(error)}`, undefined, 'error');
    }
    await reload();
  }

  function added(feed: CalendarFeedSummary) {
    notify(
      feed.error ? `Added ${feed.name}, but it could not be fetched: ${feed.error}` : `Added ${feed.name}`,
      undefined,
      feed.error ? 'error' : 'success',
    );
    void reload();
  }

  return (
    <section className="card settings-card" aria-labelledby="feeds-title">
      <div>
        <h2 id="feeds-title">Calendar feeds</h2>
        <p className="muted">
          Meetings from Google Calendar, Outlook or iCloud, shown read-only on Today and the Planner and counted as planned
          meetings. Tandem fetches each feed at start, every 30 minutes and when you press Refresh, and keeps the last copy for
          offline use.
        </p>
      </div>
      {hasCalendarFeeds ? (
        feeds === undefined ? (
          <p className="muted">Loading…</p>
        ) : (
          <>
            <CalendarFeedList feeds={feeds} refreshing={refreshing} onRefresh={(feed) => void refresh(feed)} onRemove={remove} />
            <CalendarFeedForm usedColours={feeds.map((feed) => feed.colour)} onAdded={added} />
          </>
        )
      ) : (
        <p className="feeds-web-note">
          Calendar feeds need the desktop app, which fetches them for you. In the browser, export your calendar as an .ics file
          and use <strong>Import .ics</strong> on the <a href={hrefTo('planner')}>Planner</a>.
        </p>
      )}
    </section>
  );
}
