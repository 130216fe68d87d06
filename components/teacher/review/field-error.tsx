// A form field's error, linked to its input by id (aria-describedby); nothing when the field is fine.
import type { Errors, Field } from "./use-question-form";

const errorIdOf = (formId: string, field: Field) => `${formId}-${field}-error`;

/** The id to put in aria-describedby: only while the field has an error. */
export const describedBy = (formId: string, errors: Errors, field: Field) =>
  errors[field] ? errorIdOf(formId, field) : undefined;

export function FieldError({ formId, errors, field }: { formId: string; errors: Errors; field: Field }) {
  const message = errors[field];
  if (!message) return null;
  return (
    <p id={errorIdOf(formId, field)} className="alert alert-error" role="alert">
      {message}
    </p>
  );
}
