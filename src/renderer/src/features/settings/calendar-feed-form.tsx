import { useId, useState, type FormEvent } from 'react';
import { FEED_COLOURS, FEED_COLOUR_LABELS, FEED_NAME_MAX, feedAddressProblem, type FeedColour } from '@shared/calendar-feeds';
import type { CalendarFeedSummary } from '@shared/calendar-feeds';
import { Button } from '../../components/ui/button';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import { useFormSubmit } from '../../components/ui/use-form-submit';
import { ValidationError } from '../../domain/validation';
import { platform } from '../../platform/platform';
import { errorText } from '@shared/error-text';

const COLOUR_OPTIONS = FEED_COLOURS.map((colour) => ({ value: colour, label: FEED_COLOUR_LABELS[colour] }));

const isColour = (value: string): value is FeedColour => (FEED_COLOURS as readonly string[]).includes(value);

export interface CalendarFeedFormProps {
  /** colours already used, so a new feed gets a free one */
  usedColours: readonly FeedColour[];
  onAdded: (feed: CalendarFeedSummary) => void;
}

/** Address, name and colour of a new feed; main fetches it once on adding. */
export function CalendarFeedForm({ usedColours, onAdded }: CalendarFeedFormProps) {
  const id = useId();
  const { errors, submitting, submit } = useFormSubmit();
  const [address, setAddress] = useState('');
  const [name, setName] = useState('');
  const [colour, setColour] = useState<FeedColour>(
    () => FEED_COLOURS.find((candidate) => !usedColours.includes(candidate)) ?? 'blue',
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const added = await submit(async () => {
      const problem = feedAddressProblem(address);
      const fieldErrors = {
        ...(problem ? { address: problem } : {}),
        ...(name.trim() === '' ? { name: 'Give the feed a name.' } : {}),
      };
      if (Object.keys(fieldErrors).length > 0) throw new ValidationError(fieldErrors);
      try {
        onAdded(await platform.addCalendarFeed({ address, name: name.trim(), colour }));
      } catch (error) {
        // Main refuses only for the address (a duplicate, or a rule the check above shares with it).
        throw ValidationError.single('address', errorText(error));
      }
    });
    if (added) {
      setAddress('');
      setName('');
    }
  }

  return (
    <form className="feed-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Add a calendar feed">
      <TextField
        id={`${id}-address`}
        label="Address (.ics)"
        className="feed-form-address"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://calendar.google.com/calendar/ical/…/basic.ics"
        value={address}
        error={errors.address}
        hint="The calendar’s private .ics address: keep it to yourself, it lets anyone read the calendar."
        onChange={(event) => setAddress(event.target.value)}
      />
      <TextField
        id={`${id}-name`}
        label="Name"
        maxLength={FEED_NAME_MAX}
        placeholder="Work"
        value={name}
        error={errors.name}
        onChange={(event) => setName(event.target.value)}
      />
      <SelectField
        id={`${id}-colour`}
        label="Colour"
        options={COLOUR_OPTIONS}
        value={colour}
        onChange={(event) => {
          if (isColour(event.target.value)) setColour(event.target.value);
        }}
      />
      <Button type="submit" variant="primary" className="settings-row-action" disabled={submitting}>
        {submitting ? 'Adding…' : 'Add feed'}
      </Button>
    </form>
  );
}
