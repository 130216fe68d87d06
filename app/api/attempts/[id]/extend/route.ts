import { extendAttempt } from "@/lib/attempts/finish-attempt";
import { getDeviceId } from "@/lib/device";
import { errorResponse } from "@/lib/errors";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export async function POST(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    return Response.json(await extendAttempt({ attemptId: id, deviceId: await getDeviceId() }));
  } catch (err) {
    return errorResponse(err);
  }
}

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
