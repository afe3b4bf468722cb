import { Screen } from '../../components/ui/screen';

// Placeholder while the screen is being built in this change.
export function BackupsScreen() {
  return <Screen id="backups" title="Data and backups" ready>{null}</Screen>;
}
