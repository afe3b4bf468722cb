import { Screen } from '../../components/ui/screen';

// Placeholder while the screen is being built in this change.
export function HealthCheckScreen() {
  return <Screen id="health-check" title="Health check" ready>{null}</Screen>;
}
