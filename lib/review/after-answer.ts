// The one hook the answer path calls (issue 11): after an answer is recorded or an attempt finishes, make the review
// cards it is owed. A failure here must never fail the answer, which is already saved.
import "server-only";
import type Database from "better-sqlite3";
import type { SavedPracticeAnswer } from "@/lib/attempts/submit-answer";
import { createReviewCardForAnswer, createReviewCards, insertPracticeCard } from "./create-review-cards";

export async function createReviewCardsAfterAnswer({
  attemptId,
  deviceId,
}: {
  attemptId: string;
  deviceId: string | null;
}) {
  try {
    // real time, not the review clock: loading the attempt may close it when its time is up, and a test clock moved
    // ahead (FAHM_TEST_CLOCK) must never close other students' quizzes
    await createReviewCards({ attemptId, deviceId, now: new Date() });
  } catch (err) {
    console.error("review cards not created", err);
  }
}

/** The practice answer's own card (one insert); never fails the answer. */
export async function createReviewCardAfterPracticeAnswer(a: SavedPracticeAnswer) {
  try {
    await createReviewCardForAnswer(a);
  } catch (err) {
    console.error("review card not created", err);
  }
}

/**
 * What the answer route passes submitAnswer for a practice answer's card: on SQLite it is written inside the answer's
 * own transaction (under a savepoint: a failure is logged and leaves the answer saved), elsewhere just after it.
 */
export const practiceCardHooks = {
  onPracticeAnswer: createReviewCardAfterPracticeAnswer,
  onPracticeAnswerInTransaction: (client: Database.Database, a: SavedPracticeAnswer) =>
    void insertPracticeCard(client, a),
};
