import { requireTeacher } from "@/lib/authz";
import { errorResponse, readJson } from "@/lib/errors";
import type { LiveAction } from "@/lib/live/game-machine";
import { controlGame } from "@/lib/live/host-game";
import { LiveControlSchema } from "@/lib/validation/live";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const teacher = await requireTeacher();
    const { action } = LiveControlSchema.parse(await readJson(req));
    return Response.json(
      await controlGame({ teacherId: teacher.id, gameId: (await ctx.params).id, action: action as LiveAction }),
    );
  } catch (err) {
    return errorResponse(err);
  }
}

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
