import { Screen } from '../../components/ui/screen';

// Placeholder while the screen is being built in this change.
export function TasksScreen() {
  return <Screen id="tasks" title="Tasks" ready>{null}</Screen>;
}
