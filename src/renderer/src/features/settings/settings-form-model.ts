import { formatMinutes } from '../../domain/format/format-duration';
import type { Settings, SettingsInput } from '../../domain/model/settings';
import { formReader, wholeNumber } from '../../domain/parse/form-reader';
import { clockText } from '../../domain/time/wall-clock';
import { moneyToDecimalText } from '../../domain/format/format-money';
import { toCurrencyCode, toMinor } from '../../domain/units/money';
import type { FieldErrors } from '../../domain/validation';

// The settings form edits text; this converts both ways so the screen keeps no parsing of its own.

export interface SettingsDraft {
  agencyName: string;
  homeCurrency: string;
  defaultRate: string;
  workStart: string;
  workEnd: string;
  weekStart: string;
  workWeekDays: string;
  deepWorkTarget: string;
  minutesLostPerSwitch: string;
  burnWindowDays: string;
  theme: Settings['theme'];
  blockReminders: boolean;
}

export function draftFromSettings(settings: Settings): SettingsDraft {
  return {
    agencyName: settings.agencyName ?? '',
    homeCurrency: settings.homeCurrency,
    defaultRate: moneyToDecimalText({ minor: toMinor(settings.defaultRate), currency: toCurrencyCode(settings.homeCurrency) }),
    workStart: clockText(settings.workStartMinute),
    workEnd: clockText(settings.workEndMinute),
    weekStart: String(settings.weekStart),
    workWeekDays: String(settings.workWeekDays),
    deepWorkTarget: formatMinutes(settings.deepWorkTargetMinutes),
    minutesLostPerSwitch: String(settings.minutesLostPerSwitch),
    burnWindowDays: String(settings.burnWindowDays),
    theme: settings.theme,
    // A record saved before the setting existed has no value: reminders are on by default.
    blockReminders: settings.blockReminders !== false,
  };
}

const WEEK_STARTS = [0, 1, 2, 3, 4, 5, 6] as const;
const WORK_WEEK_LENGTHS = [5, 7] as const;

type DraftField = keyof SettingsDraft;

export function sameDraft(a: SettingsDraft, b: SettingsDraft): boolean {
  return (Object.keys(a) as DraftField[]).every((field) => a[field] === b[field]);
}

/** The fields the user has edited since the form was filled from `baseline`. */
export function changedFields(draft: SettingsDraft, baseline: SettingsDraft): DraftField[] {
  return (Object.keys(draft) as DraftField[]).filter((field) => draft[field] !== baseline[field]);
}

/** Stored settings moved from `before` to `after` while the form was open: untouched fields follow them. */
export function rebaseDraft(draft: SettingsDraft, before: SettingsDraft, after: SettingsDraft): SettingsDraft {
  const edited = new Set(changedFields(draft, before));
  const fields = Object.keys(after) as DraftField[];
  return Object.fromEntries(
    fields.map((field) => [field, edited.has(field) ? draft[field] : after[field]]),
  ) as unknown as SettingsDraft;
}

// The stored settings each draft field writes. The rate is read in the currency, so a new currency rewrites it.
const WRITES: Record<DraftField, (keyof SettingsInput)[]> = {
  agencyName: ['agencyName'],
  homeCurrency: ['homeCurrency', 'defaultRate'],
  defaultRate: ['defaultRate'],
  workStart: ['workStartMinute'],
  workEnd: ['workEndMinute'],
  weekStart: ['weekStart'],
  workWeekDays: ['workWeekDays'],
  deepWorkTarget: ['deepWorkTargetMinutes'],
  minutesLostPerSwitch: ['minutesLostPerSwitch'],
  burnWindowDays: ['burnWindowDays'],
  theme: ['theme'],
  blockReminders: ['blockReminders'],
};

/**
 * The patch to save (only what the `changed` fields write), or the messages to show beside the fields
 * that cannot be read.
 */
export function patchFromDraft(
  draft: SettingsDraft,
  changed: readonly DraftField[],
): { patch: Partial<SettingsInput>; errors: FieldErrors } {
  const { patch, errors } = readDraft(draft);
  const written = new Set(changed.flatMap((field) => WRITES[field]));
  return { patch: Object.fromEntries(Object.entries(patch).filter(([key]) => written.has(key as keyof SettingsInput))), errors };
}

function readDraft(draft: SettingsDraft): { patch: Partial<SettingsInput>; errors: FieldErrors } {
  const currency = /^[A-Za-z]{3}$/.test(draft.homeCurrency.trim()) ? toCurrencyCode(draft.homeCurrency) : null;
  const read = formReader(currency ?? undefined);
  const patch: Partial<SettingsInput> = {
    agencyName: draft.agencyName,
    homeCurrency: draft.homeCurrency,
    minutesLostPerSwitch: wholeNumber(draft.minutesLostPerSwitch),
    burnWindowDays: wholeNumber(draft.burnWindowDays),
    theme: draft.theme,
    blockReminders: draft.blockReminders,
  };
  const weekStart = WEEK_STARTS.find((day) => day === wholeNumber(draft.weekStart));
  if (weekStart === undefined) read.fail('weekStart', 'Choose the day weeks start on');
  else patch.weekStart = weekStart;
  const workWeekDays = WORK_WEEK_LENGTHS.find((days) => days === wholeNumber(draft.workWeekDays));
  if (workWeekDays === undefined) read.fail('workWeekDays', 'A work week has 5 or 7 days');
  else patch.workWeekDays = workWeekDays;
  // An unreadable field stays out of the patch; its message is in the errors.
  if (!currency) read.fail('homeCurrency', 'Currency must be a three-letter code such as EUR');
  const rate = currency ? read.money('defaultRate', draft.defaultRate, { required: true }) : undefined;
  if (rate !== undefined) patch.defaultRate = rate;
  const start = read.clock('workStartMinute', draft.workStart, 'Enter a time such as 09:00', { required: true });
  if (start !== undefined) patch.workStartMinute = start;
  const end = read.clock('workEndMinute', draft.workEnd, 'Enter a time such as 17:30', { required: true });
  if (end !== undefined) patch.workEndMinute = end;
  const target = read.minutes('deepWorkTargetMinutes', draft.deepWorkTarget, { required: true });
  if (target !== undefined) patch.deepWorkTargetMinutes = target;
  return { patch, errors: { ...read.errors } };
}
