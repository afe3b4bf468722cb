import { useCallback, useId, useState } from 'react';
import { ValidationError } from '../../domain/validation';
import type { FieldErrors } from '../../domain/validation';
import { notify } from '../../stores/toast-store';
import { errorText } from '@shared/error-text';

// The one way a form holds what the user typed: a record of values (text as typed, booleans for
// checkboxes), bound to controls by name. Values are read into stored units only on save
// (domain/parse/form-reader); the save's messages come back by field path and show beside the fields.

/** Keys whose value is any string (and only a string): a text control sets them as typed. */
type TextKey<V> = { [K in keyof V]-?: V[K] extends string ? (string extends V[K] ? K : never) : never }[keyof V];
/** Keys whose value is a union of strings: a select sets them only to one of the union. */
type ChoiceKey<V> = { [K in keyof V]-?: V[K] extends string ? K : never }[keyof V];
type FlagKey<V> = { [K in keyof V]-?: V[K] extends boolean ? K : never }[keyof V];

/** The props a TextField, TextArea or SelectField takes from the form. */
export interface FieldBinding {
  id: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  error: string | undefined;
}

/** The props a Checkbox takes from the form. */
export interface CheckBinding {
  id: string;
  checked: boolean;
  onChange: (event: { target: { checked: boolean } }) => void;
}

export interface FieldOptions {
  /** the path its messages come under, when it is not the value's name ('estimate' → 'estimateMinutes') */
  error?: string;
}

export interface Form<V> {
  values: V;
  /** Sets one value. */
  set: <K extends keyof V>(name: K, value: V[K]) => void;
  /** Replaces the values, or patches them from the current ones. */
  setValues: (next: V | ((current: V) => V)) => void;
  /** The control id for a name: unique to this form, so two forms can be on screen at once. */
  id: (name: string) => string;
  /** value, onChange, id and error for a text control. */
  field(name: TextKey<V>, options?: FieldOptions): FieldBinding;
  /** The same for a select whose value is a union: `read` picks the member (oneOf), anything else is ignored. */
  field<K extends ChoiceKey<V>>(name: K, options: FieldOptions & { read: (text: string) => V[K] | undefined }): FieldBinding;
  /** checked, onChange and id for a checkbox. */
  check: (name: FlagKey<V>) => CheckBinding;
  /** Messages by field path ('name', 'retainer.cycleStartDay'; '' for the whole record). */
  errors: FieldErrors;
  setErrors: (errors: FieldErrors) => void;
  submitting: boolean;
  /**
   * Runs the save; a ValidationError becomes the messages beside the fields, any other failure a toast.
   * True when it went through (the messages are then cleared).
   */
  submit: (save: () => Promise<unknown>) => Promise<boolean>;
}

export interface FormOptions {
  /** prefixes the control ids (default: a React id) */
  idPrefix?: string;
}

/** Form state for every form: values by name, binders for the controls, the save's messages. */
export function useForm<V extends object>(initial: V | (() => V), options: FormOptions = {}): Form<V> {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const reactId = useId();
  const prefix = options.idPrefix ?? reactId;
  const set = useCallback(
    <K extends keyof V>(name: K, value: V[K]) => setValues((current) => ({ ...current, [name]: value })),
    [],
  );
  const id = (name: string) => `${prefix}-${name}`;

  const submit = useCallback(async (save: () => Promise<unknown>) => {
    setSubmitting(true);
    try {
      await save();
      setErrors({});
      return true;
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.fieldErrors);
      else notify(`Could not save: ${errorText(error)}`, undefined, 'error');
      return false;
    } finally {
      setSubmitting(false);
    }
  }, []);

  function field(name: keyof V, fieldOptions: FieldOptions & { read?: (text: string) => unknown } = {}): FieldBinding {
    const { error = String(name), read } = fieldOptions;
    return {
      id: id(String(name)),
      value: String(values[name]),
      onChange: (event) => {
        const next = read ? read(event.target.value) : event.target.value;
        if (next !== undefined) setValues((current) => ({ ...current, [name]: next }));
      },
      error: errors[error],
    };
  }

  const check = (name: FlagKey<V>): CheckBinding => ({
    id: id(String(name)),
    checked: Boolean(values[name]),
    onChange: (event) => setValues((current) => ({ ...current, [name]: event.target.checked })),
  });

  return { values, set, setValues, id, field: field as Form<V>['field'], check, errors, setErrors, submitting, submit };
}
