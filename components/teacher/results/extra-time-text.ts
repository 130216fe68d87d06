// How a student's extra time reads in the results table ("2 extensions (+1 min)"), in the teacher's language.
type Translate = (key: string, values?: Record<string, number | string>) => string;

/** "+1 min", "+30 s", "+1 min 30 s" with the `results.table` messages. */
function formatAddedTime(t: Translate, seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return t("addedSec", { seconds: rest });
  return rest === 0 ? t("addedMin", { minutes }) : t("addedMinSec", { minutes, seconds: rest });
}

/** How many times "I need more time" was used and what it added; "none" when never. */
export function formatExtensions(t: Translate, count: number, seconds: number): string {
  return count === 0 ? t("noExtensions") : t("extensions", { count, added: formatAddedTime(t, seconds) });
}
