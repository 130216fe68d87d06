"use client";
// A date shown in the viewer's own time zone and locale. The server renders it in UTC (it cannot know the time
// zone); the browser swaps in local time after hydration, without a mismatch warning.
import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function LocalDateTime({ iso, serverText }: { iso: string; serverText: string }) {
  const locale = useLocale();
  const text = useSyncExternalStore(
    subscribe,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso)),
    () => serverText,
  );
  return <time dateTime={iso}>{text}</time>;
}
