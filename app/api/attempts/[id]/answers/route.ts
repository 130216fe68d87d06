import { AnswerInputSchema } from "@/lib/attempts/answer-shape";
import { submitAnswer } from "@/lib/attempts/submit-answer";
import { getDeviceId } from "@/lib/device";
import { withErrors, readJson } from "@/lib/errors";
import { createReviewCardAfterPracticeAnswer, createReviewCardsAfterAnswer } from "@/lib/review/after-answer";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const POST = withErrors(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const input = AnswerInputSchema.parse(await readJson(req));
  const deviceId = await getDeviceId();
  let practice = false;
  const result = await submitAnswer({
    attemptId: id,
    deviceId,
    ...input,
    onPracticeAnswer: (a) => ((practice = true), createReviewCardAfterPracticeAnswer(a)),
  });
  // an assigned quiz: its cards are owed only once its keys may be shown (maybe for earlier answers too)
  if (!practice && "answer" in result) await createReviewCardsAfterAnswer({ attemptId: id, deviceId });
  return Response.json(result);
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
