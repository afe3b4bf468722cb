import { useLiveQuery } from 'dexie-react-hooks';
import type { FormEvent } from 'react';
import { Button } from '../../components/ui/button';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import { useForm } from '../../components/ui/use-form';
import { db } from '../../db/db';
import { costRatesOf, listTeammates } from '../../db/queries/cost-rates';
import { costRatesRepo } from '../../db/repositories/cost-rates-repo';
import { formatDay } from '../../domain/format/format-day';
import { formatMoney, moneyToDecimalText } from '../../domain/format/format-money';
import { EARLIEST_COST_DAY, costRateHistorySchema } from '../../domain/model/cost-rate';
import type { CostRate } from '../../domain/model/cost-rate';
import type { Settings } from '../../domain/model/settings';
import type { Teammate } from '../../domain/model/teammate';
import type { DayKey } from '../../domain/time/day-key';
import { formReader } from '../../domain/parse/form-reader';
import { toCurrencyCode, money } from '../../domain/units/money';
import { fieldErrorsOf } from '../../domain/validation';
import type { FieldErrors } from '../../domain/validation';
import { useToday } from '../../stores/use-clock';
import { notify } from '../../stores/toast-store';
import './cost-rates.css';

// Cost rates with history (docs/product.md, "Profitability"): what an hour of each person's time
// costs, from the day each rate starts. Each person's rates cost their own time entries.

const ME = 'me';

interface Person {
  /** ME or a teammate's id */
  key: string;
  name: string;
  rates: readonly CostRate[];
}

/** 'from the start' or 'from Mar 1, 2026', inside a sentence. */
function fromPhrase(day: DayKey): string {
  return day === EARLIEST_COST_DAY ? 'from the start' : `from ${formatDay(day)}`;
}

