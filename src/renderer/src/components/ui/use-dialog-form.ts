import { useCallback } from 'react';
import type { FieldErrors } from '../../domain/validation';
import { useFormSubmit } from './use-form-submit';

// Shared by every feature's form dialogs (FormDialog): save, keep messages inline, close on success.

export interface DialogForm {
  errors: FieldErrors;
  submitting: boolean;
  close: () => void;
  /** Runs the save; closes the dialog only when it went through (an invalid form stays open). */
  save: (action: () => Promise<unknown>) => Promise<void>;
}

export function useDialogForm(onClose: () => void): DialogForm {
  const { errors, submitting, submit } = useFormSubmit();
  const save = useCallback(
    async (action: () => Promise<unknown>) => {
      if (await submit(action)) onClose();
    },
    [submit, onClose],
  );
  return { errors, submitting, close: onClose, save };
}

/** 'Add milestone' / 'Edit milestone' titles with the matching submit label. */
export function itemDialogLabels(noun: string, editing: boolean): { title: string; submitLabel: string } {
  return editing ? { title: `Edit ${noun}`, submitLabel: `Save ${noun}` } : { title: `Add ${noun}`, submitLabel: `Add ${noun}` };
}
