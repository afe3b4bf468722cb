import { useState, type FormEvent } from 'react';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox';
import { currencyOptions } from '../../components/ui/currency-options';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import { useForm } from '../../components/ui/use-form';
import { db } from '../../db/db';
import { settingsRepo } from '../../db/repositories/settings-repo';
import type { Settings } from '../../domain/model/settings';
import { oneOf } from '../../domain/parse/form-reader';
import { notify } from '../../stores/toast-store';
import {
  changedFields,
  draftFromSettings,
  patchFromDraft,
  rebaseDraft,
  sameDraft,
  type SettingsDraft,
} from './settings-form-model';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const THEMES = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const;
const readTheme = oneOf(THEMES.map((theme) => theme.value));

export function SettingsForm({ settings }: { settings: Settings }) {
  // What the form was filled from: a save writes only the fields the user changed since, so a write made
  // elsewhere meanwhile (Load sample agency, the glossary) is never overwritten with older values.
  const [seen, setSeen] = useState<SettingsDraft>(() => draftFromSettings(settings));
  const [baseline, setBaseline] = useState<SettingsDraft>(seen);
  const form = useForm<SettingsDraft>(seen);
  const { values: draft, submitting, submit, setErrors } = form;
  const stored = draftFromSettings(settings);
  if (!sameDraft(stored, seen)) {
    // Stored settings changed: fields the user has not touched follow them, edited fields keep the edit.
    setSeen(stored);
    setBaseline(stored);
    form.setValues(rebaseDraft(draft, baseline, stored));
  }

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
          <TextField label="Agency name" {...form.field('agencyName')} id="settings-agency" />
          <SelectField
            label="Home currency"
            options={currencyOptions(draft.homeCurrency)}
            {...form.field('homeCurrency')}
            id="settings-currency"
          />
          <TextField
            label="Default hourly rate"
            hint={`In ${draft.homeCurrency}, used when a project has no rate`}
            {...form.field('defaultRate')}
            id="settings-rate"
          />
          <SelectField label="Theme" options={THEMES} {...form.field('theme', { read: readTheme })} id="settings-theme" />
        </div>
      </fieldset>
      <fieldset>
        <legend>Working time</legend>
        <div className="form-grid">
          <TextField
            label="Work starts"
            hint="24-hour clock, e.g. 09:00"
            {...form.field('workStart', { error: 'workStartMinute' })}
            id="settings-work-start"
          />
          <TextField label="Work ends" {...form.field('workEnd', { error: 'workEndMinute' })} id="settings-work-end" />
          <SelectField
            label="Week starts on"
            options={WEEKDAYS.map((label, day) => ({ value: String(day), label }))}
            {...form.field('weekStart')}
            id="settings-week-start"
          />
          <SelectField
            label="Work week"
            options={[
              { value: '5', label: '5 days' },
              { value: '7', label: '7 days' },
            ]}
            {...form.field('workWeekDays')}
            id="settings-week-days"
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>Focus and forecasts</legend>
        <div className="form-grid">
          <TextField
            label="Daily deep-work target"
            hint="e.g. 3h or 2h 30m"
            {...form.field('deepWorkTarget', { error: 'deepWorkTargetMinutes' })}
            id="settings-deep-work"
          />
          <TextField
            label="Minutes lost per switch"
            inputMode="numeric"
            {...form.field('minutesLostPerSwitch')}
            id="settings-switch-cost"
          />
          <TextField
            label="Burn-rate window (days)"
            inputMode="numeric"
            hint="Spend per working day is averaged over this many calendar days"
            {...form.field('burnWindowDays')}
            id="settings-burn-window"
          />
          <Checkbox
            className="span-2"
            label="Remind me 5 minutes before a block"
            {...form.check('blockReminders')}
            id="settings-block-reminders"
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
