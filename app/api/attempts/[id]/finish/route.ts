import { finishAttempt } from "@/lib/attempts/finish-attempt";
import { getDeviceId } from "@/lib/device";
import { withErrors } from "@/lib/errors";
import { createReviewCardsAfterAnswer } from "@/lib/review/after-answer";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const POST = withErrors(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const deviceId = await getDeviceId();
  const view = await finishAttempt({ attemptId: id, deviceId });
  await createReviewCardsAfterAnswer({ attemptId: id, deviceId });
  return Response.json(view);
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
