import { extendAttempt } from "@/lib/attempts/finish-attempt";
import { getDeviceId } from "@/lib/device";
import { withErrors } from "@/lib/errors";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const POST = withErrors(async (_req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  return Response.json(await extendAttempt({ attemptId: id, deviceId: await getDeviceId() }));
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
