// Layer: shared with the browser (client components import it): nothing server-only in here.
// The join forms' own check in the browser, without zod (issue 9: zod was ~31 KB gzip of the join page's JS, and the
// server action validates with the zod schemas of ./classes.ts anyway). It gives, per field, the same first message key
// those schemas give; tests/lib/validation/join-fields.test.ts checks that against the schemas.
import { normaliseJoinCode } from "@/lib/classes/join-code";

export const DISPLAY_NAME_MAX = 40;
export const PIN_LENGTH = 4;

/**
 * NFKC (full-width and compatibility forms fold), control characters out, bidi controls and lone surrogates out (a
 * name like "\u202Eanirah" must not display as "harina"), runs of spaces collapsed, trimmed.
 */
export function cleanName(raw: string): string {
  return raw
    .replace(/\p{Cs}/gu, "")
    .normalize("NFKC")
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The key two display names are compared by: "sara", " Sara ", "ＳＡＲＡ" are the same name. */
export function nameKey(name: string): string {
  return cleanName(name).toLocaleLowerCase("en");
}

export type JoinFieldErrors = Partial<Record<"code" | "displayName" | "pin", string>>;

/**
 * The first message key per field of JoinSchema (or ResumeSchema with `withPin`), leaving out "codeWrong": a code of
 * the wrong shape goes to the server, which counts it like any wrong code.
 */
export function joinFieldErrors(data: Record<string, unknown>, withPin: boolean): JoinFieldErrors {
  const errors: JoinFieldErrors = {};
  const { code, displayName, pin } = data;
  if (typeof code !== "string" || normaliseJoinCode(code).length === 0) errors.code = "codeRequired";
  if (typeof displayName !== "string" || cleanName(displayName).length === 0) errors.displayName = "nameRequired";
  else if (cleanName(displayName).length > DISPLAY_NAME_MAX) errors.displayName = "nameTooLong";
  if (withPin) {
    const p = typeof pin === "string" ? pin.normalize("NFKC").replace(/\s+/g, "") : "";
    if (p.length === 0) errors.pin = "pinRequired";
    else if (!/^\d{4}$/.test(p)) errors.pin = "pinShape";
  }
  return errors;
}
