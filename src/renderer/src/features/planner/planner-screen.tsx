import { Screen } from '../../components/ui/screen';

// Placeholder while the screen is being built in this change.
export function PlannerScreen() {
  return <Screen id="planner" title="Planner" ready>{null}</Screen>;
}
