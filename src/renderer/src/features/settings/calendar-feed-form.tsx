import type { FormEvent } from 'react';
import { FEED_COLOURS, FEED_COLOUR_LABELS, FEED_NAME_MAX, feedAddressProblem, type FeedColour } from '@shared/calendar-feeds';
import type { CalendarFeedSummary } from '@shared/calendar-feeds';
import { Button } from '../../components/ui/button';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import { useForm } from '../../components/ui/use-form';
import { formReader, oneOf } from '../../domain/parse/form-reader';
import { ValidationError } from '../../domain/validation';
import { platform } from '../../platform/platform';
import { errorText } from '@shared/error-text';

const COLOUR_OPTIONS = FEED_COLOURS.map((colour) => ({ value: colour, label: FEED_COLOUR_LABELS[colour] }));

export interface CalendarFeedFormProps {
  /** colours already used, so a new feed gets a free one */
  usedColours: readonly FeedColour[];
  onAdded: (feed: CalendarFeedSummary) => void;
}

/** Address, name and colour of a new feed; main fetches it once on adding. */
export function CalendarFeedForm({ usedColours, onAdded }: CalendarFeedFormProps) {
  const form = useForm(() => ({
    address: '',
    name: '',
    colour: FEED_COLOURS.find((candidate) => !usedColours.includes(candidate)) ?? 'blue',
  }));
  const { submitting, submit } = form;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const added = await submit(async () => {
      const { address, colour } = form.values;
      const read = formReader();
      const problem = feedAddressProblem(address);
      if (problem) read.fail('address', problem);
      const name = read.text('name', form.values.name, { required: 'Give the feed a name.' });
      read.finish();
      try {
        // finish() threw unless the name is there
        onAdded(await platform.addCalendarFeed({ address, name: name ?? '', colour }));
      } catch (error) {
        // Main refuses only for the address (a duplicate, or a rule the check above shares with it).
        throw ValidationError.single('address', errorText(error));
      }
    });
    if (added) form.setValues((current) => ({ ...current, address: '', name: '' }));
  }

  return (
    <form className="feed-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Add a calendar feed">
      <TextField
        label="Address (.ics)"
        className="feed-form-address"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://calendar.google.com/calendar/ical/…/basic.ics"
        {...form.field('address')}
        hint="The calendar’s private .ics address: keep it to yourself, it lets anyone read the calendar."
      />
      <TextField label="Name" maxLength={FEED_NAME_MAX} placeholder="Work" {...form.field('name')} />
      <SelectField label="Colour" options={COLOUR_OPTIONS} {...form.field('colour', { read: oneOf(FEED_COLOURS) })} />
      <Button type="submit" variant="primary" className="settings-row-action" disabled={submitting}>
        {submitting ? 'Adding…' : 'Add feed'}
      </Button>
    </form>
  );
}
