// The strings a page's client components need, and only those (issue 9: the root layout used to pass the whole
// catalogue, 17–23 KB gzip of HTML on every page). Wrap the part of a page that renders client components and name the
// namespaces they call `useTranslations` with; tests/i18n/client-messages.test.ts checks every page names all of them.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/lib/i18n/pick-messages";

export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly string[];
  children: React.ReactNode;
}) {
  const messages = pickMessages(await getMessages(), namespaces);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
