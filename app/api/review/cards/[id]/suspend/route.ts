import { getDeviceId } from "@/lib/device";
import { errorResponse, readJson } from "@/lib/errors";
import { reviewNow } from "@/lib/review/clock";
import { suspendCard, SuspendInputSchema } from "@/lib/review/suspend-card";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    const { note } = SuspendInputSchema.parse(await readJson(req));
    return Response.json(await suspendCard({ cardId: id, deviceId: await getDeviceId(), note, now: reviewNow() }));
  } catch (err) {
    return errorResponse(err);
  }
}

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
