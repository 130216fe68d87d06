import { getDeviceId } from "@/lib/device";
import { withErrors, readJson } from "@/lib/errors";
import { reviewNow } from "@/lib/review/clock";
import { suspendCard, SuspendInputSchema } from "@/lib/review/suspend-card";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const POST = withErrors(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const { note } = SuspendInputSchema.parse(await readJson(req));
  return Response.json(await suspendCard({ cardId: id, deviceId: await getDeviceId(), note, now: reviewNow() }));
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
