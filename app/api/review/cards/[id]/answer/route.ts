import { getDeviceId } from "@/lib/device";
import { withErrors, readJson } from "@/lib/errors";
import { reviewNow } from "@/lib/review/clock";
import { ReviewInputSchema, submitReview } from "@/lib/review/submit-review";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const POST = withErrors(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const input = ReviewInputSchema.parse(await readJson(req));
  return Response.json(await submitReview({ cardId: id, deviceId: await getDeviceId(), input, now: reviewNow() }));
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
