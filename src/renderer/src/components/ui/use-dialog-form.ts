import { useCallback } from 'react';
import type { FieldErrors } from '../../domain/validation';
import { useForm } from './use-form';
import type { Form, FormOptions } from './use-form';

// Shared by every feature's form dialogs (FormDialog): the form's values, save, messages inline, close on success.

/** What FormDialog needs of its form. */
export interface DialogFormStatus {
  errors: FieldErrors;
  submitting: boolean;
  close: () => void;
}

export interface DialogForm<V> extends Form<V>, DialogFormStatus {
  /** Runs the save; closes the dialog only when it went through (an invalid form stays open). */
  save: (action: () => Promise<unknown>) => Promise<void>;
}

/** useForm for a dialog: `save` closes it once the save went through. */
export function useDialogForm<V extends object>(
  onClose: () => void,
  initial: V | (() => V),
  options?: FormOptions,
): DialogForm<V> {
  const form = useForm(initial, options);
  const { submit } = form;
  const save = useCallback(
    async (action: () => Promise<unknown>) => {
      if (await submit(action)) onClose();
    },
    [submit, onClose],
  );
  return { ...form, close: onClose, save };
}

/** 'Add milestone' / 'Edit milestone' titles with the matching submit label. */
export function itemDialogLabels(noun: string, editing: boolean): { title: string; submitLabel: string } {
  return editing ? { title: `Edit ${noun}`, submitLabel: `Save ${noun}` } : { title: `Add ${noun}`, submitLabel: `Add ${noun}` };
}
