// Layer: shared with the browser (client components import it): nothing server-only in here.
// Sign-up / sign-in schemas shared by the forms and the tests. Messages are i18n keys (auth.errors.*).
import { z } from "zod";

const NAME_MAX = 80;
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

const NEXT_MAX = 2048;
const SAME_ORIGIN = "http://fahm.invalid";

/**
 * The return address after sign-in: a path on this site, else `fallback` (no open redirect, issue 8 item 5).
 * Browsers drop tabs and newlines inside a URL and read "\\" as "/", so "/%09/evil.example" would become
 * "//evil.example" — another site. Anything with a control character or a backslash is refused outright; what is left
 * must resolve to this origin, and its resolved form is returned, so "/..//evil.example" cannot turn into "//evil…".
 */
export function safeNext(raw: string | string[] | undefined, fallback = "/teacher"): string {
  const v = Array.isArray(raw) ? raw[0] : raw;
  if (typeof v !== "string" || v.length > NEXT_MAX || !v.startsWith("/") || v.startsWith("//")) return fallback;
  if (/[\u0000-\u001f\u007f-\u009f\\]/.test(v)) return fallback;
  let url: URL;
  try {
    url = new URL(v, SAME_ORIGIN);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === SAME_ORIGIN && path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}
