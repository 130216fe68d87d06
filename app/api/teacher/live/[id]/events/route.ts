import { requireTeacher } from "@/lib/authz";
import { errorResponse } from "@/lib/errors";
import { getHostGame } from "@/lib/live/host-game";
import { streamHost } from "@/lib/live/live-streams";
import { sseResponse } from "@/lib/live/sse";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const teacher = await requireTeacher();
    const game = await getHostGame({ teacherId: teacher.id, gameId: (await ctx.params).id });
    return sseResponse(req.signal, (send, close) => streamHost(game, send, close));
  } catch (err) {
    return errorResponse(err);
  }
}

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
