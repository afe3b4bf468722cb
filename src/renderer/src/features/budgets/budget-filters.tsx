import { useId } from 'react';
import { Button } from '../../components/ui/button';
import { SelectField } from '../../components/ui/select-field';
import type { SelectOption } from '../../components/ui/select-field';
import type { BudgetFilter } from './budget-rows';
import { NO_FILTER } from './budget-rows';
import { BILLING_LABELS, STATUS_LABELS, isKeyOf } from '../../components/budget/budget-labels';

export interface BudgetFiltersProps {
  filter: BudgetFilter;
  onChange: (filter: BudgetFilter) => void;
  clients: readonly SelectOption[];
}

const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const BILLING_OPTIONS = optionsOf(BILLING_LABELS);
const STATUS_OPTIONS = optionsOf(STATUS_LABELS);

export function BudgetFilters({ filter, onChange, clients }: BudgetFiltersProps) {
  const id = useId();
  const filtered = filter.clientId !== '' || filter.billing !== '' || filter.status !== '';
  const select = (key: keyof BudgetFilter, label: string, placeholder: string, options: readonly SelectOption[]) => (
    <SelectField
      id={`${id}-${key}`}
      label={label}
      placeholder={placeholder}
      options={options}
      value={filter[key]}
      onChange={(event) => onChange(withValue(filter, key, event.target.value))}
    />
  );
  return (
    <div className="toolbar budget-filters" role="group" aria-label="Filter budgets">
      {select('clientId', 'Client', 'All clients', clients)}
      {select('billing', 'Billing', 'All billing types', BILLING_OPTIONS)}
      {select('status', 'Status', 'Any status', STATUS_OPTIONS)}
      {filtered ? (
        <Button variant="ghost" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}

/** The filter with one field changed; an unknown billing type or status means "any". */
function withValue(filter: BudgetFilter, key: keyof BudgetFilter, value: string): BudgetFilter {
  if (key === 'billing') return { ...filter, billing: isKeyOf(BILLING_LABELS, value) ? value : '' };
  if (key === 'status') return { ...filter, status: isKeyOf(STATUS_LABELS, value) ? value : '' };
  return { ...filter, clientId: value };
}
