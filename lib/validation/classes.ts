// Layer: shared with the browser (client components import it): nothing server-only in here.
// Schemas for classes and joining them, shared by the forms (client) and lib/ (server). Messages are i18n keys:
// classes.errors.* for the teacher's forms, student.errors.* for the student's.
import { z } from "zod";
import { isJoinCodeShape, normaliseJoinCode } from "@/lib/classes/join-code";
import { cleanName, DISPLAY_NAME_MAX } from "./join-fields";

export const CLASS_NAME_MAX = 80;
// the name and PIN rules live in ./join-fields.ts (no zod: the join form's browser check uses them)
export { cleanName, nameKey } from "./join-fields";

export const ClassNameSchema = z.object({
  name: z
    .string({ error: "nameRequired" })
    .overwrite(cleanName)
    .min(1, { error: "nameRequired" })
    .max(CLASS_NAME_MAX, { error: "nameTooLong" }),
});

const joinCode = z
  .string({ error: "codeRequired" })
  .overwrite(normaliseJoinCode)
  .min(1, { error: "codeRequired" })
  .refine(isJoinCodeShape, { error: "codeWrong" });

const displayName = z
  .string({ error: "nameRequired" })
  .overwrite(cleanName)
  .min(1, { error: "nameRequired" })
  .max(DISPLAY_NAME_MAX, { error: "nameTooLong" });

export const JoinSchema = z.object({ code: joinCode, displayName });
export type JoinInput = z.infer<typeof JoinSchema>;

export const ResumeSchema = z.object({
  code: joinCode,
  displayName,
  pin: z
    .string({ error: "pinRequired" })
    .overwrite((s) => s.normalize("NFKC").replace(/\s+/g, ""))
    .min(1, { error: "pinRequired" })
    .regex(/^\d{4}$/, { error: "pinShape" }),
});
export type ResumeInput = z.infer<typeof ResumeSchema>;

/** English fallbacks for errors raised on the server (forms show the translated message for the same key). */
export const CLASS_ERROR_MESSAGES = {
  nameRequired: "Give the class a name.",
  nameTooLong: `The class name is too long (at most ${CLASS_NAME_MAX} characters).`,
} satisfies Record<string, string>;
export const JOIN_ERROR_MESSAGES = {
  codeRequired: "Enter the class code.",
  codeWrong: "That code does not match any class. Check it with your teacher.",
  nameRequired: "Enter your name.",
  nameTooLong: `Your name is too long (at most ${DISPLAY_NAME_MAX} characters).`,
  pinRequired: "Enter your PIN.",
  pinShape: "The PIN has 4 digits.",
  pinWrong: "No student in this class has this name and PIN. Check both, or ask your teacher.",
  pinLocked: "Too many wrong PINs for this name. Ask your teacher to unlock it.",
  tooManyAttempts: "Too many wrong tries. Wait a few minutes, then try again.",
} satisfies Record<string, string>;

/** zod's first issue → a ValidationError-ready { key, message }. */
export function firstIssue(
  issues: readonly z.core.$ZodIssue[],
  messages: Record<string, string>,
): { key: string; message: string; field: string } {
  const issue = issues[0];
  const key = issue && messages[issue.message] ? issue.message : "invalid_input";
  return { key, message: messages[key] ?? "Invalid input.", field: String(issue?.path[0] ?? "") };
}
