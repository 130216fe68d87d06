import { getDeviceId } from "@/lib/device";
import { withErrors, readJson } from "@/lib/errors";
import { RerateInputSchema, rerateReview } from "@/lib/review/rerate-review";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const POST = withErrors(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const input = RerateInputSchema.parse(await readJson(req));
  return Response.json(await rerateReview({ cardId: id, deviceId: await getDeviceId(), input }));
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
