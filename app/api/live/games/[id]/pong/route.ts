import { getDeviceId } from "@/lib/device";
import { errorResponse, readJson } from "@/lib/errors";
import { recordPong } from "@/lib/live/play-game";
import { LivePongSchema } from "@/lib/validation/live";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { pingId } = LivePongSchema.parse(await readJson(req));
    return Response.json(await recordPong({ gameId: (await ctx.params).id, deviceId: await getDeviceId(), pingId }));
  } catch (err) {
    return errorResponse(err);
  }
}

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
