// Why a verdict comes without its key, in the words of the quiz's review options (issue 8): the teacher shows keys
// later, never, or now but another attempt could still change the score (the safety rule, lib/attempts/attempt-rules).
import { phaseShowsResults } from "@/lib/validation/review-phases";
import type { ReviewRules, ReviewShow, Rules } from "./store";

export type KeysHintKey = "keysLater" | "keysAfterSubmit" | "keysAfterClose" | "keysNever";

const PHASES = ["during", "after_submit", "after_close"] as const;

/** The quiz.* message that explains the missing key to the student. */
export function keysHintKey(rules: Pick<Rules, "isAssignment" | "feedback"> & { review?: ReviewRules }): KeysHintKey {
  const r = rules.review;
  if (!rules.isAssignment || !r) return "keysLater";
  const shows: Record<(typeof PHASES)[number], ReviewShow> = {
    during: r.during,
    after_submit: r.afterSubmit,
    after_close: r.afterClose,
  };
  if (shows[r.phase] === "keys") return "keysLater";
  // a later phase whose results the feedback setting still hides shows nothing at all, keys included
  const now = PHASES.indexOf(r.phase);
  const next = PHASES.find((p, i) => i > now && phaseShowsResults(rules.feedback, i) && shows[p] === "keys");
  if (!next) return "keysNever";
  return next === "after_submit" ? "keysAfterSubmit" : "keysAfterClose";
}
