// Sign-up / sign-in schemas shared by the forms and the tests. Messages are i18n keys (auth.errors.*).
import { z } from "zod";

export const NAME_MAX = 80;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const email = z.email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" });
const password = z
  .string()
  .min(PASSWORD_MIN, { error: "passwordTooShort" })
  .max(PASSWORD_MAX, { error: "passwordTooLong" });

export const SignUpSchema = z.object({
  name: z.string().trim().min(1, { error: "nameRequired" }).max(NAME_MAX, { error: "nameTooLong" }),
  email,
  password,
});
export const SignInSchema = z.object({ email, password: z.string().min(1, { error: "passwordTooShort" }) });

/** Only same-site paths may be a return address after sign-in (no open redirect). */
export function safeNext(raw: string | string[] | undefined, fallback = "/teacher"): string {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") ? v : fallback;
}
