// The one hook the answer path calls (issue 11): after an answer is recorded or an attempt finishes, make the review
// cards it is owed. A failure here must never fail the answer, which is already saved.
import "server-only";
import { reviewNow } from "./clock";
import { createReviewCards } from "./create-review-cards";

export async function createReviewCardsAfterAnswer({ attemptId, deviceId }: { attemptId: string; deviceId: string | null }) {
  try {
    await createReviewCards({ attemptId, deviceId, now: reviewNow() });
  } catch (err) {
    console.error("review cards not created", err);
  }
}
