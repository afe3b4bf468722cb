import type { ReactNode } from 'react';
import { Button } from './button';
import './stepper.css';

export interface StepperProps {
  /** what one step moves by, for the buttons' names: 'week' gives "Previous week" and "Next week" */
  unit: string;
  /** the middle button, back to the period holding today: 'This week', 'Today' */
  currentLabel: string;
  onStep: (direction: -1 | 1) => void;
  onCurrent: () => void;
  /** the shown period, announced when it changes: 'Mar 2 – Mar 8, 2026' */
  heading: string;
  /** controls before the steps, such as a week/day toggle */
  children?: ReactNode;
}

/** Previous / this / next above a period's view (the Planner's week, the Time screen's week or day). */
export function Stepper({ unit, currentLabel, onStep, onCurrent, heading, children }: StepperProps) {
  return (
    <div className="toolbar stepper">
      {children}
      <div className="stepper-steps">
        <Button size="sm" aria-label={`Previous ${unit}`} title={`Previous ${unit}`} onClick={() => onStep(-1)}>
          <span aria-hidden="true">‹</span>
        </Button>
        <Button size="sm" onClick={onCurrent}>
          {currentLabel}
        </Button>
        <Button size="sm" aria-label={`Next ${unit}`} title={`Next ${unit}`} onClick={() => onStep(1)}>
          <span aria-hidden="true">›</span>
        </Button>
      </div>
      <h2 className="stepper-label" aria-live="polite">
        {heading}
      </h2>
    </div>
  );
}
