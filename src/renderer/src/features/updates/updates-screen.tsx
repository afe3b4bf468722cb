import { Screen } from '../../components/ui/screen';

// Placeholder while the screen is being built in this change.
export function UpdatesScreen() {
  return <Screen id="updates" title="Client updates" ready>{null}</Screen>;
}
