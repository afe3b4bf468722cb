import { EmptyState } from '../../components/ui/empty-state';
import { Screen } from '../../components/ui/screen';

export function TodayScreen() {
  const today = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date());
  return (
    <Screen id="today" title="Today" subtitle={today} ready>
      <EmptyState title="Nothing planned yet">Log time or start the timer to see your day here.</EmptyState>
    </Screen>
  );
}
