import { getAttemptView } from "@/lib/attempts/attempts";
import { getDeviceId } from "@/lib/device";
import { withErrors } from "@/lib/errors";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

/** The attempt as the server records it: the client reconciles its saved state with this (the server wins). */
export const GET = withErrors(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  return Response.json(await getAttemptView({ attemptId: id, deviceId: await getDeviceId() }));
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
