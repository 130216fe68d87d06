import { getAttemptView } from "@/lib/attempts/attempts";
import { getDeviceId } from "@/lib/device";
import { errorResponse } from "@/lib/errors";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

/** The attempt as the server records it: the client reconciles its saved state with this (the server wins). */
export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    return Response.json(await getAttemptView({ attemptId: id, deviceId: await getDeviceId() }));
  } catch (err) {
    return errorResponse(err);
  }
}

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
