// A date and time as the viewer's local time (LocalDateTime), with the UTC text the server can render before the
// browser knows the time zone. For server and client components alike.
import { useFormatter } from "next-intl";
import { LocalDateTime } from "./local-date-time";

export function DateTime({ date }: { date: Date }) {
  const format = useFormatter();
  return (
    <LocalDateTime
      iso={date.toISOString()}
      serverText={`${format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`}
    />
  );
}
