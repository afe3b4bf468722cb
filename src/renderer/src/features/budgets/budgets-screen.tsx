import { Screen } from '../../components/ui/screen';

// Placeholder while the screen is being built in this change.
export function BudgetsScreen() {
  return <Screen id="budgets" title="Budgets" ready>{null}</Screen>;
}
