import { Screen } from '../../components/ui/screen';

// Placeholder while the screen is being built in this change.
export function ReportsScreen() {
  return <Screen id="reports" title="Reports" ready>{null}</Screen>;
}
