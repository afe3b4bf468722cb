import { useId } from 'react';
import type { BudgetMeasure } from '../../domain/budget/types';

const OPTIONS: { value: BudgetMeasure; label: string }[] = [
  { value: 'money', label: 'Money' },
  { value: 'hours', label: 'Hours' },
];

/** Money or hours for the figures and the chart, when a project has budgets in both. */
export function MeasureToggle({ value, onChange }: { value: BudgetMeasure; onChange: (measure: BudgetMeasure) => void }) {
  const name = useId();
  return (
    <fieldset className="budget-toggle">
      <legend className="visually-hidden">Show figures in</legend>
      {OPTIONS.map((option) => (
        <label key={option.value} className={`budget-toggle-option ${value === option.value ? 'is-checked' : ''}`}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
