import { finishAttempt } from "@/lib/attempts/finish-attempt";
import { getDeviceId } from "@/lib/device";
import { errorResponse } from "@/lib/errors";

export async function POST(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    return Response.json(await finishAttempt({ attemptId: id, deviceId: await getDeviceId() }));
  } catch (err) {
    return errorResponse(err);
  }
}