/** The same at the start of a cell. */
function fromWords(day: DayKey): string {
  const phrase = fromPhrase(day);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

async function saveRates(person: string, rates: readonly CostRate[]): Promise<number> {
  if (person === ME) return (await costRatesRepo(db).saveMine(rates)).stamped;
  return (await costRatesRepo(db).saveTeammate(person, rates)).stamped;
}

function costedWords(stamped: number): string {
  if (stamped === 0) return '';
  return stamped === 1
    ? '; 1 time entry without a cost now has one'
    : `; ${stamped.toLocaleString()} time entries without a cost now have one`;
}

export function CostRatesSection({ settings }: { settings: Settings }) {
  const teammates = useLiveQuery(() => listTeammates(db), [], [] as Teammate[]);
  const today = useToday();
  const currency = toCurrencyCode(settings.homeCurrency);
  const form = useForm({ person: ME, from: today as string, rate: '' }, { idPrefix: 'cost-rate' });
  const { values: draft, submitting, submit, setErrors } = form;

  const people: Person[] = [
    { key: ME, name: 'You', rates: settings.costRates },
    ...teammates.map((teammate) => ({ key: teammate.id, name: teammate.name, rates: teammate.costRates })),
  ];
  const chosen = people.find((person) => person.key === draft.person) ?? people[0]!;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const read = formReader(currency);
    const from = read.day('from', draft.from, { required: 'Choose the day the rate starts' });
    if (draft.rate.trim() === '') read.fail('rate', 'Enter the cost of an hour, for example 45.00');
    const rate = read.failed('rate') ? undefined : read.money('rate', draft.rate, { required: true, nonNegative: true });
    if (from === undefined || rate === undefined) {
      setErrors({ ...read.errors });
      return;
    }
    const next = [...chosen.rates, { from, rate }];
    // the schema checks the whole history (one rate a day); the new rate's messages are keyed by its position
    const listErrors = fieldErrorsOf(costRateHistorySchema, next);
    const found: FieldErrors = {};
    for (const field of ['from', 'rate'] as const) {
      const message = listErrors[`${next.length - 1}.${field}`];
      if (message) found[field] = message;
    }
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    let stamped = 0;
    const saved = await submit(async () => {
      stamped = await saveRates(chosen.key, next as CostRate[]);
    });
    if (saved) {
      notify(
        `${chosen.name === 'You' ? 'Your' : `${chosen.name}’s`} cost rate ${formatMoney(money(rate, currency))}/h ${fromPhrase(from)} saved${costedWords(stamped)}`,
        undefined,
        'success',
      );
      form.setValues((current) => ({ ...current, rate: '' }));
    }
  }

  async function remove(person: Person, index: number) {
    const removed = person.rates[index];
    if (!removed) return;
    await saveRates(
      person.key,
      person.rates.filter((_, at) => at !== index),
    );
    notify(`${person.name === 'You' ? 'Your' : `${person.name}’s`} rate ${fromPhrase(removed.from)} removed`, {
      label: 'Undo',
      run: async () => {
        const now = await costRatesOf(db, person.key === ME ? undefined : person.key);
        await saveRates(person.key, [...now.filter((rate) => rate.from !== removed.from), removed]);
      },
    });
  }

  return (
    <section className="card settings-card" aria-labelledby="cost-rates-title">
      <div>
        <h2 id="cost-rates-title">Cost rates</h2>
        <p className="muted">
          What an hour of each person’s time costs the agency, in {currency}, from the day each rate starts. Each person’s rates
          cost the time entries they log: a new entry keeps the rate in force on its day, and saving a rate gives every entry of
          that person without a cost the rate in force on its day. An entry never changes the cost it was given.
        </p>
      </div>
      <table className="data-table cost-rates-table">
        <caption className="visually-hidden">Cost rates per person</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Applies</th>
            <th scope="col" className="num">
              Cost per hour
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) =>
            person.rates.length === 0 ? (
              <tr key={person.key}>
                <th scope="row">{person.name}</th>
                <td className="muted" colSpan={3}>
                  No cost rate yet
                </td>
              </tr>
            ) : (
              person.rates.map((rate, index) => {
                const inForce = isLatestOnOrBefore(person.rates, index, today);
                return (
                  <tr key={`${person.key}-${rate.from}`}>
                    {index === 0 ? (
                      <th scope="row" rowSpan={person.rates.length}>
                        {person.name}
                      </th>
                    ) : null}
                    <td>
                      {fromWords(rate.from)}
                      {inForce ? <span className="badge badge-success cost-rates-now">In force today</span> : null}
                    </td>
                    <td className="num">{formatMoney(money(rate.rate, currency))}</td>
                    <td className="cost-rates-actions">
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Remove ${person.name === 'You' ? 'your' : `${person.name}’s`} rate ${fromPhrase(rate.from)}`}
                        onClick={() => void remove(person, index)}
                      >
                        Remove
                      </Button>
                    </td>
                  </tr>
                );
              })
            ),
          )}
        </tbody>
      </table>
      <form className="cost-rates-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Add a cost rate">
        <SelectField
          label="Person"
          options={people.map((person) => ({ value: person.key, label: person.name }))}
          {...form.field('person')}
        />
        <TextField label="From" type="date" {...form.field('from')} />
        <TextField
          label={`Cost per hour (${currency})`}
          inputMode="decimal"
          placeholder={moneyToDecimalText(money(0, currency))}
          {...form.field('rate')}
        />
        <div className="settings-row-action">
          <Button type="submit" variant="primary" disabled={submitting}>
            Add rate
          </Button>
        </div>
      </form>
      {/* the first save of a person's rates costs every entry they logged before: on years of time it takes a while */}
      <p className="muted cost-rates-progress" role="status">
        {submitting ? 'Saving, and giving the time entries without a cost their rate…' : ''}
      </p>
    </section>
  );
}

/** Whether the rate at `index` is the latest starting on or before `day` (the one in force). */
function isLatestOnOrBefore(rates: readonly CostRate[], index: number, day: string): boolean {
  const rate = rates[index];
  if (!rate || rate.from > day) return false;
  return rates.every((other) => other.from > day || other.from <= rate.from);
}
