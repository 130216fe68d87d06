// The rating a review gets from what the student did (issue 11): wrong → Again; right but slow → Hard; right → Good;
// right and fast → Easy. Pure, so the mapping is tested without a database.
import "server-only";
import { Rating, type Grade } from "ts-fsrs";

/** At or under this many seconds a right answer was fast (recalled at once): Easy. */
export const FAST_SECONDS = 8;
/** At or over this many seconds a right answer was slow (recalled with effort): Hard. */
export const SLOW_SECONDS = 30;

export const GRADE_NAMES = {
  [Rating.Again]: "again",
  [Rating.Hard]: "hard",
  [Rating.Good]: "good",
  [Rating.Easy]: "easy",
} as const;
export type GradeName = (typeof GRADE_NAMES)[Grade];

export function deriveRating({ correct, seconds }: { correct: boolean; seconds: number | null | undefined }): Grade {
  if (!correct) return Rating.Again;
  if (seconds == null) return Rating.Good; // time unknown: the plain "right"
  if (seconds <= FAST_SECONDS) return Rating.Easy;
  if (seconds >= SLOW_SECONDS) return Rating.Hard;
  return Rating.Good;
}

export function gradeFromName(name: GradeName): Grade {
  return ({ again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy } as const)[name];
}
