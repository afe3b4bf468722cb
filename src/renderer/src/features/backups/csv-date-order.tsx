import { useId } from 'react';
import type { DateOrder } from '../../domain/csv/types';

export interface CsvDateOrderProps {
  value: DateOrder | undefined;
  onChange: (order: DateOrder) => void;
}

/** Asked when every date in the file reads both ways (03/04/2024): Tandem will not guess. */
export function CsvDateOrder({ value, onChange }: CsvDateOrderProps) {
  const id = useId();
  return (
    <fieldset className="csv-question">
      <legend>How are the dates written? A date like 03/04/2024 could be either.</legend>
      <div className="checkbox">
        <input id={`${id}-mdy`} type="radio" name={`${id}-order`} checked={value === 'mdy'} onChange={() => onChange('mdy')} />
        <label htmlFor={`${id}-mdy`}>Month first: 03/04/2024 is 4 March 2024 (US)</label>
      </div>
      <div className="checkbox">
        <input id={`${id}-dmy`} type="radio" name={`${id}-order`} checked={value === 'dmy'} onChange={() => onChange('dmy')} />
        <label htmlFor={`${id}-dmy`}>Day first: 03/04/2024 is 3 April 2024</label>
      </div>
    </fieldset>
  );
}
