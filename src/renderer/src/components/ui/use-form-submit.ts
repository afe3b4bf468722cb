import { useCallback, useState } from 'react';
import { ValidationError, type FieldErrors } from '../../domain/validation';
import { notify } from '../../stores/toast-store';
import { errorText } from '@shared/error-text';

export interface FormSubmit {
  /** Messages by field path ('name', 'contacts.0.email'; '' for the whole record). */
  errors: FieldErrors;
  submitting: boolean;
  /** Runs the save; a ValidationError becomes inline messages, any other failure a toast. Saves nothing else. */
  submit: (save: () => Promise<unknown>) => Promise<boolean>;
  setErrors: (errors: FieldErrors) => void;
}

export function useFormSubmit(): FormSubmit {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
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
  return { errors, submitting, submit, setErrors };
}
