import { Screen } from '../../components/ui/screen';

// Placeholder while the screen is being built in this change.
export function SwitchingScreen() {
  return <Screen id="switching" title="Switching" ready>{null}</Screen>;
}
