// next-intl's per-request config: the locale from the cookie, else the browser's Accept-Language.
// Messages are split by feature (lib/i18n/messages/<feature>.<locale>.json) and merged here.
import "server-only";
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, isLocale, localeFromAcceptLanguage, type Locale } from "./config";

export const FEATURES = [
  "core",
  "auth",
  "teacher",
  "review",
  "classes",
  "quizzes",
  "results",
  "student",
  "interop",
  "spaced",
  "live",
] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(FEATURES.map((f) => import(`./messages/${f}.${locale}.json`).then((m) => m.default)));
  return Object.assign({}, ...parts);
}

export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(fromCookie) ? fromCookie : localeFromAcceptLanguage((await headers()).get("accept-language"));
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
