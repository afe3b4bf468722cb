import type { z } from 'zod';

// Repositories validate every write and throw ValidationError; forms show `fieldErrors` next to
// the fields (keys are dotted paths such as 'name' or 'contacts.0.email'; '' is the whole record).

export type FieldErrors = Record<string, string>;

export class ValidationError extends Error {
  readonly fieldErrors: FieldErrors;

  constructor(fieldErrors: FieldErrors) {
    super(Object.values(fieldErrors).join(' ') || 'Some fields are not valid');
    this.name = 'ValidationError';
    this.fieldErrors = fieldErrors;
  }

  static single(field: string, message: string): ValidationError {
    return new ValidationError({ [field]: message });
  }
}

/** First message per field path, in the order zod reports them. */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Field errors for a form without throwing; an empty object means valid. */
export function fieldErrorsOf(schema: z.ZodType, input: unknown): FieldErrors {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsFrom(result.error);
}

/** Parses or throws ValidationError; the returned value is the schema's (trimmed, branded) output. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsFrom(result.error));
  return result.data;
}
