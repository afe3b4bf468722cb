import { useId } from 'react';
import { Checkbox } from '../../components/ui/checkbox';
import type { RowProblem } from '../../domain/csv/types';

const SHOWN = 100;

export interface CsvProblemsProps {
  problems: readonly RowProblem[];
  skipErrors: boolean;
  disabled: boolean;
  onSkipErrors: (skip: boolean) => void;
}

/** Rows that will not be imported, each with its line in the file and why. */
export function CsvProblems({ problems, skipErrors, disabled, onSkipErrors }: CsvProblemsProps) {
  const id = useId();
  if (problems.length === 0) return null;
  const errors = problems.filter((problem) => problem.kind === 'error').length;
  return (
    <section className="csv-problems" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        Rows not imported ({problems.length.toLocaleString()}){errors > 0 ? <span className="badge badge-danger">{errors} with errors</span> : null}
      </h3>
      <div className="csv-problems-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Rows not imported, with the reason</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                Row
              </th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, SHOWN).map((problem) => (
              <tr key={problem.row} className={problem.kind === 'error' ? 'csv-problem-error' : undefined}>
                <td className="num">{problem.row}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > SHOWN ? <p className="muted">…and {(problems.length - SHOWN).toLocaleString()} more.</p> : null}
      {errors > 0 ? (
        <Checkbox
          id={`${id}-skip`}
          label={`Skip the ${errors.toLocaleString()} row${errors === 1 ? '' : 's'} with errors and import the rest`}
          checked={skipErrors}
          disabled={disabled}
          onChange={(event) => onSkipErrors(event.target.checked)}
        />
      ) : null}
    </section>
  );
}
