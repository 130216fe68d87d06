import { requireTeacher } from "@/lib/authz";
import { errorResponse, readJson } from "@/lib/errors";
import { removePlayer, setPlayerExtraTime } from "@/lib/live/host-game";
import { LivePlayerPatchSchema } from "@/lib/validation/live";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

type Ctx = { params: Promise<{ id: string; playerId: string }> };

/** Removes a name from the game; that device cannot rejoin it. */
export async function DELETE(_req: Request, ctx: Ctx) {
  try {
    const teacher = await requireTeacher();
    const { id, playerId } = await ctx.params;
    return Response.json(await removePlayer({ teacherId: teacher.id, gameId: id, playerId }));
  } catch (err) {
    return errorResponse(err);
  }
}

/** Gives a player more time on each question (an accommodation). */
export async function PATCH(req: Request, ctx: Ctx) {
  try {
    const teacher = await requireTeacher();
    const { id, playerId } = await ctx.params;
    const { extraTimePercent } = LivePlayerPatchSchema.parse(await readJson(req));
    return Response.json(await setPlayerExtraTime({ teacherId: teacher.id, gameId: id, playerId, extraTimePercent }));
  } catch (err) {
    return errorResponse(err);
  }
}

export const { GET, POST, PUT } = methodsNotAllowed(["PATCH", "DELETE"]);
