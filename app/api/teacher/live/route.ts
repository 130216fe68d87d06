// POST: create a live game of one of the teacher's quizzes (the quiz page uses a server action; this is for scripts
// such as `npm run bench:live`).
import { requireTeacher } from "@/lib/authz";
import { errorResponse, readJson } from "@/lib/errors";
import { createLiveGame } from "@/lib/live/host-game";
import type { ScoringMode } from "@/lib/live/scoring";
import { CreateLiveGameSchema } from "@/lib/validation/live";
import { methodsNotAllowed } from "@/lib/http/method-not-allowed";

export async function POST(req: Request) {
  try {
    const teacher = await requireTeacher();
    const input = CreateLiveGameSchema.parse(await readJson(req));
    return Response.json(
      await createLiveGame({ teacherId: teacher.id, ...input, scoring: input.scoring as ScoringMode }),
      { status: 201 },
    );
  } catch (err) {
    return errorResponse(err);
  }
}

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
