import { useState, type FormEvent } from 'react';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox';
import { currencyOptions } from '../../components/ui/currency-options';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import { useFormSubmit } from '../../components/ui/use-form-submit';
import { db } from '../../db/db';
import { settingsRepo } from '../../db/repositories/settings-repo';
import type { Settings } from '../../domain/model/settings';
import { notify } from '../../stores/toast-store';
import {
  changedFields,
  draftFromSettings,
  patchFromDraft,
  rebaseDraft,
  sameDraft,
  type SettingsDraft,
  type SettingsTextField,
} from './settings-form-model';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const THEMES = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const;

export function SettingsForm({ settings }: { settings: Settings }) {
  // What the form was filled from: a save writes only the fields the user changed since, so a write made
  // elsewhere meanwhile (Load sample agency, the glossary) is never overwritten with older values.
  const [seen, setSeen] = useState<SettingsDraft>(() => draftFromSettings(settings));
  const [baseline, setBaseline] = useState<SettingsDraft>(seen);
  const [draft, setDraft] = useState<SettingsDraft>(seen);
  const stored = draftFromSettings(settings);
  if (!sameDraft(stored, seen)) {
    // Stored settings changed: fields the user has not touched follow them, edited fields keep the edit.
    setSeen(stored);
    setBaseline(stored);
    setDraft(rebaseDraft(draft, baseline, stored));
  }
  const { errors, submitting, submit, setErrors } = useFormSubmit();
  const set = (field: SettingsTextField) => (event: { target: { value: string } }) => setDraft({ ...draft, [field]: event.target.value });
  const text = (field: SettingsTextField, errorKey: string = field) => ({ value: draft[field], onChange: set(field), error: errors[errorKey] });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const { patch, errors: readErrors } = patchFromDraft(draft, changedFields(draft, baseline));
    if (Object.keys(readErrors).length > 0) {
      setErrors(readErrors);
      return;
    }
    if (await submit(() => settingsRepo(db).update(patch))) {
      setBaseline(draft);
      notify('Settings saved', undefined, 'success');
    }
  }

  return (
    <form className="card settings-form" onSubmit={onSubmit} noValidate aria-label="Workspace settings">
      <fieldset>
        <legend>Agency</legend>
        <div className="form-grid">
          <TextField id="settings-agency" label="Agency name" {...text('agencyName')} />
          <SelectField
            id="settings-currency"
            label="Home currency"
            options={currencyOptions(draft.homeCurrency)}
            {...text('homeCurrency')}
          />
          <TextField id="settings-rate" label="Default hourly rate" hint={`In ${draft.homeCurrency}, used when a project has no rate`} {...text('defaultRate')} />
          <SelectField id="settings-theme" label="Theme" options={THEMES} {...text('theme')} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Working time</legend>
        <div className="form-grid">
          <TextField id="settings-work-start" label="Work starts" hint="24-hour clock, e.g. 09:00" {...text('workStart', 'workStartMinute')} />
          <TextField id="settings-work-end" label="Work ends" {...text('workEnd', 'workEndMinute')} />
          <SelectField id="settings-week-start" label="Week starts on" options={WEEKDAYS.map((label, day) => ({ value: String(day), label }))} {...text('weekStart')} />
          <SelectField
            id="settings-week-days"
            label="Work week"
            options={[
              { value: '5', label: '5 days' },
              { value: '7', label: '7 days' },
            ]}
            {...text('workWeekDays')}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>Focus and forecasts</legend>
        <div className="form-grid">
          <TextField id="settings-deep-work" label="Daily deep-work target" hint="e.g. 3h or 2h 30m" {...text('deepWorkTarget', 'deepWorkTargetMinutes')} />
          <TextField id="settings-switch-cost" label="Minutes lost per switch" inputMode="numeric" {...text('minutesLostPerSwitch')} />
          <TextField id="settings-burn-window" label="Burn-rate window (days)" inputMode="numeric" hint="Spend per working day is averaged over this many calendar days" {...text('burnWindowDays')} />
          <Checkbox
            id="settings-block-reminders"
            className="span-2"
            label="Remind me 5 minutes before a block"
            checked={draft.blockReminders}
            onChange={(event) => setDraft({ ...draft, blockReminders: event.target.checked })}
          />
        </div>
      </fieldset>
      <div className="settings-actions">
        <Button type="submit" variant="primary" disabled={submitting}>
          Save settings
        </Button>
      </div>
    </form>
  );
}
