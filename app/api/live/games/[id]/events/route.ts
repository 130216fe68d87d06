import { getDeviceId } from "@/lib/device";
import { errorResponse } from "@/lib/errors";
import { streamPlayer } from "@/lib/live/live-streams";
import { requirePlayer } from "@/lib/live/play-game";
import { sseResponse } from "@/lib/live/sse";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { game, player } = await requirePlayer((await ctx.params).id, await getDeviceId());
    return sseResponse(req.signal, (send, close) => streamPlayer(game, player, send, close));
  } catch (err) {
    return errorResponse(err);
  }
}

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
