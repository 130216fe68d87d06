// A form field's error, linked to its input by id (aria-describedby); nothing when the field is fine.
import type { Errors, Field } from "./use-question-form";
import { ErrorAlert } from "@/components/ui/error-alert";

const errorIdOf = (formId: string, field: Field) => `${formId}-${field}-error`;

/** The id to put in aria-describedby: only while the field has an error. */
export const describedBy = (formId: string, errors: Errors, field: Field) =>
  errors[field] ? errorIdOf(formId, field) : undefined;

export function FieldError({ formId, errors, field }: { formId: string; errors: Errors; field: Field }) {
  return <ErrorAlert id={errorIdOf(formId, field)}>{errors[field]}</ErrorAlert>;
}
