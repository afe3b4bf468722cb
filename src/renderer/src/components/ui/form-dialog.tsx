import { useId, type ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';
import type { DialogFormStatus } from './use-dialog-form';

export interface FormDialogProps {
  title: string;
  submitLabel: string;
  form: DialogFormStatus;
  onSubmit: () => void;
  /** Field paths shown beside their controls; any other message (the whole record's '') goes on top. */
  fields: readonly string[];
  description?: string;
  size?: 'sm' | 'md' | 'lg';
  children: ReactNode;
}

/** A dialog around one form: Enter in a field submits, the footer's button is the form's submit button. */
export function FormDialog({ title, submitLabel, form, onSubmit, fields, description, size, children }: FormDialogProps) {
  const formId = useId();
  const unplaced = Object.entries(form.errors).filter(([field]) => !fields.includes(field));
  return (
    <Dialog
      title={title}
      onClose={form.close}
      size={size}
      {...(description ? { description } : {})}
      footer={
        <>
          <Button onClick={form.close}>Cancel</Button>
          <Button variant="primary" type="submit" form={formId} disabled={form.submitting}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        className="form-grid"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {unplaced.map(([field, message]) => (
          <p key={field} className="field-error span-2" role="alert">
            {message}
          </p>
        ))}
        {children}
      </form>
    </Dialog>
  );
}
