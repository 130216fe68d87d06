// next-intl's per-request config: the locale from the cookie, else the browser's Accept-Language.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, isLocale, localeFromAcceptLanguage } from "./config";

export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(fromCookie) ? fromCookie : localeFromAcceptLanguage((await headers()).get("accept-language"));
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, messages, timeZone: "UTC" };
});
