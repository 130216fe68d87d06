// Layer: shared with the browser (client components import it): nothing server-only in here.
// When a quiz shows results, without zod: the student's quiz player needs this rule (components/quiz/keys-hint.ts),
// and importing it from ./quizzes.ts put zod (~31 KB gzip) into the quiz page's JS (issue 9). ./quizzes.ts re-exports it.

/**
 * Does the feedback setting show results at all in this phase (index into REVIEW_FIELDS)? "after_submit" hides them
 * during the attempt, "after_due" until the due date: there the review option has nothing to show.
 */
export function phaseShowsResults(feedback: string, phase: number): boolean {
  return phase >= (feedback === "after_due" ? 2 : feedback === "after_submit" ? 1 : 0);
}
